// Reading everything for export and comparison, and writing an import: one file = one
// transaction over every store it touches, so a file that fails part-way changes nothing.
import { Assessment, StoredAnswer, StoredNote, type AnswerRecord } from '../core/assessment';
import { toExported, type ExportedAssessment, type StoredSheet } from '../core/exchange';
import { parseStored as parse } from '../core/issues';
import { latest } from '../core/time';
import type { Questionnaire } from '../core/questionnaire';
import type { PlanItem } from '../core/workshop';
import { unwrap } from 'idb';
import { db } from './db';
import { mergeAnswers, sheetOf } from './sheets';
import { translateError } from './errors';

export interface StoredItem {
  assessment: Assessment;
  answers: Map<string, AnswerRecord>;
}

/** Which assessments to read with their answers: some ids, one office's, or all. */
export type ItemSelection = { ids: readonly string[] } | { office: string } | 'all';

/** Readable assessments with their answers and notes (corrupt records are skipped: the start
 * screen reports them). Reads only what the selection needs. */
export async function loadItems(selection: ItemSelection): Promise<StoredItem[]> {
  const d = await db();
  const tx = d.transaction(['assessments', 'answers', 'notes', 'sheets']);
  const assessments = tx.objectStore('assessments');
  let rawAssessments: unknown[];
  let rawAnswers: unknown[];
  let rawNotes: unknown[];
  let rawSheets: unknown[];
  if (selection === 'all') {
    [rawAssessments, rawAnswers, rawNotes, rawSheets] = await Promise.all([
      assessments.getAll(),
      tx.objectStore('answers').getAll(),
      tx.objectStore('notes').getAll(),
      tx.objectStore('sheets').getAll(),
    ]);
  } else {
    if ('ids' in selection) {
      // one read of the keys first: for a file of new assessments nothing else is read
      const present = new Set(await assessments.getAllKeys());
      rawAssessments = await Promise.all(selection.ids.filter((id) => present.has(id)).map((id) => assessments.get(id)));
    } else rawAssessments = await assessments.index('byOffice').getAll(selection.office);
    const ids = rawAssessments.map(idOf).filter((x): x is string => x !== null);
    const answersIndex = tx.objectStore('answers').index('byAssessment');
    const notesIndex = tx.objectStore('notes').index('byAssessment');
    const sheets = tx.objectStore('sheets');
    [rawAnswers, rawNotes, rawSheets] = await Promise.all([
      Promise.all(ids.map((id) => answersIndex.getAll(id))).then((xs) => xs.flat()),
      Promise.all(ids.map((id) => notesIndex.getAll(id))).then((xs) => xs.flat()),
      Promise.all(ids.map((id) => sheets.get(id))).then((xs) => xs.filter((x) => x !== undefined)),
    ]);
  }
  return assemble(rawAssessments, rawAnswers, rawNotes, rawSheets);
}

function idOf(raw: unknown): string | null {
  const id = raw && typeof raw === 'object' && 'id' in raw ? raw.id : null;
  return typeof id === 'string' ? id : null;
}

/** Parsed assessments with their merged answers; the record's time raised to its last answer. */
function assemble(rawAssessments: unknown[], rawAnswers: unknown[], rawNotes: unknown[], rawSheets: unknown[]): StoredItem[] {
  const sheets = new Map<string, StoredSheet>();
  for (const raw of rawSheets) {
    const s = sheetOf(raw);
    if (s) sheets.set(s.assessmentId, s);
  }
  const values = new Map<string, Map<string, StoredAnswer>>();
  const notes = new Map<string, Map<string, StoredNote>>();
  const into = <T extends { assessmentId: string; questionId: string }>(m: Map<string, Map<string, T>>, x: T) => {
    let inner = m.get(x.assessmentId);
    if (!inner) m.set(x.assessmentId, (inner = new Map<string, T>()));
    inner.set(x.questionId, x);
  };
  for (const raw of rawAnswers) {
    const r = parse(StoredAnswer, raw);
    if (r.ok) into(values, r.value);
  }
  for (const raw of rawNotes) {
    const r = parse(StoredNote, raw);
    if (r.ok) into(notes, r.value);
  }
  const out: StoredItem[] = [];
  for (const raw of rawAssessments) {
    const r = parse(Assessment, raw);
    if (!r.ok) continue;
    const id = r.value.id;
    const v = values.get(id) ?? new Map<string, StoredAnswer>();
    const n = notes.get(id) ?? new Map<string, StoredNote>();
    const answers = mergeAnswers(id, sheets.get(id), v, n);
    const updatedAt = latest(r.value.updatedAt, ...[...answers.values()].map((a) => a.updatedAt)) ?? r.value.updatedAt;
    out.push({ assessment: { ...r.value, updatedAt }, answers });
  }
  return out;
}

