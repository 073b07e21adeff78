import { useState } from 'preact/hooks';
import { deltasToAll, medianOf, type GroupResult } from '../../../core/compare';
import type { Questionnaire } from '../../../core/questionnaire';
import { localize } from '../../../core/text';
import { lang } from '../../i18n';
import { shownDifference, signed } from '../../shared/format';
import { CompareRadar, TableBox, num } from './parts';
import { ct } from './texts';

/** Every office side by side: medians per dimension, deltas to the median of all, sortable. */
export function OfficesView({ q, groups }: { q: Questionnaire; groups: GroupResult[] }) {
  const tx = ct();
  const [sort, setSort] = useState<{ key: string; desc: boolean }>({ key: 'name', desc: false });
  const { reference, deltas } = deltasToAll(q, groups);
  const rows = groups.map((g, i) => ({ g, deltas: deltas[i]! }));
  if (sort.key !== 'name') {
    // offices without a value go last either way; ties stay in name order
    const value = (g: GroupResult) => medianOf(g, sort.key);
    rows.sort((a, b) => {
      const x = value(a.g);
      const y = value(b.g);
      if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
      return (x - y) * (sort.desc ? -1 : 1);
    });
  } else if (sort.desc) rows.reverse();
  const sortButton = (key: string, label: string) => (
    <button type="button" class="sort" onClick={() => setSort({ key, desc: sort.key === key ? !sort.desc : key !== 'name' })}>
      {label}
      <span aria-hidden="true">{sort.key === key ? (sort.desc ? ' ▼' : ' ▲') : ''}</span>
    </button>
  );
  const ariaSort = (key: string) => (sort.key === key ? (sort.desc ? 'descending' : 'ascending') : undefined);
  return (
    <>
      <CompareRadar
        q={q}
        series={groups.map((g) => ({ label: g.key, data: q.dimensions.map((d) => medianOf(g, d.id)) }))}
        caption={tx.radarOffices}
        tableId="compare-table"
      />
      <TableBox caption={tx.officesCaption} wide>
        <thead>
          <tr>
            <th scope="col" aria-sort={ariaSort('name')}>
              {sortButton('name', tx.colOffice)}
            </th>
            <th scope="col" class="num">
              n
            </th>
            {q.dimensions.map((d) => (
              <th scope="col" class="num" key={d.id} aria-sort={ariaSort(d.id)}>
                {sortButton(d.id, localize(d.title, lang.value))}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(({ g, deltas: ds }) => (
            <tr key={g.key} data-office={g.key}>
              <th scope="row">{g.key}</th>
              <td class="num">{g.n}</td>
              {q.dimensions.map((d, i) => (
                <td class="num" key={d.id}>
                  {num(medianOf(g, d.id))}
                  {ds[i] !== null && <span class="cell-note">{signed(shownDifference(medianOf(g, d.id)!, reference[i]!), 1, true)}</span>}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{tx.medianOfAll}</th>
            <td />
            {reference.map((r, i) => (
              <td class="num" key={q.dimensions[i]!.id}>
                {num(r)}
              </td>
            ))}
          </tr>
        </tfoot>
      </TableBox>
      <p class="hint">{tx.officesHint}</p>
    </>
  );
}
