import { useEffect, useState } from 'preact/hooks';
import { applyUpdate, offlineReady, updateAvailable } from '../../pwa/status';
import { t } from '../i18n';

/** "Offline bereit" once after the first install (a note over the page that moves nothing and
 * goes after a few seconds), and the update prompt while a new version waits. */
export function ServiceWorkerStatus() {
  const tx = t();
  const ready = offlineReady.value;
  const [showReady, setShowReady] = useState(false);
  useEffect(() => {
    if (!ready) return;
    setShowReady(true);
    const timer = setTimeout(() => setShowReady(false), 6000);
    return () => clearTimeout(timer);
  }, [ready]);
  return (
    <div class="sw-status" role="status">
      {updateAvailable.value ? (
        <div class="banner banner-update">
          <p>
            <strong>{tx.updateAvailable}</strong> {tx.updateHint}
          </p>
          <button type="button" class="button primary" onClick={applyUpdate}>
            {tx.updateReload}
          </button>
        </div>
      ) : showReady ? (
        <p class="banner banner-ready">{tx.offlineReady}</p>
      ) : null}
    </div>
  );
}
