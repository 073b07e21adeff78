// Starts the app layer: the other tabs and the page's visibility are heard from now on (every read
// model subscribed itself when its module loaded), and closing the page warns while something is
// not saved. Called once by main.tsx after the first screen is drawn; it loads no read model.
import { connectTabs } from './changes';
import './database-events';
import { unsaved } from './problems';

let started = false;

/** Connects the app layer; safe to call more than once. */
export function startApp(): void {
  if (started) return;
  started = true;
  connectTabs();
  window.addEventListener('beforeunload', (e) => {
    if (unsaved.value) e.preventDefault();
  });
  // answers an older version of the app could not write (it was replaced while open) are written
  // now, once the page has settled
  const replay = () => void import('./database').then((m) => m.replayOutbox()).catch(() => undefined);
  if ('requestIdleCallback' in window) requestIdleCallback(replay, { timeout: 3000 });
  else setTimeout(replay, 1000);
}
