import { useState } from 'preact/hooks';
import type { Filter } from '../../../core/compare';
import { ct } from './texts';

export type View = 'offices' | 'perspectives' | 'respondents' | 'time';
const VIEWS: View[] = ['offices', 'perspectives', 'respondents', 'time'];

/** What to compare: the questionnaire, the view, offices, perspectives and dates. */
export function CompareFilters(props: {
  filter: Filter;
  onChange: (f: Filter) => void;
  view: View;
  onViewChange: (v: View) => void;
  questionnaires: { id: string; name: string }[];
  /** office and number of assessments */
  offices: [string, number][];
  /** perspective id, its name and number of assessments */
  perspectives: (readonly [string, string, number])[];
}) {
  const tx = ct();
  const { filter, onChange, view, onViewChange, questionnaires, offices, perspectives } = props;
  const [officeSearch, setOfficeSearch] = useState('');
  const set = (patch: Partial<Filter>) => onChange({ ...filter, ...patch });
  const toggleIn = (list: readonly string[], x: string) => (list.includes(x) ? list.filter((y) => y !== x) : [...list, x]);
  return (
    <form class="filters" aria-label={tx.filtersTitle} onSubmit={(e) => e.preventDefault()}>
      <div class="field">
        <label for="f-questionnaire">{tx.colQuestionnaire}</label>
        <select
          id="f-questionnaire"
          value={filter.questionnaireId}
          onChange={(e) => onChange({ ...filter, questionnaireId: e.currentTarget.value, offices: [], perspectives: [] })}
        >
          {questionnaires.map((x) => (
            <option key={x.id} value={x.id}>
              {x.name}
            </option>
          ))}
        </select>
      </div>
      <fieldset class="field">
        <legend>{tx.compareView}</legend>
        <div class="chips">
          {VIEWS.map((v) => (
            <label class="chip" key={v}>
              <input type="radio" name="view" checked={view === v} onChange={() => onViewChange(v)} />
              {tx.views[v]}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset class="field">
        <legend>
          {tx.filterOffices}{' '}
          <span class="hint">{filter.offices.length ? tx.chosenOf(filter.offices.length, offices.length) : tx.allOf(offices.length)}</span>
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
          {perspectives.map(([p, name, n]) => (
            <li key={p}>
              <label class="check">
                <input
                  type="checkbox"
                  checked={filter.perspectives.includes(p)}
                  onChange={() => set({ perspectives: toggleIn(filter.perspectives, p) })}
                />{' '}
                {name} <span class="hint">({n})</span>
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
  );
}
