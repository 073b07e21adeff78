import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import {
  answerCounts,
  assessmentList,
  deleteAssessment,
  ensureAssessmentList,
  requestCounts,
  restoreAssessment,
  showingAssessmentList,
  type AssessmentEntry,
  type DeletedAssessment,
  workshopsOnDevice,
  type WorkshopSummary,
} from '../../../app/assessments';
import { indexEntry, loadStoredQuestionnaires, titleOf } from '../../../app/questionnaires';
import { WORKSHOP_PERSPECTIVE } from '../../../core/assessment';
import { localize } from '../../../core/text';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { CorruptNotice } from '../../components/CorruptNotice';
import { ProgressBar } from '../../components/ProgressBar';
import { formatDate, formatDateTime, lang, t } from '../../i18n';
import { assessmentFacts, perspectiveName } from '../../labels';
import { hrefFor } from '../../routes';
import { langOf } from '../../shared/content-lang';

/** How many cards are drawn at first, and how many more per „Weitere anzeigen“. */
const PAGE = 24;

/** The assessments on this device, newest change first: resume, results, export, delete (with undo). */
export function AssessmentList() {
  const tx = t();
  const list = assessmentList.value;
  const [shown, setShown] = useState(PAGE);
  const [confirming, setConfirming] = useState<AssessmentEntry | null>(null);
  const [undo, setUndo] = useState<{ id: string; office: string; label: string; data: DeletedAssessment } | null>(null);
  // where focus goes once the list has drawn: the „Löschen“ of a card (after „Abbrechen“, Esc or
  // an undo), never the page's body
  const [focusDelete, setFocusDelete] = useState<string | null>(null);
  const undoButton = useRef<HTMLButtonElement>(null);
  // the workshops on this device, to go back to one; a workshop's consensus leads back to its
  // workshop too (it is changed there, not answered alone)
  const [workshopList, setWorkshopList] = useState<WorkshopSummary[]>([]);
  const workshops = useMemo(() => new Map(workshopList.map((w) => [w.consensusId, w.id])), [workshopList]);
  useEffect(() => {
    void ensureAssessmentList();
    void loadStoredQuestionnaires();
    void workshopsOnDevice().then(setWorkshopList);
    return showingAssessmentList();
  }, []);
  // newest change first, or grouped by office (A–Z, newest first within an office)
  const [byOffice, setByOffice] = useState(false);
  const ordered =
    list.status !== 'ready'
      ? []
      : byOffice
        ? [...list.entries].sort(
            (a, b) => a.assessment.office.localeCompare(b.assessment.office, 'de') || (a.lastChange < b.lastChange ? 1 : -1),
          )
        : list.entries;
  const entries = ordered.slice(0, shown);
  const ids = entries.map((e) => e.assessment.id).join(',');
  useEffect(() => {
    if (ids) void requestCounts(ids.split(','));
  }, [ids]);

  const onDeleteConfirm = async () => {
    const item = confirming!;
    setConfirming(null);
    const data = await deleteAssessment(item.assessment);
    if (data) setUndo({ id: item.assessment.id, office: item.assessment.office, label: assessmentLabel(item), data });
    else setFocusDelete(item.assessment.id);
  };
  const onUndoClick = async () => {
    if (undo && (await restoreAssessment(undo.office, undo.data))) {
      setFocusDelete(undo.id);
      setUndo(null);
    }
  };
  // after deleting: on „Rückgängig“
  useEffect(() => {
    if (undo) undoButton.current?.focus();
  }, [undo]);
  useEffect(() => {
    if (!focusDelete) return;
    const button = document.querySelector<HTMLElement>(`[data-delete="${CSS.escape(focusDelete)}"]`);
    if (button) {
      button.focus();
      setFocusDelete(null);
    }
    // again when the list has drawn the card (after an undo it comes back with the next change)
  }, [focusDelete, ids]);

  // keyed: the empty message is a new paragraph, not this one restyled (its text would move: a layout shift)
  if (list.status === 'loading')
    return (
      <p key="loading" class="list-loading">
        {tx.loading}
      </p>
    );
  if (list.status === 'failed') return <p class="notice error">{tx.openFailed}</p>;
  const total = list.entries.length;
  const cards = (shownEntries: readonly AssessmentEntry[], grouped: boolean) => (
    <ul class="assessment-list">
      {shownEntries.map((entry) => (
        <Card
          key={entry.assessment.id}
          entry={entry}
          grouped={grouped}
          workshopId={workshops.get(entry.assessment.id)}
          onDelete={() => setConfirming(entry)}
        />
      ))}
    </ul>
  );
  return (
    <>
      <div role="status" class="toast-area">
        {undo && (
          <p class="toast">
            {tx.deleted(undo.label)}{' '}
            <button type="button" class="button" ref={undoButton} onClick={() => void onUndoClick()}>
              {tx.undo}
            </button>
          </p>
        )}
      </div>
      <CorruptNotice records={list.corrupt} />
      {total === 0 ? (
        <p key="empty" class="empty">
          {tx.noAssessments}
        </p>
      ) : (
        <>
          {total > 1 && (
            <fieldset class="list-order">
              <legend>{tx.orderLabel}</legend>
              <label class="chip">
                <input type="radio" name="list-order" checked={!byOffice} onChange={() => setByOffice(false)} /> {tx.orderRecent}
              </label>
              <label class="chip">
                <input type="radio" name="list-order" checked={byOffice} onChange={() => setByOffice(true)} /> {tx.orderOffice}
              </label>
            </fieldset>
          )}
          {byOffice
            ? groupByOffice(entries).map(([office, group]) => (
                <section key={office} class="office-group" aria-label={office}>
                  <h2 class="office-group-title">
                    {office} <span class="office-group-count">({tx.assessmentsCount(countOf(list.entries, office))})</span>
                  </h2>
                  {cards(group, true)}
                </section>
              ))
            : cards(entries, false)}
        </>
      )}
      {/* below the cards: it arrives after them and must not push them down */}
      {workshopList.length > 0 && (
        <section class="workshop-list" aria-labelledby="workshops-title">
          <h2 id="workshops-title">{tx.workshopsOnDevice}</h2>
          <ul>
            {workshopList.map((w) => (
              <li key={w.id}>
                <a class="button quiet" href={hrefFor({ name: 'workshop', id: w.id })}>
                  {tx.workshopContinue(w.office, formatDate(w.date))}
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
      {total > shown && (
        <p class="actions">
          <button type="button" class="button" onClick={() => setShown(shown + PAGE)}>
            {tx.showMore(Math.min(PAGE, total - shown), total - shown)}
          </button>
        </p>
      )}
      {confirming && (
        <ConfirmDialog
          title={tx.deleteTitle}
          text={tx.deleteText(assessmentLabel(confirming))}
          confirmLabel={tx.deleteConfirm}
          cancelLabel={tx.cancel}
          onConfirm={() => void onDeleteConfirm()}
          onCancel={() => {
            setFocusDelete(confirming.assessment.id);
            setConfirming(null);
          }}
        />
      )}
    </>
  );
}

function Card({
  entry,
  workshopId,
  onDelete,
  grouped = false,
}: {
  entry: AssessmentEntry;
  workshopId: string | undefined;
  onDelete: () => void;
  /** under its office's heading: the card's own heading is one level lower */
  grouped?: boolean;
}) {
  const tx = t();
  const a = entry.assessment;
  const info = indexEntry(a.questionnaireId, a.questionnaireVersion);
  const title = info?.title ?? titleOf(a.questionnaireId);
  const answered = answerCounts.value.get(a.id);
  const total = info?.questions ?? null;
  const complete = total !== null && answered !== undefined && answered >= total;
  return (
    <li class="assessment-card">
      {grouped ? <h3>{a.office}</h3> : <h2>{a.office}</h2>}
      <dl class="facts">
        <div>
          <dt>{tx.colPerspective}</dt>
          <dd>{perspectiveName(a.perspective, info)}</dd>
        </div>
        <div>
          <dt>{tx.colQuestionnaire}</dt>
          <dd>
            <span lang={langOf(title)}>{title ? localize(title, lang.value) : a.questionnaireId}</span> {a.questionnaireVersion}
          </dd>
        </div>
        <div>
          <dt>{tx.colDate}</dt>
          <dd>{formatDate(a.date)}</dd>
        </div>
        <div>
          <dt>{tx.colChanged}</dt>
          <dd>{formatDateTime(entry.lastChange)}</dd>
        </div>
        {a.respondent && (
          <div>
            <dt>{tx.respondentShort}</dt>
            <dd>{a.respondent}</dd>
          </div>
        )}
      </dl>
      {total !== null && answered !== undefined && (
        <ProgressBar
          value={answered}
          max={total}
          label={`${tx.colProgress}: ${tx.progressOf(answered, total)}${complete ? ` (${tx.complete})` : ''}`}
        />
      )}
      <div class="actions">
        {a.perspective === WORKSHOP_PERSPECTIVE.id ? (
          workshopId && (
            <a class="button primary" href={hrefFor({ name: 'workshop', id: workshopId })} aria-label={`${tx.toWorkshop}: ${a.office}`}>
              {tx.toWorkshop}
            </a>
          )
        ) : (
          <a
            class="button primary"
            href={hrefFor(complete ? { name: 'overview', id: a.id } : { name: 'resume', id: a.id })}
            aria-label={`${complete ? tx.reopen : tx.resume}: ${a.office}`}
          >
            {complete ? tx.reopen : tx.resume}
          </a>
        )}
        <a class="button" href={hrefFor({ name: 'results', id: a.id })} aria-label={`${tx.results}: ${a.office}`}>
          {tx.results}
        </a>
        <a class="button quiet" href={hrefFor({ name: 'exportOne', id: a.id })} aria-label={`${tx.exportTitle}: ${a.office}`}>
          {tx.exportTitle}
        </a>
        <button type="button" class="button danger-quiet" data-delete={a.id} onClick={onDelete} aria-label={`${tx.delete}: ${a.office}`}>
          {tx.delete}
        </button>
      </div>
    </li>
  );
}

/** An assessment named so that it can be told from others of the same office: „Bauamt
 * (Mitarbeitende, M. K., 20.11.2026)“. */
function assessmentLabel({ assessment: a }: AssessmentEntry): string {
  return `${a.office} (${assessmentFacts(a, indexEntry(a.questionnaireId, a.questionnaireVersion)).join(', ')})`;
}

/** Entries in runs of one office, in the order given. */
function groupByOffice(entries: readonly AssessmentEntry[]): [string, AssessmentEntry[]][] {
  const groups = new Map<string, AssessmentEntry[]>();
  for (const e of entries) groups.set(e.assessment.office, [...(groups.get(e.assessment.office) ?? []), e]);
  return [...groups.entries()];
}

function countOf(entries: readonly AssessmentEntry[], office: string): number {
  return entries.filter((e) => e.assessment.office === office).length;
}
