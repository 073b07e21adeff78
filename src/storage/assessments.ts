// Assessments: create, list (parsed, corrupt ones reported and skipped), delete with undo data.
import { Assessment, StoredAnswer, StoredNote, mergeAnswer, type AnswerRecord } from '../core/assessment';
import { parseWith as parse } from '../core/issues';
import { db } from './db';
import { translateError } from './errors';

/** A stored record that failed the schema check: shown to the user, never loaded. */
export interface CorruptRecord {
  store: 'assessments' | 'answers' | 'notes';
  key: string;
  errors: string[];
}

export interface AssessmentSummary {
  assessment: Assessment;
  /** answers given (level, weiß nicht or trifft nicht zu) */
  answered: number;
}

/** Stores a new assessment. */
export async function createAssessment(a: Assessment): Promise<void> {
  const d = await db();
  await d.add('assessments', Assessment.parse(a)).catch(translateError);
}

/** Every record of assessments, answers and notes as stored (unparsed), read in one transaction. */
export async function readAllRecords(): Promise<[unknown[], unknown[], unknown[]]> {
  const d = await db();
  const tx = d.transaction(['assessments', 'answers', 'notes']);
  return Promise.all([tx.objectStore('assessments').getAll(), tx.objectStore('answers').getAll(), tx.objectStore('notes').getAll()]);
}

/** All readable assessments, newest change first, with how many answers each has. */
export async function listAssessments(): Promise<{ items: AssessmentSummary[]; corrupt: CorruptRecord[] }> {
  const [rawAssessments, rawAnswers, rawNotes] = await readAllRecords();
  const corrupt: CorruptRecord[] = [];
  const counts = new Map<string, number>();
  const lastChange = new Map<string, string>();
  const touch = (id: string, at: string) => {
    if (at > (lastChange.get(id) ?? '')) lastChange.set(id, at);
  };
  for (const raw of rawAnswers) {
    const r = parse(StoredAnswer, raw);
    if (!r.ok) continue; // reported when the assessment is opened
    if (r.value.value) counts.set(r.value.assessmentId, (counts.get(r.value.assessmentId) ?? 0) + 1);
    touch(r.value.assessmentId, r.value.updatedAt);
  }
  for (const raw of rawNotes) {
    const r = parse(StoredNote, raw);
    if (r.ok) touch(r.value.assessmentId, r.value.updatedAt);
  }
  const items: AssessmentSummary[] = [];
  for (const raw of rawAssessments) {
    const r = parse(Assessment, raw);
    if (r.ok) items.push({ assessment: withLastChange(r.value, lastChange.get(r.value.id)), answered: counts.get(r.value.id) ?? 0 });
    else corrupt.push({ store: 'assessments', key: keyOf(raw), errors: r.errors });
  }
  items.sort((a, b) => b.assessment.updatedAt.localeCompare(a.assessment.updatedAt));
  return { items, corrupt };
}

/** The assessment with updatedAt raised to its latest answer or note (those do not touch the record). */
function withLastChange(a: Assessment, lastAnswer: string | undefined): Assessment {
  return lastAnswer && lastAnswer > a.updatedAt ? { ...a, updatedAt: lastAnswer } : a;
}

function keyOf(raw: unknown): string {
  const id = raw && typeof raw === 'object' && 'id' in raw ? raw.id : undefined;
  return typeof id === 'string' ? id : '(ohne ID)';
}

/** One assessment with its answers and notes; corrupt records are reported and left out. */
export async function loadAssessment(
  id: string,
): Promise<
  { assessment: Assessment; answers: Map<string, AnswerRecord>; corrupt: CorruptRecord[] } | { assessment: null; corrupt: CorruptRecord[] }
> {
  const d = await db();
  const tx = d.transaction(['assessments', 'answers', 'notes']);
  const [raw, rawAnswers, rawNotes] = await Promise.all([
    tx.objectStore('assessments').get(id),
    tx.objectStore('answers').index('byAssessment').getAll(id),
    tx.objectStore('notes').index('byAssessment').getAll(id),
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
  const answers = new Map<string, AnswerRecord>();
  for (const q of new Set([...values.keys(), ...notes.keys()])) answers.set(q, mergeAnswer(id, q, values.get(q), notes.get(q)));
  const last = [...answers.values()].reduce((m, a) => (a.updatedAt > m ? a.updatedAt : m), '');
  return { assessment: withLastChange(r.value, last), answers, corrupt };
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
}

/** Deletes an assessment with its answers and notes in one transaction; returns the raw records for undo. */
export async function deleteAssessment(id: string): Promise<DeletedAssessment> {
  const d = await db();
  const tx = d.transaction(['assessments', 'answers', 'notes'], 'readwrite');
  const assessment: unknown = await tx.objectStore('assessments').get(id);
  const answers: unknown[] = await tx.objectStore('answers').index('byAssessment').getAll(id);
  const notes: unknown[] = await tx.objectStore('notes').index('byAssessment').getAll(id);
  const answerKeys = await tx.objectStore('answers').index('byAssessment').getAllKeys(id);
  const noteKeys = await tx.objectStore('notes').index('byAssessment').getAllKeys(id);
  await tx.objectStore('assessments').delete(id);
  for (const k of answerKeys) await tx.objectStore('answers').delete(k);
  for (const k of noteKeys) await tx.objectStore('notes').delete(k);
  await tx.done;
  return { assessment, answers, notes };
}

/** Puts a deleted assessment back (undo). */
export async function restoreAssessment(deleted: DeletedAssessment): Promise<void> {
  const d = await db();
  const tx = d.transaction(['assessments', 'answers', 'notes'], 'readwrite');
  // the records go back exactly as they were read
  await tx.objectStore('assessments').put(deleted.assessment as Assessment);
  for (const a of deleted.answers) await tx.objectStore('answers').put(a as StoredAnswer);
  for (const n of deleted.notes) await tx.objectStore('notes').put(n as StoredNote);
  await tx.done.catch(translateError);
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
