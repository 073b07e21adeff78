import { useEffect, useState } from 'preact/hooks';
import { assessmentList, ensureAssessmentList } from '../../app/assessments';
import { loadStoredQuestionnaires, newestOf } from '../../app/questionnaires';
import type { Session } from '../../app/session';
import { WORKSHOP_PERSPECTIVE } from '../../core/assessment';
import { compareVersions } from '../../core/version';
import { ct } from './carry-over-texts';
import { hrefFor, navigate } from '../router';

/** Where a newer version of the questionnaire is on the device: says so, and offers to carry the
 * assessment over (or leads to the assessment it was carried over to). */
export function CarryOverOffer({ session: s }: { session: Session }) {
  const tx = ct();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    void loadStoredQuestionnaires();
    void ensureAssessmentList();
  }, []);
  const a = s.assessment;
  const newer = newestOf(a.questionnaireId);
  if (!newer || compareVersions(newer.version, a.questionnaireVersion) <= 0 || a.perspective === WORKSHOP_PERSPECTIVE.id) return null;
  const list = assessmentList.value;
  const done = list.status === 'ready' ? list.entries.find((e) => e.assessment.carriedOver?.from === a.id)?.assessment : undefined;
  const go = async () => {
    setBusy(true);
    // the carry-over code is fetched when asked for, not with every question screen
    const { carryOverAssessment } = await import('../../app/carry-over');
    const r = await carryOverAssessment(a.id, newer.version);
    setBusy(false);
    if (r.ok) navigate({ name: 'overview', id: r.id });
    else if (r.reason === 'missing') setFailed(true);
  };
  return (
    <div class="notice carry-over">
      <p>{tx.newerVersion(newer.version, a.questionnaireVersion)}</p>
      {done ? (
        <p class="actions">
          <a class="button" href={hrefFor({ name: 'overview', id: done.id })}>
            {tx.carriedOverTo(done.questionnaireVersion)}
          </a>
        </p>
      ) : (
        <>
          <p class="hint">{tx.carryOverHint}</p>
          <p class="actions">
            <button type="button" class="button" disabled={busy} onClick={() => void go()}>
              {tx.carryOver(newer.version)}
            </button>
          </p>
        </>
      )}
      {failed && <p class="field-error">{tx.carryOverFailed}</p>}
    </div>
  );
}

/** On an assessment carried over from an older version: from which, and how many questions to
 * answer anew. */
export function CarriedOverNote({ session: s }: { session: Session }) {
  const c = s.assessment.carriedOver;
  if (!c) return null;
  const open = c.changed.filter((id) => !s.answers.get(id)?.value).length;
  return <p class="notice">{ct().carriedOverFrom(c.fromVersion, open)}</p>;
}

/** Whether question `id` changed in the carry-over and is still open. */
export function isChangedOpen(s: Session, id: string): boolean {
  return !!s.assessment.carriedOver?.changed.includes(id) && !s.answers.get(id)?.value;
}
