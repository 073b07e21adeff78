// The service-worker bridge: "offline ready" once cached, "update available" when a new build is
// waiting. An update is applied only when the user asks (registerType 'prompt'); answers are
// written the moment they are chosen, so the reload that follows never loses one.
import { Workbox } from 'workbox-window';
import { offlineReady, setUpdateActivator, updateAvailable } from './status';

/** Registers the service worker (production builds only). */
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator) || !import.meta.env.PROD) return;
  const wb = new Workbox(`${import.meta.env.BASE_URL}sw.js`, { scope: import.meta.env.BASE_URL });
  // said once, when the first version is installed (not on every load, not in every window)
  wb.addEventListener('installed', (e) => {
    if (!e.isUpdate) offlineReady.value = true;
  });
  wb.addEventListener('waiting', () => {
    updateAvailable.value = true;
  });
  setUpdateActivator(() => {
    // reload once the new version controls the page (only after the user asked for it)
    wb.addEventListener('controlling', () => window.location.reload());
    wb.messageSkipWaiting();
  });
  wb.register().then(
    (reg) => {
      if (reg?.waiting) updateAvailable.value = true;
      // look for a new version whenever the app comes back to the foreground
      document.addEventListener('visibilitychange', () => {
        if (document.visibilityState === 'visible') void reg?.update().catch(() => undefined);
      });
    },
    // no service worker (blocked, private mode): the app works, only not offline
    (e: unknown) => console.warn('Service Worker nicht registriert', e),
  );
}
