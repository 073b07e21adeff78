import { lastSavedAt, pendingCount, retryPending, saveProblem } from '../session';
import { lang, t } from '../i18n';

/** "Gespeichert um …", or a clear warning while answers wait for storage. */
export function SaveStatus() {
  const tx = t();
  const problem = saveProblem.value;
  if (problem) {
    return (
      <div class="notice error" role="alert">
        <p>
          <strong>{tx.pendingSaves(pendingCount.value)}.</strong> {problem === 'full' ? tx.storageFull : tx.storageError}
        </p>
        <button type="button" class="button" onClick={() => void retryPending()}>
          {tx.retryNow}
        </button>
      </div>
    );
  }
  const at = lastSavedAt.value;
  return (
    <p class="save-status" role="status">
      {at
        ? tx.savedAt(
            new Date(at).toLocaleTimeString(lang.value === 'de' ? 'de-DE' : 'en-GB', {
              hour: '2-digit',
              minute: '2-digit',
              second: '2-digit',
            }),
          )
        : ''}
    </p>
  );
}
