import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { aggregate } from '../../core/aggregate';
import {
  applyFilter,
  changeOverTime,
  commonBase,
  compareGroups,
  deltasToAll,
  differences,
  disagreementAgenda,
  medianOf,
  type CommonBase,
  type Filter,
  type GroupResult,
} from '../../core/compare';
import type { Questionnaire } from '../../core/questionnaire';
import { scaleRange } from '../../core/questionnaire';
import { lookupFrom } from '../../core/scoring';
import { localize } from '../../core/text';
import { loadEverything, type StoredItem } from '../../storage/exchange';
import { useFocusHeading } from '../components/useFocusHeading';
import { formatDate, formatNumber, lang } from '../i18n';
import { perspectiveName, questionnaireName } from '../labels';
import { knownQuestionnaires } from '../questionnaires';
import { hrefFor } from '../router';
import { SeriesLegend, signed } from '../results/parts';
import { RadarChart } from '../results/RadarChart';
import { SERIES_STYLES, type RadarSpec } from '../results/radar';
import { rt } from '../results/texts';

type View = 'offices' | 'perspectives' | 'respondents' | 'time';
const VIEWS: View[] = ['offices', 'perspectives', 'respondents', 'time'];
const MAX_SERIES = SERIES_STYLES.length;

interface Data {
  items: StoredItem[];
  known: (id: string, version: string) => Questionnaire | undefined;
}

/** Compare assessments: by office, perspective, respondents of one office, or over time. */
export function CompareScreen() {
  const tx = rt();
  const heading = useFocusHeading<HTMLHeadingElement>('compare');
  const [data, setData] = useState<Data | null>(null);
  const [filter, setFilter] = useState<Filter>({ questionnaireId: '', offices: [], perspectives: [], from: '', to: '' });
  const [view, setView] = useState<View>('offices');
  const [officeSearch, setOfficeSearch] = useState('');
  useEffect(() => {
    void Promise.all([loadEverything(), knownQuestionnaires()]).then(([items, known]) => {
      setData({ items, known });
      const counts = new Map<string, number>();
      for (const i of items) counts.set(i.assessment.questionnaireId, (counts.get(i.assessment.questionnaireId) ?? 0) + 1);
      const first = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
      setFilter((f) => ({ ...f, questionnaireId: first }));
    });
  }, []);

  const ofQuestionnaire = useMemo(
    () => (data ? data.items.filter((i) => i.assessment.questionnaireId === filter.questionnaireId) : []),
    [data, filter.questionnaireId],
  );
  const selected = useMemo(() => (data ? applyFilter(data.items, filter) : []), [data, filter]);
  const base: CommonBase | null = useMemo(() => {
    if (!data) return null;
    const versions = new Map<string, Questionnaire>();
    for (const i of selected) {
      const q = data.known(i.assessment.questionnaireId, i.assessment.questionnaireVersion);
      if (q) versions.set(q.version, q);
    }
    return versions.size ? commonBase([...versions.values()]) : null;
  }, [data, selected]);
  const readable = useMemo(
    () => (data && base ? selected.filter((i) => base.versions.includes(i.assessment.questionnaireVersion)) : []),
    [data, base, selected],
  );

  if (!data)
    return (
      <section class="screen">
        <p>{tx.loading}</p>
      </section>
    );
  const questionnaireIds = [...new Set(data.items.map((i) => i.assessment.questionnaireId))].sort();
  const offices = countBy(ofQuestionnaire.map((i) => i.assessment.office));
  const perspectives = countBy(ofQuestionnaire.map((i) => i.assessment.perspective));
  const q0 = base?.questionnaire;
  const set = (patch: Partial<Filter>) => setFilter({ ...filter, ...patch });
  const toggleIn = (list: readonly string[], x: string) => (list.includes(x) ? list.filter((y) => y !== x) : [...list, x]);
  const officeCount = new Set(readable.map((i) => i.assessment.office)).size;

  return (
    <section class="screen compare" aria-labelledby="compare-title">
      <a class="back-link" href={hrefFor({ name: 'start' })}>
        ← {tx.toStart}
      </a>
      <h1 id="compare-title" tabIndex={-1} ref={heading}>
        {tx.compareTitle}
      </h1>
      <p class="lead">{tx.compareIntro}</p>
      {data.items.length === 0 ? (
        <p class="empty">
          {tx.compareEmpty} <a href={hrefFor({ name: 'import' })}>{tx.importTitle}</a>
        </p>
      ) : (
        <>
          <form class="filters" aria-label={tx.filtersTitle} onSubmit={(e) => e.preventDefault()}>
            <div class="field">
              <label for="f-questionnaire">{tx.colQuestionnaire}</label>
              <select
                id="f-questionnaire"
                value={filter.questionnaireId}
                onChange={(e) => setFilter({ ...filter, questionnaireId: e.currentTarget.value, offices: [], perspectives: [] })}
              >
                {questionnaireIds.map((id) => (
                  <option key={id} value={id}>
                    {questionnaireName(id, data.known(id, newestVersion(data.items, id)))}
                  </option>
                ))}
              </select>
            </div>
            <fieldset class="field">
              <legend>{tx.compareView}</legend>
              <div class="chips">
                {VIEWS.map((v) => (
                  <label class="chip" key={v}>
                    <input type="radio" name="view" checked={view === v} onChange={() => setView(v)} />
                    {tx.views[v]}
                  </label>
                ))}
              </div>
            </fieldset>
            <fieldset class="field">
              <legend>
                {tx.filterOffices}{' '}
                <span class="hint">
                  {filter.offices.length ? tx.chosenOf(filter.offices.length, offices.length) : tx.allOf(offices.length)}
                </span>
              </legend>
              {offices.length > 8 && (
                <input
                  type="search"
                  class="office-search"
                  aria-label={tx.searchOffices}
                  placeholder={tx.searchOffices}
                  value={officeSearch}
                  onInput={(e) => setOfficeSearch(e.currentTarget.value)}
                />
              )}
              <ul class="check-list scroll">
                {offices
                  .filter(([o]) => o.toLocaleLowerCase('de').includes(officeSearch.toLocaleLowerCase('de')))
                  .map(([o, n]) => (
                    <li key={o}>
                      <label class="check">
                        <input
                          type="checkbox"
                          checked={filter.offices.includes(o)}
                          onChange={() => set({ offices: toggleIn(filter.offices, o) })}
                        />{' '}
                        {o} <span class="hint">({n})</span>
                      </label>
                    </li>
                  ))}
              </ul>
            </fieldset>
            <fieldset class="field">
              <legend>
                {tx.filterPerspectives} <span class="hint">{filter.perspectives.length ? '' : tx.allOf(perspectives.length)}</span>
              </legend>
              <ul class="check-list">
                {perspectives.map(([p, n]) => (
                  <li key={p}>
                    <label class="check">
                      <input
                        type="checkbox"
                        checked={filter.perspectives.includes(p)}
                        onChange={() => set({ perspectives: toggleIn(filter.perspectives, p) })}
                      />{' '}
                      {perspectiveName(p, q0)} <span class="hint">({n})</span>
                    </label>
                  </li>
                ))}
              </ul>
            </fieldset>
            <div class="field dates">
              <label>
                {tx.dateFrom} <input type="date" value={filter.from} onChange={(e) => set({ from: e.currentTarget.value })} />
              </label>
              <label>
                {tx.dateTo} <input type="date" value={filter.to} onChange={(e) => set({ to: e.currentTarget.value })} />
              </label>
            </div>
          </form>
          <div role="status" class="compare-status">
            <p>{tx.selection(readable.length, officeCount)}</p>
            {selected.length > readable.length && <p class="notice warning">{tx.unreadable(selected.length - readable.length)}</p>}
            {base && base.versions.length > 1 && <p class="notice">{tx.versionsNote(base.versions, base.dropped)}</p>}
          </div>
          {base && readable.length > 0 && <CompareView view={view} q={base.questionnaire} items={readable} />}
        </>
      )}
    </section>
  );
}

