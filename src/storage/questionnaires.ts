// The questionnaires kept on this device (store `questionnaires`, key [id, version]): those
// imported as questionnaire files or inside export files, and a copy of every bundled
// questionnaire an assessment or workshop was made with (stored at first use), so that no app
// update that changes the bundled files can leave an assessment without its questionnaire.
import { parseQuestionnaire, type Questionnaire } from '../core/questionnaire';
import { db, type StoredQuestionnaire } from './db';
import { translateError } from './errors';

export type QuestionnaireOrigin = NonNullable<StoredQuestionnaire['origin']>;

export interface StoredQuestionnaireEntry {
  questionnaire: Questionnaire;
  /** how it came to this device: brought by the app, or imported by a person */
  origin: QuestionnaireOrigin;
  storedAt: string;
}

/** Every stored questionnaire (parsed again; unreadable ones are left out and named). */
export async function listStoredQuestionnaireEntries(): Promise<{ entries: StoredQuestionnaireEntry[]; unreadable: string[] }> {
  const d = await db();
  const entries: StoredQuestionnaireEntry[] = [];
  const unreadable: string[] = [];
  for (const raw of await d.getAll('questionnaires')) {
    const r = parseQuestionnaire(raw.data);
    if (r.ok) entries.push({ questionnaire: r.value, origin: raw.origin ?? 'imported', storedAt: raw.importedAt });
    else unreadable.push(`${String(raw.id)} ${String(raw.version)}`);
  }
  return { entries, unreadable };
}

/** Questionnaires stored earlier (parsed again; unreadable ones are left out). */
export async function listStoredQuestionnaires(): Promise<Questionnaire[]> {
  return (await listStoredQuestionnaireEntries()).entries.map((e) => e.questionnaire);
}

/** Keeps a copy of questionnaires the app brought (an existing record of the same id and version
 * is left as it is). */
export async function keepBundledCopies(list: readonly Questionnaire[], now = new Date()): Promise<void> {
  if (list.length === 0) return;
  const d = await db();
  const tx = d.transaction('questionnaires', 'readwrite');
  await Promise.all([
    ...list.map(async (q) => {
      if ((await tx.store.getKey([q.id, q.version])) === undefined)
        await tx.store.add({ id: q.id, version: q.version, importedAt: now.toISOString(), origin: 'bundled', data: q });
    }),
    tx.done,
  ]).catch(translateError);
}

/** Why a questionnaire cannot be removed: what still uses it. */
export class QuestionnaireInUseError extends Error {
  constructor(
    readonly assessments: number,
    readonly workshops: number,
  ) {
    super('Der Fragebogen wird noch verwendet.');
    this.name = 'QuestionnaireInUseError';
  }
}

/** Removes a stored questionnaire that no assessment and no workshop uses; checked and removed in
 * one transaction, so an assessment made meanwhile in another tab cannot lose its questionnaire. */
export async function removeStoredQuestionnaire(id: string, version: string): Promise<void> {
  const d = await db();
  const tx = d.transaction(['questionnaires', 'assessments', 'workshops'], 'readwrite');
  const uses = (records: unknown[]) =>
    records.filter((r) => {
      const x = r as { questionnaireId?: unknown; questionnaireVersion?: unknown } | null;
      return x?.questionnaireId === id && x.questionnaireVersion === version;
    }).length;
  const [assessments, workshops] = await Promise.all([tx.objectStore('assessments').getAll(), tx.objectStore('workshops').getAll()]);
  const a = uses(assessments);
  const w = uses(workshops);
  if (a > 0 || w > 0) {
    tx.abort();
    await tx.done.catch(() => undefined);
    throw new QuestionnaireInUseError(a, w);
  }
  await Promise.all([tx.objectStore('questionnaires').delete([id, version]), tx.done]).catch(translateError);
}

/** How many assessments and workshops use each questionnaire version ("id@version"). */
export async function questionnaireUsage(): Promise<Map<string, { assessments: number; workshops: number }>> {
  const d = await db();
  const tx = d.transaction(['assessments', 'workshops']);
  const [assessments, workshops] = await Promise.all([tx.objectStore('assessments').getAll(), tx.objectStore('workshops').getAll()]);
  const out = new Map<string, { assessments: number; workshops: number }>();
  const count = (records: unknown[], field: 'assessments' | 'workshops') => {
    for (const r of records) {
      const x = r as { questionnaireId?: unknown; questionnaireVersion?: unknown } | null;
      if (typeof x?.questionnaireId !== 'string' || typeof x.questionnaireVersion !== 'string') continue;
      const k = `${x.questionnaireId}@${x.questionnaireVersion}`;
      const u = out.get(k) ?? { assessments: 0, workshops: 0 };
      u[field]++;
      out.set(k, u);
    }
  };
  count(assessments, 'assessments');
  count(workshops, 'workshops');
  return out;
}
