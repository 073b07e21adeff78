// Reading everything for export and comparison, and writing an import: one file = one
// transaction over every store it touches, so a file that fails part-way changes nothing.
import { Assessment, StoredAnswer, StoredNote, mergeAnswer, type AnswerRecord } from '../core/assessment';
import { toExported, type ExportedAssessment } from '../core/exchange';
import { parseWith as parse } from '../core/issues';
import type { Questionnaire } from '../core/questionnaire';
import type { PlanItem } from '../core/workshop';
import { unwrap } from 'idb';
import { readAllRecords } from './assessments';
import { db } from './db';
import { translateError } from './errors';

export interface StoredItem {
  assessment: Assessment;
  answers: Map<string, AnswerRecord>;
}

/** Every readable assessment with its answers, read in one go (corrupt records are skipped:
 * the start screen reports them). */
export async function loadEverything(): Promise<StoredItem[]> {
  const [rawAssessments, rawAnswers, rawNotes] = await readAllRecords();
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
    const answers = new Map<string, AnswerRecord>();
    let last = r.value.updatedAt;
    for (const qid of new Set([...v.keys(), ...n.keys()])) {
      const rec = mergeAnswer(id, qid, v.get(qid), n.get(qid));
      answers.set(qid, rec);
      if (rec.updatedAt > last) last = rec.updatedAt;
    }
    out.push({ assessment: { ...r.value, updatedAt: last }, answers });
  }
  return out;
}

/** The stored versions of some assessment ids, in export form (for comparing with a file). */
export async function storedVersions(ids: readonly string[]): Promise<Map<string, ExportedAssessment>> {
  const wanted = new Set(ids);
  const all = await loadEverything();
  return new Map(all.filter((x) => wanted.has(x.assessment.id)).map((x) => [x.assessment.id, toExported(x.assessment, x.answers)]));
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
  const tx = d.transaction(['assessments', 'answers', 'notes', 'questionnaires', 'plan'], 'readwrite');
  const assessments = tx.objectStore('assessments');
  const answers = tx.objectStore('answers');
  const notes = tx.objectStore('notes');
  // requests are queued without waiting for each other (one round trip per file, not per record);
  // the data was validated at the boundary, so records are built, not parsed again
  const requests: Promise<unknown>[] = [];
  const rawAnswers = unwrap(answers);
  const rawNotes = unwrap(notes);
  const work = (async () => {
    // a plan item replaces a stored one only when it is newer: a status updated here is not undone
    for (const item of plan) {
      const stored = await tx.objectStore('plan').get(item.id);
      if (!stored || stored.updatedAt < item.updatedAt) requests.push(tx.objectStore('plan').put(item));
    }
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
      // the many answer records go straight to IndexedDB without a promise each (a failing one
      // aborts the transaction, which tx.done reports)
      for (const a of step.item.answers) {
        if (a.value !== null) rawAnswers.put({ assessmentId: id, questionId: a.questionId, value: a.value, updatedAt: a.updatedAt });
        if (a.note) rawNotes.put({ assessmentId: id, questionId: a.questionId, note: a.note, updatedAt: a.updatedAt });
      }
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