/** A comparison table in a scrollable, keyboard-reachable box; the radar's text alternative. */
function TableBox({ caption, wide = false, children }: { caption: string; wide?: boolean; children: ComponentChildren }) {
  return (
    <div class="table-box" tabIndex={0} role="region" aria-labelledby="compare-table-caption">
      <table class={wide ? 'score-table compare-table' : 'score-table'} id="compare-table">
        <caption id="compare-table-caption">{caption}</caption>
        {children}
      </table>
    </div>
  );
}

function countBy(xs: readonly string[]): [string, number][] {
  const m = new Map<string, number>();
  for (const x of xs) m.set(x, (m.get(x) ?? 0) + 1);
  return [...m.entries()].sort(([a], [b]) => a.localeCompare(b, 'de'));
}

function newestVersion(items: readonly StoredItem[], id: string): string {
  return (
    items
      .filter((i) => i.assessment.questionnaireId === id)
      .map((i) => i.assessment.questionnaireVersion)
      .sort()
      .at(-1) ?? ''
  );
}

function dimTitle(q: Questionnaire, id: string): string {
  return localize(q.dimensions.find((d) => d.id === id)!.title, lang.value);
}

const num = (x: number | null) => (x === null ? '–' : formatNumber(x));

function Radar({
  q,
  series,
  caption,
  tableId,
}: {
  q: Questionnaire;
  series: { label: string; data: (number | null)[] }[];
  caption: string;
  tableId: string;
}) {
  const tx = rt();
  const { min, max } = scaleRange(q);
  const spec: RadarSpec = useMemo(
    () => ({ labels: q.dimensions.map((d) => localize(d.title, lang.value)), min, max, series, format: (v) => formatNumber(v) }),
    // the series' numbers decide; labels follow the language
    [JSON.stringify(series), lang.value, q],
  );
  if (series.length > MAX_SERIES) return <p class="notice">{tx.tooManySeries(MAX_SERIES)}</p>;
  return (
    <div class="radar-panel">
      <RadarChart spec={spec} label={caption} tableId={tableId} />
      <SeriesLegend labels={series.map((s) => s.label)} />
    </div>
  );
}

