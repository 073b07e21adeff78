// Committed changes, told through one function to this tab's read models and to the other tabs
// (BroadcastChannel, no network). A read model subscribes when its module loads; the other tabs
// are heard once `startApp` has connected them. The same goes for coming back to the foreground.
import { announceChange, onChangeElsewhere, type ChangeMessage } from '../storage/sync';

export type { ChangeMessage } from '../storage/sync';

/** Reacts to a change; `local` is true when this tab made it. */
export type ChangeListener = (msg: ChangeMessage, local: boolean) => void;

const listeners = new Set<ChangeListener>();
const foreground = new Set<() => void>();
const background = new Set<() => void>();

/** Tells every read model here and every other tab that `msg` was committed. */
export function changed(msg: ChangeMessage): void {
  announceChange(msg);
  for (const l of listeners) l(msg, true);
}

/** Calls `listener` for every committed change, made here or (once connected) in another tab. */
export function subscribe(listener: ChangeListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Calls `onShown` whenever the app comes back to the foreground (other tabs may have written
 * meanwhile), `onHidden` when it goes to the background. */
export function onVisibility(onShown: () => void, onHidden?: () => void): void {
  foreground.add(onShown);
  if (onHidden) background.add(onHidden);
}

let connected = false;

/** Starts hearing the other tabs and the page's visibility (once; called by startApp). */
export function connectTabs(): void {
  if (connected) return;
  connected = true;
  onChangeElsewhere((msg) => {
    for (const l of listeners) l(msg, false);
  });
  document.addEventListener('visibilitychange', () => {
    for (const f of document.visibilityState === 'visible' ? foreground : background) f();
  });
}
