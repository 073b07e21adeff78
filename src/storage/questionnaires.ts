// Questionnaires imported with export files or as questionnaire files (store `questionnaires`).
import { parseQuestionnaire, type Questionnaire } from '../core/questionnaire';
import { db } from './db';

/** Questionnaires imported earlier (parsed again; unreadable ones are left out). */
export async function listStoredQuestionnaires(): Promise<Questionnaire[]> {
  const d = await db();
  const out: Questionnaire[] = [];
  for (const raw of await d.getAll('questionnaires')) {
    const r = parseQuestionnaire(raw.data);
    if (r.ok) out.push(r.value);
  }
  return out;
}
