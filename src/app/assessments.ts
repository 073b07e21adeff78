// The list of assessments on this device as the start screen shows it: the records and when each
// last changed (never all answers), loaded once and kept up to date by change messages — one
// changed answer re-reads one entry, not the list. Answer counts are read only for the cards
// on screen. Creating, deleting and restoring go through the one error state.
import { signal } from '@preact/signals';
import { onDatabaseEvent } from '../storage/db';
import type { Assessment } from '../core/assessment';
import { compareInstants } from '../core/time';
import {
  consensusWorkshops,
  workshopSummaries,
  type WorkshopSummary,
  countAnswers,
  createAssessment as storeAssessment,
  deleteAssessment as removeAssessment,
  listAssessmentEntries,
  listOfficeNames as readOfficeNames,
  readAssessmentEntry,
  restoreAssessment as putBack,
  type AssessmentEntry,
  type CorruptRecord,
  type DeletedAssessment,
} from '../storage/assessments';
import { requestPersistentStorage } from '../storage/persistence';
import { changed, subscribe, type ChangeMessage } from './changes';
import { attempt, removeAll } from './problems';
import { keepUsedQuestionnaires } from './questionnaires';
import { closeSession } from './session';

export type { AssessmentEntry, CorruptRecord, DeletedAssessment, WorkshopSummary } from '../storage/assessments';

export type AssessmentList =
  | { status: 'loading' }
  | { status: 'failed' }
  | { status: 'ready'; entries: readonly AssessmentEntry[]; corrupt: readonly CorruptRecord[] };

/** Every assessment on the device, newest change first. */
export const assessmentList = signal<AssessmentList>({ status: 'loading' });
/** Answers given per assessment id, for the assessments whose counts were asked for. */
export const answerCounts = signal<ReadonlyMap<string, number>>(new Map());

let loading: Promise<void> | null = null;

const newestFirst = (a: AssessmentEntry, b: AssessmentEntry) => compareInstants(b.lastChange, a.lastChange);

/** Loads the list; when it is loaded already, shows it at once and reads it again in the
 * background (two small reads: something may have changed it without a message, such as a
 * repair of the database or another version of the app). */
export function ensureAssessmentList(): Promise<void> {
  if (loading && assessmentList.value.status === 'ready') {
    // what changed while nobody looked is counted again with the rest
    stale.clear();
    const counted = [...answerCounts.value.keys()];
    loading = reloadList().then(() => recount(counted));
  }
  loading ??= reloadList();
  return loading;
}

async function recount(ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  const counts = await countAnswers(ids).catch(() => null);
  if (counts) answerCounts.value = new Map([...answerCounts.value, ...counts]);
}

async function reloadList(): Promise<void> {
  try {
    const { entries, corrupt } = await listAssessmentEntries();
    assessmentList.value = { status: 'ready', entries: entries.sort(newestFirst), corrupt };
    // the bundled questionnaires these were made with are kept, so that no app update orphans one
    void keepUsedQuestionnaires(entries.map((e) => ({ id: e.assessment.questionnaireId, version: e.assessment.questionnaireVersion })));
  } catch (e) {
    console.error('Einschätzungen konnten nicht gelesen werden', e);
    assessmentList.value = { status: 'failed' };
    loading = null;
  }
}

const counting = new Set<string>();

/** Reads the answer counts of these assessments (those not known yet). */
export async function requestCounts(ids: readonly string[]): Promise<void> {
  const wanted = ids.filter((id) => !answerCounts.value.has(id) && !counting.has(id));
  if (wanted.length === 0) return;
  wanted.forEach((id) => counting.add(id));
  try {
    const counts = await countAnswers(wanted);
    answerCounts.value = new Map([...answerCounts.value, ...counts]);
  } catch (e) {
    console.error('Antworten konnten nicht gezählt werden', e);
  } finally {
    wanted.forEach((id) => counting.delete(id));
  }
}

