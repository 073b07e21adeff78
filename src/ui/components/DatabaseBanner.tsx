import { useState } from 'preact/hooks';
import { databaseState } from '../../app/database-state';
import { t } from '../i18n';

/** What happened to the database while the app was open, and what to do: reload (a newer version
 * took over), close other tabs (an older one blocks the upgrade), or restore what this page still
 * holds (the browser deleted the data). */
export function DatabaseBanner() {
  const tx = t();
  const state = databaseState.value;
  const [restoring, setRestoring] = useState<'idle' | 'busy' | 'failed'>('idle');
  if (state === 'ok') return null;
  const restore = async () => {
    setRestoring('busy');
    const { restoreFromMemory } = await import('../../app/database');
    setRestoring((await restoreFromMemory()) ? 'idle' : 'failed');
  };
  return (
    <div class="notice error problem-banner" role="alert">
      {state === 'newerVersion' && (
        <>
          <p>
            <strong>{tx.newerVersionTitle}</strong> {tx.newerVersionText}
          </p>
          <button type="button" class="button primary" onClick={() => location.reload()}>
            {tx.reloadPage}
          </button>
        </>
      )}
      {state === 'blocked' && (
        <p>
          <strong>{tx.blockedTitle}</strong> {tx.blockedText}
        </p>
      )}
      {state === 'vanished' && (
        <>
          <p>
            <strong>{tx.vanishedTitle}</strong> {tx.vanishedText}
          </p>
          {restoring === 'failed' && <p>{tx.restoreFailed}</p>}
          <button type="button" class="button primary" disabled={restoring === 'busy'} onClick={() => void restore()}>
            {tx.restoreNow}
          </button>
        </>
      )}
    </div>
  );
}