/** The stored versions of some assessment ids, in export form (for comparing with a file). */
export async function storedVersions(ids: readonly string[]): Promise<Map<string, ExportedAssessment>> {
  const items = await loadItems({ ids: [...new Set(ids)] });
  return new Map(items.map((x) => [x.assessment.id, toExported(x.assessment, x.answers)]));
}

/** How one incoming assessment is written: added, replacing the stored one, or as a copy with a new id. */
export interface ImportStep {
  item: ExportedAssessment;
  mode: 'add' | 'replace' | 'copy';
  /** for "copy" */
  newId?: string;
}

/** Writes one file's assessments and questionnaires in a single transaction (all or nothing). */
export async function importFile(
  steps: readonly ImportStep[],
  questionnaires: readonly Questionnaire[],
  now = new Date(),
  plan: readonly PlanItem[] = [],
): Promise<void> {
  const d = await db();
  const tx = d.transaction(['assessments', 'answers', 'notes', 'questionnaires', 'plan', 'activity', 'sheets'], 'readwrite');
  const assessments = tx.objectStore('assessments');
  const answers = tx.objectStore('answers');
  const notes = tx.objectStore('notes');
  // requests are queued without waiting for each other (one round trip per file, not per record);
  // the data was validated at the boundary, so records are built, not parsed again; the answers of
  // each assessment go into one sheet record (thousands of writes for a large file, not hundreds
  // of thousands)
  const requests: Promise<unknown>[] = [];
  const sheets = unwrap(tx.objectStore('sheets'));
  const work = (async () => {
    // plan items as decided: new ones added (an id that exists aborts the file), replacing ones put
    for (const item of plan) requests.push(tx.objectStore('plan').put(item));
    for (const q of questionnaires)
      requests.push(tx.objectStore('questionnaires').put({ id: q.id, version: q.version, importedAt: now.toISOString(), data: q }));
    for (const step of steps) {
      const id = step.mode === 'copy' ? step.newId! : step.item.assessment.id;
      const assessment = Assessment.parse({ ...step.item.assessment, id });
      if (step.mode === 'replace') {
        for (const key of await answers.index('byAssessment').getAllKeys(id)) requests.push(answers.delete(key));
        for (const key of await notes.index('byAssessment').getAllKeys(id)) requests.push(notes.delete(key));
        requests.push(assessments.put(assessment));
      } else requests.push(assessments.add(assessment)); // an id that exists aborts the whole file
      // the sheets go straight to IndexedDB without a promise each (a failing one aborts the
      // transaction, which tx.done reports)
      const kept = step.item.answers.filter((a) => a.value !== null || a.note);
      if (kept.length) sheets.put({ assessmentId: id, answers: kept } satisfies StoredSheet);
      else if (step.mode === 'replace') sheets.delete(id);
      const last = latest(...step.item.answers.map((a) => a.updatedAt));
      if (last) requests.push(tx.objectStore('activity').put({ assessmentId: id, at: last }));
      else if (step.mode === 'replace') requests.push(tx.objectStore('activity').delete(id));
    }
    await Promise.all(requests);
  })();
  try {
    await Promise.all([work, tx.done]);
  } catch (e) {
    try {
      tx.abort();
    } catch {
      // already aborted by the failing request
    }
    await tx.done.catch(() => undefined);
    translateError(e);
  }
}
