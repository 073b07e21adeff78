// Answers and notes: each change is one blind write to its own record (plus the assessment's
// `activity` time), committed before the promise resolves. Values and notes live in separate
// records, so two tabs that change the level and the note of the same question never overwrite
// each other. A cleared answer is deleted, so counting an assessment's answers is an index count.
import { StoredAnswer, StoredNote, mergeAnswer, type AnswerRecord, type AnswerValue } from '../core/assessment';
import { db } from './db';
import { translateError } from './errors';

/** Stores the answer of one question (null clears it); resolves once committed. */
export async function saveAnswer(
  assessmentId: string,
  questionId: string,
  value: AnswerValue | null,
  now = new Date(),
): Promise<StoredAnswer> {
  const record: StoredAnswer = { assessmentId, questionId, value, updatedAt: now.toISOString() };
  const d = await db();
  const tx = d.transaction(['answers', 'activity'], 'readwrite');
  const answers = tx.objectStore('answers');
  try {
    await Promise.all([
      value === null ? answers.delete([assessmentId, questionId]) : answers.put(record),
      tx.objectStore('activity').put({ assessmentId, at: record.updatedAt }),
      tx.done,
    ]);
  } catch (e) {
    translateError(e);
  }
  return record;
}

/** Stores the note of one question (an empty note removes it); resolves once committed. */
export async function saveNote(assessmentId: string, questionId: string, note: string, now = new Date()): Promise<void> {
  const d = await db();
  const tx = d.transaction(['notes', 'activity'], 'readwrite');
  const notes = tx.objectStore('notes');
  const at = now.toISOString();
  try {
    await Promise.all([
      note === '' ? notes.delete([assessmentId, questionId]) : notes.put({ assessmentId, questionId, note, updatedAt: at }),
      tx.objectStore('activity').put({ assessmentId, at }),
      tx.done,
    ]);
  } catch (e) {
    translateError(e);
  }
}

/** The current stored answer and note of one question (another tab may have changed them), or null. */
export async function readAnswer(assessmentId: string, questionId: string): Promise<AnswerRecord | null> {
  const d = await db();
  const tx = d.transaction(['answers', 'notes']);
  const [a, n] = await Promise.all([
    tx.objectStore('answers').get([assessmentId, questionId]),
    tx.objectStore('notes').get([assessmentId, questionId]),
  ]);
  const answer = a ? StoredAnswer.safeParse(a).data : undefined;
  const note = n ? StoredNote.safeParse(n).data : undefined;
  return answer || note ? mergeAnswer(assessmentId, questionId, answer, note) : null;
}