async function refreshEntry(id: string): Promise<void> {
  const list = assessmentList.value;
  if (list.status !== 'ready') return;
  const [entry, counts] = await Promise.all([
    readAssessmentEntry(id),
    answerCounts.value.has(id) ? countAnswers([id]) : Promise.resolve(null),
  ]);
  const cur = assessmentList.value;
  if (cur.status !== 'ready') return;
  const rest = cur.entries.filter((e) => e.assessment.id !== id);
  assessmentList.value = { ...cur, entries: entry ? [...rest, entry].sort(newestFirst) : rest };
  if (counts) answerCounts.value = new Map([...answerCounts.value, ...counts]);
}

let shown = 0;

/** Tells the list that a screen shows it (returns the function that says it no longer does):
 * while nobody looks, a change only marks the list for reading again. */
export function showingAssessmentList(): () => void {
  shown++;
  return () => {
    shown--;
  };
}

const stale = new Set<string>();

/** Keeps the list current: one entry per answer or assessment change (read at once while the list
 * is on screen, else when it is shown next), the whole list after an import or a deletion. */
function handleChange(msg: ChangeMessage): void {
  if (assessmentList.value.status !== 'ready') return;
  if (msg.type === 'answer' || msg.type === 'assessment') {
    if (shown > 0) void refreshEntry(msg.assessmentId);
    else stale.add(msg.assessmentId);
  } else if (msg.type === 'assessments') {
    answerCounts.value = new Map();
    void reloadList();
  }
}

/** Stores a new assessment; false (and the problem on screen) if it could not be saved. Asked
 * again with the same id (the form's button pressed after „Jetzt erneut speichern“ stored it),
 * it succeeds without a second copy. */
export async function createAssessment(a: Assessment): Promise<boolean> {
  const ok = await attempt(`create:${a.id}`, { type: 'newAssessment', label: a.office }, async () => {
    if (await readAssessmentEntry(a.id)) return;
    await storeAssessment(a);
  });
  if (!ok) return false;
  changed({ type: 'assessments' });
  void keepUsedQuestionnaires([{ id: a.questionnaireId, version: a.questionnaireVersion }]);
  void requestPersistentStorage();
  return true;
}

/** Deletes an assessment with its answers; gives what an undo needs (null if it failed). */
export async function deleteAssessment(a: Assessment): Promise<DeletedAssessment | null> {
  let deleted: DeletedAssessment | null = null;
  const ok = await attempt(`delete:${a.id}`, { type: 'delete', label: a.office }, async () => {
    deleted = await removeAssessment(a.id);
  });
  if (!ok) return null;
  // its unsaved answers have nowhere to go now
  removeAll(`answer:${a.id}:`);
  removeAll(`note:${a.id}:`);
  closeSession(a.id);
  changed({ type: 'assessments' });
  return deleted;
}

/** Puts a deleted assessment back („Rückgängig“). */
export async function restoreAssessment(label: string, deleted: DeletedAssessment): Promise<boolean> {
  const ok = await attempt(`restore:${label}`, { type: 'restore', label }, () => putBack(deleted));
  if (ok) changed({ type: 'assessments' });
  return ok;
}

/** Office names used so far, for suggestions (none if they cannot be read). */
export function listOfficeNames(): Promise<string[]> {
  return readOfficeNames().catch(() => []);
}

/** Forgets the list, so that the next screen reads it again (the database was replaced). */
export function resetAssessmentList(): void {
  loading = null;
  assessmentList.value = { status: 'loading' };
  answerCounts.value = new Map();
}

subscribe(handleChange);

// what was read is gone with the database
onDatabaseEvent((e) => {
  if (e === 'vanished') resetAssessmentList();
});

/** The workshops on this device for the start screen (none where they cannot be read). */
export function workshopsOnDevice(): Promise<WorkshopSummary[]> {
  return workshopSummaries().catch((e: unknown) => {
    console.error('Workshops nicht lesbar', e);
    return [];
  });
}

/** The workshop each consensus assessment belongs to (its card and screens lead back there);
 * an empty map when the device cannot be read (the cards then only lead to the results). */
export function workshopsOfConsensus(): Promise<ReadonlyMap<string, string>> {
  return consensusWorkshops().catch((e: unknown) => {
    console.error('Workshops nicht lesbar', e);
    return new Map<string, string>();
  });
}
