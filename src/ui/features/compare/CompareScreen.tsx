import { useEffect, useMemo, useState } from 'preact/hooks';
import { loadAllItems, type StoredItem } from '../../../app/items';
import { knownQuestionnaires } from '../../../app/questionnaires';
import { applyFilter, commonBase, compareGroups, type CommonBase, type Filter } from '../../../core/compare';
import type { Questionnaire } from '../../../core/questionnaire';
import { compareVersions } from '../../../core/version';
import { useFocusHeading } from '../../components/useFocusHeading';
import { perspectiveName, questionnaireName } from '../../labels';
import { hrefFor } from '../../router';
import { OfficesView } from './OfficesView';
import { PerspectivesView } from './PerspectivesView';
import { RespondentsView } from './RespondentsView';
import { CompareFilters, type View } from './CompareFilters';
import { ct } from './texts';
import { TimeView } from './TimeView';

interface Data {
  items: StoredItem[];
  known: (id: string, version: string) => Questionnaire | undefined;
}

/** Compare assessments: by office, perspective, respondents of one office, or over time. */
export function CompareScreen() {
  const tx = ct();
  const heading = useFocusHeading<HTMLHeadingElement>('compare');
  const [data, setData] = useState<Data | null>(null);
  const [failed, setFailed] = useState(false);
  const [filter, setFilter] = useState<Filter>({ questionnaireId: '', offices: [], perspectives: [], from: '', to: '' });
  const [view, setView] = useState<View>('offices');
  useEffect(() => {
    Promise.all([loadAllItems(), knownQuestionnaires()]).then(
      ([items, known]) => {
        setData({ items, known });
        const counts = new Map<string, number>();
        for (const i of items) counts.set(i.assessment.questionnaireId, (counts.get(i.assessment.questionnaireId) ?? 0) + 1);
        const first = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
        setFilter((f) => ({ ...f, questionnaireId: first }));
      },
      () => setFailed(true),
    );
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
        <p class={failed ? 'notice error' : undefined}>{failed ? tx.openFailed : tx.loading}</p>
      </section>
    );
  const questionnaireIds = [...new Set(data.items.map((i) => i.assessment.questionnaireId))].sort();
  const offices = countBy(ofQuestionnaire.map((i) => i.assessment.office));
  const perspectives = countBy(ofQuestionnaire.map((i) => i.assessment.perspective));
  const q0 = base?.questionnaire;
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
          <CompareFilters
            filter={filter}
            onChange={setFilter}
            view={view}
            onViewChange={setView}
            questionnaires={questionnaireIds.map((id) => ({
              id,
              name: questionnaireName(id, data.known(id, newestVersion(data.items, id))),
            }))}
            offices={offices}
            perspectives={perspectives.map(([p, n]) => [p, perspectiveName(p, q0), n] as const)}
          />
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
      .sort(compareVersions)
      .at(-1) ?? ''
  );
}

function CompareView({ view, q, items }: { view: View; q: Questionnaire; items: StoredItem[] }) {
  const tx = ct();
  const by = view === 'offices' ? 'office' : view === 'perspectives' ? 'perspective' : view === 'time' ? 'date' : null;
  // aggregation runs when the selection or the view changes, not on every keystroke in a filter
  const groups = useMemo(() => (by ? compareGroups(q, items, by) : []), [q, items, by]);
  if (view === 'offices') return <OfficesView q={q} groups={groups} />;
  if (view === 'perspectives') return <PerspectivesView q={q} groups={groups} />;
  const offices = new Set(items.map((i) => i.assessment.office));
  if (offices.size !== 1) return <p class="notice">{tx.oneOfficeNeeded}</p>;
  if (view === 'respondents') return <RespondentsView q={q} items={items} />;
  return <TimeView q={q} groups={groups} />;
}
