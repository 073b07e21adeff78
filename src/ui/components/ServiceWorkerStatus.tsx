import { useEffect, useState } from 'preact/hooks';
import { applyUpdate, offlineReady, updateAvailable } from '../../pwa/status';
import { t } from '../i18n';

/** "Offline bereit" once, and the update prompt while a new version waits. */
export function ServiceWorkerStatus() {
  const tx = t();
  const [showReady, setShowReady] = useState(false);
  useEffect(() => {
    if (!offlineReady.value) return;
    setShowReady(true);
    const timer = setTimeout(() => setShowReady(false), 6000);
    return () => clearTimeout(timer);
  }, [offlineReady.value]);
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
