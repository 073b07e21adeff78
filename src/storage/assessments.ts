// Assessments: create, list (parsed, corrupt ones reported and skipped; no answer is read for a
// list), load one with its answers, targets, delete with undo data.
import { Assessment, StoredAnswer, StoredNote, type AnswerRecord } from '../core/assessment';
import { StoredSheet } from '../core/exchange';
import { parseStored as parse } from '../core/issues';
import { latest } from '../core/time';
import { db, type Activity } from './db';
import { mergeAnswers, sheetCount, sheetOf } from './sheets';
import { translateError } from './errors';

/** A stored record that failed the schema check: shown to the user, never loaded. */
export interface CorruptRecord {
  store: 'assessments' | 'answers' | 'notes' | 'sheets';
  key: string;
  errors: string[];
}

/** An assessment as a list shows it: the record, and when its answers or notes last changed. */
export interface AssessmentEntry {
  assessment: Assessment;
  /** the later of the record's own change and its last answer or note (UTC ISO time) */
  lastChange: string;
}

/** Stores a new assessment. */
export async function createAssessment(a: Assessment): Promise<void> {
  const d = await db();
  await d.add('assessments', Assessment.parse(a)).catch(translateError);
}

/** Every readable assessment record with its last change (no answers are read); unreadable
 * records are reported. Two small reads in one transaction, whatever the number of answers. */
export async function listAssessmentEntries(): Promise<{ entries: AssessmentEntry[]; corrupt: CorruptRecord[] }> {
  const d = await db();
  const tx = d.transaction(['assessments', 'activity']);
  const [raws, activity] = await Promise.all([tx.objectStore('assessments').getAll(), tx.objectStore('activity').getAll()]);
  const last = new Map(activity.map((a) => [a.assessmentId, a.at]));
  const entries: AssessmentEntry[] = [];
  const corrupt: CorruptRecord[] = [];
  for (const raw of raws) {
    const r = parse(Assessment, raw);
    if (r.ok) entries.push({ assessment: r.value, lastChange: latest(r.value.updatedAt, last.get(r.value.id)) ?? r.value.updatedAt });
    else corrupt.push({ store: 'assessments', key: keyOf(raw), errors: r.errors });
  }
  return { entries, corrupt };
}

/** One assessment's list entry (null if it is not stored or unreadable). */
export async function readAssessmentEntry(id: string): Promise<AssessmentEntry | null> {
  const d = await db();
  const tx = d.transaction(['assessments', 'activity']);
  const [raw, activity] = await Promise.all([tx.objectStore('assessments').get(id), tx.objectStore('activity').get(id)]);
  const r = raw === undefined ? null : parse(Assessment, raw);
  if (!r?.ok) return null;
  return { assessment: r.value, lastChange: latest(r.value.updatedAt, activity?.at) ?? r.value.updatedAt };
}

/** How many questions of each assessment have an answer: an index count per assessment (no answer
 * record is read), or the answers of its sheet while it has one. */
export async function countAnswers(ids: readonly string[]): Promise<Map<string, number>> {
  const d = await db();
  const tx = d.transaction(['answers', 'sheets']);
  const index = tx.objectStore('answers').index('byAssessment');
  const sheets = tx.objectStore('sheets');
  const counts = await Promise.all(
    ids.map(async (id) => {
      const [n, sheet] = await Promise.all([index.count(id), sheets.get(id)]);
      const s = sheetOf(sheet);
      return s ? Math.max(n, sheetCount(s)) : n;
    }),
  );
  return new Map(ids.map((id, i) => [id, counts[i]!]));
}

function keyOf(raw: unknown): string {
  const id = raw && typeof raw === 'object' && 'id' in raw ? raw.id : undefined;
  return typeof id === 'string' ? id : '(ohne ID)';
}

/** One assessment with its answers and notes; corrupt records are reported and left out. */
export async function loadAssessment(
  id: string,
): Promise<
  | { assessment: Assessment; answers: Map<string, AnswerRecord>; corrupt: CorruptRecord[]; packed: boolean }
  | { assessment: null; corrupt: CorruptRecord[] }
