import { useEffect, useState } from 'preact/hooks';
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
  workshopsOfConsensus,
} from '../../../app/assessments';
import { indexEntry, loadStoredQuestionnaires, titleOf } from '../../../app/questionnaires';
import { WORKSHOP_PERSPECTIVE } from '../../../core/assessment';
import { localize } from '../../../core/text';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { CorruptNotice } from '../../components/CorruptNotice';
import { ProgressBar } from '../../components/ProgressBar';
import { formatDate, formatDateTime, lang, t } from '../../i18n';
import { perspectiveName } from '../../labels';
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
  const [undo, setUndo] = useState<{ office: string; data: DeletedAssessment } | null>(null);
  // a workshop's consensus leads back to its workshop (it is changed there, not answered alone)
  const [workshops, setWorkshops] = useState<ReadonlyMap<string, string>>(new Map());
  useEffect(() => {
    void ensureAssessmentList();
    void loadStoredQuestionnaires();
    void workshopsOfConsensus().then(setWorkshops);
    return showingAssessmentList();
  }, []);
  const entries = list.status === 'ready' ? list.entries.slice(0, shown) : [];
  const ids = entries.map((e) => e.assessment.id).join(',');
  useEffect(() => {
    if (ids) void requestCounts(ids.split(','));
  }, [ids]);

  const onDeleteConfirm = async () => {
    const item = confirming!;
    setConfirming(null);
    const data = await deleteAssessment(item.assessment);
    if (data) setUndo({ office: item.assessment.office, data });
  };
  const onUndoClick = async () => {
    if (undo && (await restoreAssessment(undo.office, undo.data))) setUndo(null);
  };

  // keyed: the empty message is a new paragraph, not this one restyled (its text would move: a layout shift)
  if (list.status === 'loading')
    return (
      <p key="loading" class="list-loading">
        {tx.loading}
      </p>
    );
  if (list.status === 'failed') return <p class="notice error">{tx.openFailed}</p>;
  const total = list.entries.length;
  return (
    <>
      <div role="status" class="toast-area">
        {undo && (
          <p class="toast">
            {tx.deleted(undo.office)}{' '}
            <button type="button" class="button" onClick={() => void onUndoClick()}>
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
        <ul class="assessment-list">
          {entries.map((entry) => (
            <Card
              key={entry.assessment.id}
              entry={entry}
              workshopId={workshops.get(entry.assessment.id)}
              onDelete={() => setConfirming(entry)}
            />
          ))}
        </ul>
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
          text={tx.deleteText(confirming.assessment.office)}
          confirmLabel={tx.deleteConfirm}
          cancelLabel={tx.cancel}
          onConfirm={() => void onDeleteConfirm()}
          onCancel={() => setConfirming(null)}
        />
      )}
    </>
  );
}

function Card({ entry, workshopId, onDelete }: { entry: AssessmentEntry; workshopId: string | undefined; onDelete: () => void }) {
  const tx = t();
  const a = entry.assessment;
  const info = indexEntry(a.questionnaireId, a.questionnaireVersion);
  const title = info?.title ?? titleOf(a.questionnaireId);
  const answered = answerCounts.value.get(a.id);
  const total = info?.questions ?? null;
  const complete = total !== null && answered !== undefined && answered >= total;
  return (
    <li class="assessment-card">
      <h2>{a.office}</h2>
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
            <dt>{tx.respondentLabel}</dt>
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
        <button type="button" class="button danger-quiet" onClick={onDelete} aria-label={`${tx.delete}: ${a.office}`}>
          {tx.delete}
        </button>
      </div>
    </li>
  );
}
