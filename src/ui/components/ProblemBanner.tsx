import { problems, retries, retryAll, type Problem } from '../../app/problems';
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
  // after a newer version took over, or the data vanished, a retry cannot help (the database banner
  // says what to do); a note that is too long waits for the person to shorten it
  const waiting = !list.some((p) => retries(p.kind));
  const why = list.some((p) => p.kind === 'full')
    ? tx.storageFull
    : list.some((p) => p.kind === 'other')
      ? tx.storageError
      : list.some((p) => p.kind === 'newerVersion')
        ? tx.waitsForReload
        : list.some((p) => p.kind === 'vanished')
          ? tx.waitsForRestore
          : tx.shortenNote;
  return (
    <div class="notice error problem-banner" role="alert">
      <p>
        <strong>{onlyAnswers ? `${tx.pendingSaves(list.length)}.` : tx.notSavedList(names)}</strong> {why}
      </p>
      {!waiting && (
        <button type="button" class="button" onClick={() => void retryAll()}>
          {tx.retryNow}
        </button>
      )}
    </div>
  );
}
