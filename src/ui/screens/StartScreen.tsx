import { useEffect, useState } from 'preact/hooks';
import {
  deleteAssessment,
  listAssessments,
  restoreAssessment,
  type AssessmentSummary,
  type CorruptRecord,
  type DeletedAssessment,
} from '../../storage/assessments';
import { announceChange, onChangeElsewhere } from '../../storage/sync';
import { questionCount } from '../../core/progress';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { ProgressBar } from '../components/ProgressBar';
import { useFocusHeading } from '../components/useFocusHeading';
import { formatDate, formatDateTime, t } from '../i18n';
import { perspectiveName, questionnaireName } from '../labels';
import { loadAllQuestionnaires, questionnaires } from '../questionnaires';
import { hrefFor } from '../router';
import { closeSession } from '../session';

/** The assessments on this device: resume, delete (with undo), or start a new one. */
export function StartScreen() {
  const tx = t();
  const heading = useFocusHeading<HTMLHeadingElement>('start');
  const [items, setItems] = useState<AssessmentSummary[] | null>(null);
  const [corrupt, setCorrupt] = useState<CorruptRecord[]>([]);
  const [confirming, setConfirming] = useState<AssessmentSummary | null>(null);
  const [undo, setUndo] = useState<{ office: string; data: DeletedAssessment } | null>(null);

  const refresh = () =>
    listAssessments().then((r) => {
      setItems(r.items);
      setCorrupt(r.corrupt);
    });
  useEffect(() => {
    void refresh();
    void loadAllQuestionnaires();
    return onChangeElsewhere(() => void refresh());
  }, []);

  const onDeleteConfirm = async () => {
    const item = confirming!;
    setConfirming(null);
    const data = await deleteAssessment(item.assessment.id);
    closeSession();
    setUndo({ office: item.assessment.office, data });
    announceChange({ type: 'assessments' });
    await refresh();
  };
  const onUndoClick = async () => {
    if (!undo) return;
    await restoreAssessment(undo.data);
    setUndo(null);
    announceChange({ type: 'assessments' });
    await refresh();
  };

  return (
    <section class="screen start" aria-labelledby="start-title">
      <div class="screen-head">
        <h1 id="start-title" tabIndex={-1} ref={heading}>
          {tx.startTitle}
        </h1>
        <a class="button primary large" href={hrefFor({ name: 'new' })}>
          {tx.newAssessment}
        </a>
      </div>
      <p class="lead">{tx.startIntro}</p>
      <nav class="actions tools" aria-label={tx.toolsLabel}>
        <a class="button" href={hrefFor({ name: 'workshopNew' })}>
          {tx.workshopTool}
        </a>
        <a class="button" href={hrefFor({ name: 'compare' })}>
          {tx.compareTitle}
        </a>
        <a class="button" href={hrefFor({ name: 'import' })}>
          {tx.importTitle}
        </a>
        <a class="button" href={hrefFor({ name: 'receive' })}>
          {tx.receiveTool}
        </a>
        <a class="button" href={hrefFor({ name: 'export', id: null })}>
          {tx.exportTitle}
        </a>
      </nav>
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
      {corrupt.length > 0 && (
        <div class="notice warning">
          <p>{tx.corruptRecords(corrupt.length)}</p>
          <ul>
            {corrupt.map((c) => (
              <li key={c.key}>
                <code>{c.key}</code>: {c.errors.slice(0, 3).join(' ')}
              </li>
            ))}
          </ul>
        </div>
      )}
      {items === null ? (
        <p>{tx.loading}</p>
      ) : items.length === 0 ? (
        <p class="empty">{tx.noAssessments}</p>
      ) : (
        <ul class="assessment-list">
          {items.map((item) => {
            const a = item.assessment;
            const q = questionnaires.value.get(a.questionnaireId);
            const total = q ? questionCount(q) : null;
            const complete = total !== null && item.answered >= total;
            return (
              <li key={a.id} class="assessment-card">
                <h2>{a.office}</h2>
                <dl class="facts">
                  <div>
                    <dt>{tx.colPerspective}</dt>
                    <dd>{perspectiveName(a.perspective, q)}</dd>
                  </div>
                  <div>
                    <dt>{tx.colQuestionnaire}</dt>
                    <dd>{questionnaireName(a.questionnaireId, q)}</dd>
                  </div>
                  <div>
                    <dt>{tx.colDate}</dt>
                    <dd>{formatDate(a.date)}</dd>
                  </div>
                  <div>
                    <dt>{tx.colChanged}</dt>
                    <dd>{formatDateTime(a.updatedAt)}</dd>
                  </div>
                  {a.respondent && (
                    <div>
                      <dt>{tx.respondentLabel}</dt>
                      <dd>{a.respondent}</dd>
                    </div>
                  )}
                </dl>
                {total !== null && (
                  <ProgressBar
                    value={item.answered}
                    max={total}
                    label={`${tx.colProgress}: ${tx.progressOf(item.answered, total)}${complete ? ` (${tx.complete})` : ''}`}
                  />
                )}
                <div class="actions">
                  <a
                    class="button primary"
                    href={hrefFor(complete ? { name: 'overview', id: a.id } : { name: 'question', id: a.id, index: null })}
                    aria-label={`${complete ? tx.reopen : tx.resume}: ${a.office}`}
                  >
                    {complete ? tx.reopen : tx.resume}
                  </a>
                  <a class="button" href={hrefFor({ name: 'results', id: a.id })} aria-label={`${tx.results}: ${a.office}`}>
                    {tx.results}
                  </a>
                  <a class="button quiet" href={hrefFor({ name: 'export', id: a.id })} aria-label={`${tx.exportTitle}: ${a.office}`}>
                    {tx.exportTitle}
                  </a>
                  <button
                    type="button"
                    class="button danger-quiet"
                    onClick={() => setConfirming(item)}
                    aria-label={`${tx.delete}: ${a.office}`}
                  >
                    {tx.delete}
                  </button>
                </div>
              </li>
            );
          })}
        </ul>
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
    </section>
  );
}
