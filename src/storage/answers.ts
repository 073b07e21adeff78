// Answers and notes: each change is one blind write to its own record, committed before the
// promise resolves. Values and notes live in separate records, so two tabs that change the level
// and the note of the same question never overwrite each other. A cleared answer is deleted, so
// counting an assessment's answers is an index count. The answer write is one put in one store:
// the assessment's `activity` time (for lists) is written apart, after it.
import { StoredAnswer, StoredNote, type AnswerRecord, type AnswerValue } from '../core/assessment';
import { db } from './db';
import { translateError } from './errors';
import { mergeAnswers, sheetOf } from './sheets';

/** Stores the answer of one question (null clears it); resolves once committed. */
export async function saveAnswer(
  assessmentId: string,
  questionId: string,
  value: AnswerValue | null,
  now = new Date(),
): Promise<StoredAnswer> {
  const record: StoredAnswer = { assessmentId, questionId, value, updatedAt: now.toISOString() };
  const d = await db();
  const tx = d.transaction('answers', 'readwrite', { durability: 'strict' });
  try {
    await Promise.all([value === null ? tx.store.delete([assessmentId, questionId]) : tx.store.put(record), tx.done]);
  } catch (e) {
    translateError(e);
  }
  return record;
}

/** Stores the note of one question (an empty note removes it); resolves once committed. */
export async function saveNote(assessmentId: string, questionId: string, note: string, now = new Date()): Promise<void> {
  const d = await db();
  const tx = d.transaction('notes', 'readwrite', { durability: 'strict' });
  try {
    await Promise.all([
      note === ''
        ? tx.store.delete([assessmentId, questionId])
        : tx.store.put({ assessmentId, questionId, note, updatedAt: now.toISOString() }),
      tx.done,
    ]);
  } catch (e) {
    translateError(e);
  }
}

/** Records when an assessment's answers last changed (a later time only; for lists). */
export async function touchActivity(assessmentId: string, at: string): Promise<void> {
  const d = await db();
  const tx = d.transaction('activity', 'readwrite');
  try {
    const stored = await tx.store.get(assessmentId);
    if (!stored || Date.parse(stored.at) < Date.parse(at)) await tx.store.put({ assessmentId, at });
    await tx.done;
  } catch (e) {
    translateError(e);
  }
}

/** The current stored answer and note of one question (another tab may have changed them), or null. */
export async function readAnswer(assessmentId: string, questionId: string): Promise<AnswerRecord | null> {
  const d = await db();
  const tx = d.transaction(['answers', 'notes', 'sheets']);
  const [a, n, s] = await Promise.all([
    tx.objectStore('answers').get([assessmentId, questionId]),
    tx.objectStore('notes').get([assessmentId, questionId]),
    tx.objectStore('sheets').get(assessmentId),
  ]);
  const answer = a ? StoredAnswer.safeParse(a).data : undefined;
  const note = n ? StoredNote.safeParse(n).data : undefined;
  const merged = mergeAnswers(
    assessmentId,
    sheetOf(s),
    new Map(answer ? [[questionId, answer]] : []),
    new Map(note ? [[questionId, note]] : []),
  ).get(questionId);
  return merged ?? null;
}
