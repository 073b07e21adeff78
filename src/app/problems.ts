// The one error state of the app. Every write goes through `attempt`: a write that fails becomes
// a problem that says what was not saved (the screen shows it with „Jetzt erneut speichern“);
// the data stays in memory meanwhile, nothing reverts silently, and closing the page warns.
// Repeatable writes (answers, notes, workshop steps, plan edits) are also retried by themselves;
// a newer write with the same key replaces an older failed one.
//
// This module is part of the first screen's JS: it imports no database code and no schema.
import { computed, signal } from '@preact/signals';
import { NewerVersionError, NoteTooLongError, VanishedError, isQuotaError } from '../storage/errors';

/** Why a write failed: a full disk, a newer version of the app open elsewhere, the database
 * deleted by the browser while the app was open, a note too long to keep, or anything else. */
export type ProblemKind = 'full' | 'newerVersion' | 'vanished' | 'tooLong' | 'other';

/** What was not saved, in words the UI turns into a sentence (the app layer speaks no language). */
export type Subject =
  | { type: 'answer'; label: string }
  | { type: 'note'; label: string }
  | { type: 'noteTooLong'; label: string }
  | { type: 'targets' }
  | { type: 'newAssessment'; label: string }
  | { type: 'delete'; label: string }
  | { type: 'restore'; label: string }
  | { type: 'workshop'; label: string }
  | { type: 'consensus'; label: string }
  | { type: 'plan'; label: string }
  | { type: 'import'; label: string }
  | { type: 'export'; label: string }
  | { type: 'questionnaire'; label: string };

export interface Problem {
  key: string;
  kind: ProblemKind;
  subject: Subject;
  /** tries the write again; resolves to whether it is saved now */
  retry: () => Promise<boolean>;
  repeat: boolean;
}

/** The writes that failed and are not yet saved, oldest first. */
export const problems = signal<readonly Problem[]>([]);
/** Writes on their way to storage. */
const inFlight = signal(0);
/** Whether closing the page now could lose something. */
export const unsaved = computed(() => problems.value.length > 0 || inFlight.value > 0);

/** What kind of failure a storage error is. */
function classify(e: unknown): ProblemKind {
  if (isQuotaError(e)) return 'full';
  if (e instanceof NewerVersionError) return 'newerVersion';
  if (e instanceof VanishedError) return 'vanished';
  if (e instanceof NoteTooLongError) return 'tooLong';
  return 'other';
}

export interface AttemptOptions {
  /** retried by itself every few seconds until it lands (answers and the like) */
  repeat?: boolean;
}

/** Runs one write; on failure records the problem under `key` (replacing an older one with the
 * same key) and resolves false. Never rejects. */
export async function attempt(key: string, subject: Subject, write: () => Promise<void>, opts: AttemptOptions = {}): Promise<boolean> {
  inFlight.value++;
  try {
    await write();
    remove(key);
    if (problems.value.length === 0) delay = 2000;
    return true;
  } catch (e) {
    console.error(`Speichern fehlgeschlagen (${key})`, e);
    const kind = classify(e);
    const problem: Problem = {
      key,
      kind,
      subject,
      repeat: !!opts.repeat,
      retry: () => attempt(key, subject, write, opts),
    };
    const list = problems.value.filter((p) => p.key !== key);
    problems.value = [...list, problem];
    if (opts.repeat && retries(kind)) scheduleRetry();
    return false;
  } finally {
    inFlight.value--;
  }
}

/** The kind of the failed write under `key` ('other' when there is none). */
export function kindOf(key: string): ProblemKind {
  return problems.value.find((p) => p.key === key)?.kind ?? 'other';
}

/** A write that failed in another window of this app (a workshop fact): shown here too, and
 * „Jetzt erneut speichern“ here writes it from this window. */
export function reportElsewhere(key: string, subject: Subject, kind: ProblemKind, write: () => Promise<void>): void {
  const problem: Problem = { key, kind, subject, repeat: true, retry: () => attempt(key, subject, write, { repeat: true }) };
  problems.value = [...problems.value.filter((p) => p.key !== key), problem];
  if (retries(kind)) scheduleRetry();
}

/** Forgets a problem (its write was replaced by a newer one that succeeded, or it no longer applies). */
export function remove(key: string): void {
  if (problems.value.some((p) => p.key === key)) problems.value = problems.value.filter((p) => p.key !== key);
}

/** Forgets every problem whose key starts with `prefix` (e.g. an assessment that was deleted). */
export function removeAll(prefix: string): void {
  problems.value = problems.value.filter((p) => !p.key.startsWith(prefix));
}

/** Whether a failed write whose key starts with `prefix` waits to be saved. */
export function hasPending(prefix: string): boolean {
  return problems.value.some((p) => p.key.startsWith(prefix));
}

/** Whether trying again by itself can help (not after a newer version took over, the data vanished,
 * or for a note that is too long). */
export function retries(kind: ProblemKind): boolean {
  return kind === 'full' || kind === 'other';
}

/** Tries every failed write again, oldest first („Jetzt erneut speichern“). */
export async function retryAll(): Promise<void> {
  for (const p of [...problems.value]) if (problems.value.includes(p)) await p.retry();
}

let timer: ReturnType<typeof setTimeout> | null = null;
let delay = 2000;

function scheduleRetry(): void {
  if (timer) return;
  timer = setTimeout(() => {
    timer = null;
    const repeatable = problems.value.filter((p) => p.repeat && retries(p.kind));
    // back off while the disk stays full: 2 s, 4 s, … at most 30 s
    delay = Math.min(30_000, delay * 2);
    void (async () => {
      for (const p of repeatable) if (problems.value.includes(p)) await p.retry();
    })();
  }, delay);
}

/** Forgets every problem (the database was replaced: nothing of the old one can be written). */
export function clearProblems(): void {
  problems.value = [];
}
