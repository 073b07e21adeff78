// Tells other tabs of this app that an answer or assessment changed (no network involved).

export type ChangeMessage =
  | { type: 'answer'; assessmentId: string; questionId: string }
  | { type: 'assessment'; assessmentId: string }
  | { type: 'assessments' }
  /** the questionnaires kept on the device changed (imported, removed, a bundled one kept) */
  | { type: 'questionnaires' }
  /** a fact of a workshop (an agreement, hands, a note, the position …): the other windows apply it */
  | { type: 'workshopFact'; fact: unknown }
  /** facts a window could not store: every other window shows it and can store them */
  | { type: 'workshopUnsaved'; office: string; kind: 'full' | 'newerVersion' | 'vanished' | 'tooLong' | 'other'; facts: unknown[] }
  /** facts stored (by any window): their problems are gone */
  | { type: 'workshopSaved'; facts: { workshopId: string; key: string; at: string; by: string }[] };

const CHANNEL = 'reifegrad-check';
let channel: BroadcastChannel | null = null;

function open(): BroadcastChannel | null {
  if (typeof BroadcastChannel === 'undefined') return null;
  channel ??= new BroadcastChannel(CHANNEL);
  return channel;
}

/** Announces a committed change to the other tabs. */
export function announceChange(msg: ChangeMessage): void {
  open()?.postMessage(msg);
}

/** Calls `handler` for changes made in other tabs; returns the unsubscribe function. */
export function onChangeElsewhere(handler: (msg: ChangeMessage) => void): () => void {
  const c = open();
  if (!c) return () => undefined;
  const listener = (e: MessageEvent<ChangeMessage>) => handler(e.data);
  c.addEventListener('message', listener);
  return () => c.removeEventListener('message', listener);
}
