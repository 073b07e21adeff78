import { problems, retryAll, type Problem } from '../../app/problems';
import { t, type Texts } from '../i18n';

const SHOWN = 3;

function subjectText(tx: Texts, p: Problem): string {
  const s = p.subject;
  return tx.subject[s.type]('label' in s ? s.label : '');
}

/** What could not be saved, on every screen, with „Jetzt erneut speichern“: the one place that
 * shows write failures (the data stays on screen meanwhile). */
export function ProblemBanner() {
  const tx = t();
  const list = problems.value;
  if (list.length === 0) return null;
  const onlyAnswers = list.every((p) => p.subject.type === 'answer' || p.subject.type === 'note');
  const names = list.slice(0, SHOWN).map((p) => subjectText(tx, p));
  if (list.length > SHOWN) names.push(tx.andMore(list.length - SHOWN));
  const full = list.some((p) => p.kind === 'full');
  return (
    <div class="notice error problem-banner" role="alert">
      <p>
        <strong>{onlyAnswers ? `${tx.pendingSaves(list.length)}.` : tx.notSavedList(names)}</strong>{' '}
        {full ? tx.storageFull : tx.storageError}
      </p>
      <button type="button" class="button" onClick={() => void retryAll()}>
        {tx.retryNow}
      </button>
    </div>
  );
}