> {
  const d = await db();
  const tx = d.transaction(['assessments', 'answers', 'notes', 'sheets']);
  const [raw, rawAnswers, rawNotes, rawSheet] = await Promise.all([
    tx.objectStore('assessments').get(id),
    tx.objectStore('answers').index('byAssessment').getAll(id),
    tx.objectStore('notes').index('byAssessment').getAll(id),
    tx.objectStore('sheets').get(id),
  ]);
  if (raw === undefined) return { assessment: null, corrupt: [] };
  const r = parse(Assessment, raw);
  if (!r.ok) return { assessment: null, corrupt: [{ store: 'assessments', key: id, errors: r.errors }] };
  const corrupt: CorruptRecord[] = [];
  const values = new Map<string, StoredAnswer>();
  const notes = new Map<string, StoredNote>();
  for (const ra of rawAnswers) {
    const p = parse(StoredAnswer, ra);
    if (p.ok) values.set(p.value.questionId, p.value);
    else corrupt.push({ store: 'answers', key: `${id}/${keyOfAnswer(ra)}`, errors: p.errors });
  }
  for (const rn of rawNotes) {
    const p = parse(StoredNote, rn);
    if (p.ok) notes.set(p.value.questionId, p.value);
    else corrupt.push({ store: 'notes', key: `${id}/${keyOfAnswer(rn)}`, errors: p.errors });
  }
  const sheetRead = rawSheet === undefined ? null : parse(StoredSheet, rawSheet);
  if (sheetRead && !sheetRead.ok) corrupt.push({ store: 'sheets', key: id, errors: sheetRead.errors });
  const sheet = sheetRead?.ok ? sheetRead.value : undefined;
  const answers = mergeAnswers(id, sheet, values, notes);
  // the record's own time is raised to its last answer or note (those do not touch the record)
  const updatedAt = latest(r.value.updatedAt, ...[...answers.values()].map((a) => a.updatedAt)) ?? r.value.updatedAt;
  return { assessment: { ...r.value, updatedAt }, answers, corrupt, packed: sheet !== undefined };
}

function keyOfAnswer(raw: unknown): string {
  const q = raw && typeof raw === 'object' && 'questionId' in raw ? raw.questionId : undefined;
  return typeof q === 'string' ? q : '?';
}

/** Changes an assessment's own fields (targets, labels); answers are untouched. */
export async function updateAssessment(
  id: string,
  patch: Partial<Pick<Assessment, 'targets' | 'office' | 'respondent' | 'date'>>,
  now = new Date(),
): Promise<Assessment> {
  const d = await db();
  const tx = d.transaction('assessments', 'readwrite');
  const current = Assessment.parse(await tx.store.get(id));
  const next = Assessment.parse({ ...current, ...patch, updatedAt: now.toISOString() });
  await Promise.all([tx.store.put(next), tx.done]).catch(translateError);
  return next;
}

/** Sets or clears (null = back to the questionnaire's default) the targets of some dimensions.
 * Read and written in one transaction, so changes from two tabs to different dimensions both stay. */
export async function setTargets(id: string, changes: Readonly<Record<string, number | null>>, now = new Date()): Promise<Assessment> {
  const d = await db();
  const tx = d.transaction('assessments', 'readwrite');
  const current = Assessment.parse(await tx.store.get(id));
  const targets = { ...current.targets };
  for (const [dimensionId, value] of Object.entries(changes)) {
    if (value === null) delete targets[dimensionId];
    else targets[dimensionId] = value;
  }
  const next = Assessment.parse({ ...current, targets, updatedAt: now.toISOString() });
  await Promise.all([tx.store.put(next), tx.done]).catch(translateError);
  return next;
}

/** What deleteAssessment removed, so that an undo can put it back exactly. */
export interface DeletedAssessment {
  assessment: unknown;
  answers: unknown[];
  notes: unknown[];
  activity: unknown;
  sheet: unknown;
}

