// Sheets: the answers of an imported assessment in one record (core StoredSheet), so that an
// import writes one record per assessment. Per-question records and a sheet never stand side by
// side for long: the first edit on the device unpacks the sheet into per-question records (one
// transaction), and an import that replaces an assessment deletes its per-question records. Where
// both exist, the per-question record wins (it was written later, by a person).
import { StoredAnswer, StoredNote, mergeAnswer, type AnswerRecord } from '../core/assessment';
import { StoredSheet } from '../core/exchange';
import { parseStored as parse } from '../core/issues';
import { db } from './db';
import { translateError } from './errors';

/** The answers of one assessment from its sheet (if any) and its per-question records. */
export function mergeAnswers(
  assessmentId: string,
  sheet: StoredSheet | undefined,
  values: ReadonlyMap<string, StoredAnswer>,
  notes: ReadonlyMap<string, StoredNote>,
): Map<string, AnswerRecord> {
  const answers = new Map<string, AnswerRecord>();
  for (const a of sheet?.answers ?? [])
    if (a.value !== null || a.note)
      answers.set(a.questionId, {
        assessmentId,
        questionId: a.questionId,
        value: a.value,
        ...(a.note ? { note: a.note } : {}),
        updatedAt: a.updatedAt,
      });
  for (const q of new Set([...values.keys(), ...notes.keys()])) {
    const fromSheet = answers.get(q);
    const merged = mergeAnswer(assessmentId, q, values.get(q), notes.get(q));
    // a per-question record replaces the sheet's value or note for that question, not both
    answers.set(q, {
      ...merged,
      value: values.has(q) ? merged.value : (fromSheet?.value ?? null),
      ...(notes.has(q) ? {} : fromSheet?.note ? { note: fromSheet.note } : {}),
    });
  }
  return answers;
}

/** A stored sheet, parsed (undefined when there is none or it is unreadable). */
export function sheetOf(raw: unknown): StoredSheet | undefined {
  if (raw === undefined) return undefined;
  const r = parse(StoredSheet, raw);
  return r.ok ? r.value : undefined;
}

/** Turns an assessment's sheet into per-question records (no-op without one). Called before the
 * first answer a person writes into an imported assessment; two tabs doing it at once is safe. */
export async function unpackSheet(assessmentId: string): Promise<void> {
  const d = await db();
  const tx = d.transaction(['sheets', 'answers', 'notes'], 'readwrite');
  const work = (async () => {
    const sheet = sheetOf(await tx.objectStore('sheets').get(assessmentId));
    if (!sheet) return;
    const answers = tx.objectStore('answers');
    const notes = tx.objectStore('notes');
    for (const a of sheet.answers) {
      // a record written meanwhile (another tab) is newer than the sheet: it stays
      if (a.value !== null && !(await answers.getKey([assessmentId, a.questionId])))
        await answers.put({ assessmentId, questionId: a.questionId, value: a.value, updatedAt: a.updatedAt });
      if (a.note && !(await notes.getKey([assessmentId, a.questionId])))
        await notes.put({ assessmentId, questionId: a.questionId, note: a.note, updatedAt: a.updatedAt });
    }
    await tx.objectStore('sheets').delete(assessmentId);
  })();
  try {
    await Promise.all([work, tx.done]);
  } catch (e) {
    translateError(e);
  }
}

/** How many questions of a sheet have an answer. */
export function sheetCount(sheet: StoredSheet): number {
  return sheet.answers.filter((a) => a.value !== null).length;
}
