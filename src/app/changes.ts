// Committed changes, told through one function to this tab's read models and to the other tabs
// (BroadcastChannel, no network). `startApp` connects the read models; nothing listens before it.
import { announceChange, onChangeElsewhere, type ChangeMessage } from '../storage/sync';

export type { ChangeMessage } from '../storage/sync';

/** Reacts to a change; `local` is true when this tab made it. */
export type ChangeListener = (msg: ChangeMessage, local: boolean) => void;

const listeners = new Set<ChangeListener>();

/** Tells every read model here and every other tab that `msg` was committed. */
export function changed(msg: ChangeMessage): void {
  announceChange(msg);
  for (const l of listeners) l(msg, true);
}

/** Calls `listener` for every committed change, here and in other tabs; returns the unsubscribe. */
export function listen(listener: ChangeListener): () => void {
  listeners.add(listener);
  const stop = onChangeElsewhere((msg) => listener(msg, false));
  return () => {
    listeners.delete(listener);
    stop();
  };
}