/** Deletes an assessment with its answers and notes in one transaction; returns the raw records for undo. */
export async function deleteAssessment(id: string): Promise<DeletedAssessment> {
  const d = await db();
  const tx = d.transaction(['assessments', 'answers', 'notes', 'activity', 'sheets'], 'readwrite');
  const work = (async () => {
    const sheet: unknown = await tx.objectStore('sheets').get(id);
    const assessment: unknown = await tx.objectStore('assessments').get(id);
    const answers: unknown[] = await tx.objectStore('answers').index('byAssessment').getAll(id);
    const notes: unknown[] = await tx.objectStore('notes').index('byAssessment').getAll(id);
    const activity: unknown = await tx.objectStore('activity').get(id);
    const answerKeys = await tx.objectStore('answers').index('byAssessment').getAllKeys(id);
    const noteKeys = await tx.objectStore('notes').index('byAssessment').getAllKeys(id);
    await Promise.all([
      tx.objectStore('assessments').delete(id),
      tx.objectStore('activity').delete(id),
      tx.objectStore('sheets').delete(id),
      ...answerKeys.map((k) => tx.objectStore('answers').delete(k)),
      ...noteKeys.map((k) => tx.objectStore('notes').delete(k)),
    ]);
    return { assessment, answers, notes, activity, sheet };
  })();
  const [deleted] = await Promise.all([work, tx.done]).catch(translateError);
  return deleted;
}

/** Puts a deleted assessment back (undo). */
export async function restoreAssessment(deleted: DeletedAssessment): Promise<void> {
  const d = await db();
  const tx = d.transaction(['assessments', 'answers', 'notes', 'activity', 'sheets'], 'readwrite');
  // the records go back exactly as they were read
  await Promise.all([
    tx.objectStore('assessments').put(deleted.assessment as Assessment),
    ...deleted.answers.map((a) => tx.objectStore('answers').put(a as StoredAnswer)),
    ...deleted.notes.map((n) => tx.objectStore('notes').put(n as StoredNote)),
    ...(deleted.activity ? [tx.objectStore('activity').put(deleted.activity as Activity)] : []),
    ...(deleted.sheet ? [tx.objectStore('sheets').put(deleted.sheet as StoredSheet)] : []),
    tx.done,
  ]).catch(translateError);
}

/** Office names used so far, for suggestions. */
export async function listOfficeNames(): Promise<string[]> {
  const d = await db();
  const names = new Set<string>();
  let cursor = await d.transaction('assessments').store.index('byOffice').openKeyCursor(null, 'nextunique');
  while (cursor) {
    if (typeof cursor.key === 'string') names.add(cursor.key);
    cursor = await cursor.continue();
  }
  return [...names].sort((a, b) => a.localeCompare(b, 'de'));
}

/** What the start screen shows of a workshop. */
export interface WorkshopSummary {
  id: string;
  consensusId: string;
  office: string;
  date: string;
}

/** The workshops on this device, newest date first, as the start screen shows them. Reads only
 * these fields of each workshop record (a damaged one is left out), so the start screen needs
 * none of the workshop code. */
export async function workshopSummaries(): Promise<WorkshopSummary[]> {
  const d = await db();
  const out: WorkshopSummary[] = [];
  for (const raw of (await d.getAll('workshops')) as unknown[]) {
    const r = raw as Partial<Record<keyof WorkshopSummary, unknown>> | null;
    if (
      typeof r?.id === 'string' &&
      typeof r.consensusId === 'string' &&
      typeof r.office === 'string' &&
      typeof r.date === 'string' &&
      /^\d{4}-\d{2}-\d{2}$/.test(r.date)
    )
      out.push({ id: r.id, consensusId: r.consensusId, office: r.office, date: r.date });
  }
  return out.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : a.office.localeCompare(b.office, 'de')));
}

/** Which workshop each consensus assessment belongs to (consensus id → workshop id). */
export async function consensusWorkshops(): Promise<Map<string, string>> {
  return new Map((await workshopSummaries()).map((w) => [w.consensusId, w.id]));
}
