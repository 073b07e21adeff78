// The outbox: answers and notes that this page could not write because a newer version of the app
// took over the database (another tab). They wait in localStorage (which any version can read) and
// the next version to start writes them, unless the database holds something newer for that
// question already.
import * as z from 'zod/mini';
import { AnswerValue } from '../core/assessment';
import { parseWith } from '../core/issues';
import { IsoDateTime } from '../core/time';

const KEY = 'reifegrad-check.outbox';

const Entry = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('answer'),
    assessmentId: z.string(),
    questionId: z.string(),
    value: z.nullable(AnswerValue),
    at: IsoDateTime,
  }),
  z.strictObject({ kind: z.literal('note'), assessmentId: z.string(), questionId: z.string(), note: z.string(), at: IsoDateTime }),
]);
export type OutboxEntry = z.infer<typeof Entry>;

const keyOf = (e: OutboxEntry) => `${e.kind}:${e.assessmentId}:${e.questionId}`;

/** The entries waiting (unreadable ones are dropped: they could not be written anyway). */
export function readOutbox(): OutboxEntry[] {
  try {
    const raw = JSON.parse(localStorage.getItem(KEY) ?? '[]') as unknown;
    if (!Array.isArray(raw)) return [];
    return raw.flatMap((x) => {
      const r = parseWith(Entry, x);
      return r.ok ? [r.value] : [];
    });
  } catch {
    return [];
  }
}

/** Puts an entry into the outbox (replacing an older one for the same answer or note); false when
 * localStorage cannot take it either. */
export function addToOutbox(entry: OutboxEntry): boolean {
  try {
    const list = readOutbox().filter((e) => keyOf(e) !== keyOf(entry));
    localStorage.setItem(KEY, JSON.stringify([...list, entry]));
    return true;
  } catch {
    return false;
  }
}

/** Removes entries that have been written. */
export function removeFromOutbox(done: readonly OutboxEntry[]): void {
  const written = new Set(done.map((e) => `${keyOf(e)}@${e.at}`));
  try {
    const rest = readOutbox().filter((e) => !written.has(`${keyOf(e)}@${e.at}`));
    if (rest.length) localStorage.setItem(KEY, JSON.stringify(rest));
    else localStorage.removeItem(KEY);
  } catch {
    // nothing to do: the entries are written again next time, which changes nothing
  }
}
