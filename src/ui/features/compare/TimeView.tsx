import { changeOverTime, medianOf, type GroupResult } from '../../../core/compare';
import type { Questionnaire } from '../../../core/questionnaire';
import { formatDate } from '../../i18n';
import { shownDifference, signed } from '../../shared/format';
import { CompareRadar, TableBox, dimTitle, num } from './parts';
import { ct } from './texts';

/** One office over time: the medians at each date and the change from first to last. */
export function TimeView({ q, groups }: { q: Questionnaire; groups: GroupResult[] }) {
  const tx = ct();
  const change = changeOverTime(q, groups);
  return (
    <>
      {groups.length < 2 && <p class="notice">{tx.oneDateOnly}</p>}
      <CompareRadar
        q={q}
        series={groups.map((g) => ({ label: `${formatDate(g.key)} (n = ${g.n})`, data: q.dimensions.map((d) => medianOf(g, d.id)) }))}
        caption={tx.radarTime}
        tableId="compare-table"
      />
      <TableBox caption={tx.timeCaption}>
        <thead>
          <tr>
            <th scope="col">{tx.colDimension}</th>
            {groups.map((g) => (
              <th scope="col" class="num" key={g.key}>
                {formatDate(g.key)}
              </th>
            ))}
            <th scope="col" class="num">
              {tx.colChange}
            </th>
          </tr>
        </thead>
        <tbody>
          {change.map((c) => (
            <tr key={c.dimensionId} data-dimension={c.dimensionId}>
              <th scope="row">{dimTitle(q, c.dimensionId)}</th>
              {groups.map((g) => (
                <td class="num" key={g.key}>
                  {num(medianOf(g, c.dimensionId))}
                </td>
              ))}
              <td class="num">
                <strong>
                  {c.change === null || c.first === null || c.last === null ? '–' : signed(shownDifference(c.last, c.first), 1, true)}
                </strong>
              </td>
            </tr>
          ))}
        </tbody>
      </TableBox>
    </>
  );
}
