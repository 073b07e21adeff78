import { differences, medianOf, type GroupResult } from '../../../core/compare';
import type { Questionnaire } from '../../../core/questionnaire';
import { perspectiveName } from '../../labels';
import { CompareRadar, TableBox, dimTitle, num } from './parts';
import { ct } from './texts';

/** The perspectives side by side, the dimension where they differ most first. */
export function PerspectivesView({ q, groups }: { q: Questionnaire; groups: GroupResult[] }) {
  const tx = ct();
  const diffs = differences(q, groups);
  return (
    <>
      <CompareRadar
        q={q}
        series={groups.map((g) => ({
          label: `${perspectiveName(g.key, q)} (n = ${g.n})`,
          data: q.dimensions.map((d) => medianOf(g, d.id)),
        }))}
        caption={tx.radarPerspectives}
        tableId="compare-table"
      />
      <TableBox caption={tx.perspectivesCaption}>
        <thead>
          <tr>
            <th scope="col">{tx.colDimension}</th>
            {groups.map((g) => (
              <th scope="col" class="num" key={g.key}>
                {perspectiveName(g.key, q)} <span class="cell-note">n = {g.n}</span>
              </th>
            ))}
            <th scope="col" class="num">
              {tx.colDifference}
            </th>
          </tr>
        </thead>
        <tbody>
          {diffs.map((d) => (
            <tr key={d.dimensionId} data-dimension={d.dimensionId}>
              <th scope="row">{dimTitle(q, d.dimensionId)}</th>
              {d.medians.map((m, i) => (
                <td class="num" key={groups[i]!.key}>
                  {num(m)}
                </td>
              ))}
              <td class="num">
                <strong>{num(d.difference)}</strong>
              </td>
            </tr>
          ))}
        </tbody>
      </TableBox>
    </>
  );
}