function CompareView({ view, q, items }: { view: View; q: Questionnaire; items: StoredItem[] }) {
  const tx = rt();
  const by = view === 'offices' ? 'office' : view === 'perspectives' ? 'perspective' : view === 'time' ? 'date' : null;
  // aggregation runs when the selection or the view changes, not on every keystroke in a filter
  const groups = useMemo(() => (by ? compareGroups(q, items, by) : []), [q, items, by]);
  if (view === 'offices') return <Offices q={q} groups={groups} />;
  if (view === 'perspectives') return <Perspectives q={q} groups={groups} />;
  const offices = new Set(items.map((i) => i.assessment.office));
  if (offices.size !== 1) return <p class="notice">{tx.oneOfficeNeeded}</p>;
  if (view === 'respondents') return <Respondents q={q} items={items} />;
  return <OverTime q={q} groups={groups} />;
}

function Offices({ q, groups }: { q: Questionnaire; groups: GroupResult[] }) {
  const tx = rt();
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
      <Radar
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
                  {ds[i] !== null && <span class="cell-note">{signed(ds[i]!, 1, true)}</span>}
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

function Perspectives({ q, groups }: { q: Questionnaire; groups: GroupResult[] }) {
  const tx = rt();
  const diffs = differences(q, groups);
  return (
    <>
      <Radar
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

function Respondents({ q, items }: { q: Questionnaire; items: StoredItem[] }) {
  const tx = rt();
  const agg = aggregate(
    q,
    items.map((i) => ({ assessment: i.assessment, answer: lookupFrom(i.answers) })),
  );
  const agenda = disagreementAgenda(agg);
  const questionText = (id: string) => {
    for (const d of q.dimensions) for (const x of d.questions) if (x.id === id) return localize(x.text, lang.value);
    return id;
  };
  return (
    <>
      <section aria-labelledby="agenda-title" class="agenda">
        <h2 id="agenda-title">{tx.agendaTitle(agenda.length)}</h2>
        <p class="hint">{tx.agendaIntro}</p>
        {agenda.length > 0 && (
          <ol>
            {agenda.map((x) => (
              <li key={x.questionId}>
                <span class="agenda-question">{questionText(x.questionId)}</span>{' '}
                <span class="hint">
                  {dimTitle(q, x.dimensionId)} · {tx.levelsFromTo(x.spread.min, x.spread.max)} · {tx.histogram(x.histogram)}
                </span>
              </li>
            ))}
          </ol>
        )}
      </section>
      <Radar
        q={q}
        series={[
          { label: tx.seriesMedian(agg.respondents), data: agg.dimensions.map((d) => d.spread?.median ?? null) },
          { label: tx.seriesSoll, data: agg.dimensions.map((d) => d.target) },
        ]}
        caption={tx.radarRespondents}
        tableId="compare-table"
      />
      <TableBox caption={tx.respondentsCaption(agg.respondents)}>
        <thead>
          <tr>
            <th scope="col">{tx.colDimension}</th>
            <th scope="col" class="num">
              {tx.colMedian}
            </th>
            <th scope="col" class="num">
              {tx.colRange}
            </th>
            <th scope="col" class="num">
              {tx.colIqr}
            </th>
            <th scope="col" class="num">
              {tx.colDisagreements}
            </th>
          </tr>
        </thead>
        <tbody>
          {agg.dimensions.map((d) => (
            <tr key={d.dimensionId} data-dimension={d.dimensionId}>
              <th scope="row">{dimTitle(q, d.dimensionId)}</th>
              <td class="num">{num(d.spread?.median ?? null)}</td>
              <td class="num">{d.spread ? `${formatNumber(d.spread.min)} – ${formatNumber(d.spread.max)}` : '–'}</td>
              <td class="num">{d.spread ? `${formatNumber(d.spread.q1)} – ${formatNumber(d.spread.q3)}` : '–'}</td>
              <td class="num">{d.disagreements}</td>
            </tr>
          ))}
        </tbody>
      </TableBox>
    </>
  );
}

function OverTime({ q, groups }: { q: Questionnaire; groups: GroupResult[] }) {
  const tx = rt();
  const change = changeOverTime(q, groups);
  return (
    <>
      {groups.length < 2 && <p class="notice">{tx.oneDateOnly}</p>}
      <Radar
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
                <strong>{c.change === null ? '–' : signed(c.change, 1, true)}</strong>
              </td>
            </tr>
          ))}
        </tbody>
      </TableBox>
    </>
  );
}
