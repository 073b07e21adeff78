// Starts the app layer: the other tabs and the page's visibility are heard from now on (every read
// model subscribed itself when its module loaded), and closing the page warns while something is
// not saved. Called once by main.tsx after the first screen is drawn; it loads no read model.
import { connectTabs } from './changes';
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
}
