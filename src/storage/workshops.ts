// Workshops and the plan of measures. A workshop is a fixed record and its facts (an agreement, a
// show of hands, a note, where the room stands …), each fact its own small blind write, so that two
// windows acting at once never overwrite each other and a reload never writes an old state back.
import { parseStored as parse } from '../core/issues';
import { compareInstants } from '../core/time';
import { PlanItem, WorkshopFact, WorkshopRecord, assembleWorkshop, checkFact, type Workshop } from '../core/workshop';
import { db } from './db';
import { translateError } from './errors';

/** Stores a new workshop with its first facts, in one transaction. */
export async function createWorkshop(record: WorkshopRecord, facts: readonly WorkshopFact[] = []): Promise<void> {
  const d = await db();
  const tx = d.transaction(['workshops', 'workshopFacts'], 'readwrite');
  try {
    await Promise.all([
      tx.objectStore('workshops').add(WorkshopRecord.parse(record)),
      ...facts.map((f) => tx.objectStore('workshopFacts').put(WorkshopFact.parse(f))),
      tx.done,
    ]);
  } catch (e) {
    translateError(e);
  }
}

/** Stores facts of a running workshop (each a blind put; an order change is two), committed strictly. */
export async function saveFacts(facts: readonly WorkshopFact[]): Promise<void> {
  const d = await db();
  const tx = d.transaction('workshopFacts', 'readwrite', { durability: 'strict' });
  try {
    await Promise.all([...facts.map((f) => tx.store.put(WorkshopFact.parse(f))), tx.done]);
  } catch (e) {
    translateError(e);
  }
}

/** Freezes the agenda of a workshop that has none (one written by database v3). */
export async function setAgenda(id: string, agenda: readonly string[]): Promise<void> {
  const d = await db();
  const tx = d.transaction('workshops', 'readwrite');
  try {
    const current = WorkshopRecord.parse(await tx.store.get(id));
    if (current.agenda.length === 0) await tx.store.put({ ...current, agenda: [...agenda] });
    await tx.done;
  } catch (e) {
    translateError(e);
  }
}

/** One workshop's record and facts (facts that do not read are left out and reported). */
export async function loadWorkshop(id: string): Promise<{ record: WorkshopRecord | null; facts: WorkshopFact[]; errors: string[] }> {
  const d = await db();
  const tx = d.transaction(['workshops', 'workshopFacts']);
  const [raw, rawFacts] = await Promise.all([
    tx.objectStore('workshops').get(id),
    tx.objectStore('workshopFacts').index('byWorkshop').getAll(id),
  ]);
  if (raw === undefined) return { record: null, facts: [], errors: [] };
  const r = parse(WorkshopRecord, raw);
  if (!r.ok) return { record: null, facts: [], errors: r.errors };
  const { facts, errors } = readFacts(rawFacts);
  return { record: r.value, facts, errors };
}

function readFacts(raws: unknown[]): { facts: WorkshopFact[]; errors: string[] } {
  const facts: WorkshopFact[] = [];
  const errors: string[] = [];
  for (const raw of raws) {
    const shape = parse(WorkshopFact, raw);
    const r = shape.ok ? checkFact(shape.value) : shape;
    if (r.ok) facts.push(r.value);
    else errors.push(...r.errors);
  }
  return { facts, errors };
}

/** All readable workshops, assembled, newest change first. */
export async function listWorkshops(): Promise<Workshop[]> {
  const d = await db();
  const tx = d.transaction(['workshops', 'workshopFacts']);
  const [raws, rawFacts] = await Promise.all([tx.objectStore('workshops').getAll(), tx.objectStore('workshopFacts').getAll()]);
  const { facts } = readFacts(rawFacts);
  const out: Workshop[] = [];
  for (const raw of raws) {
    const r = parse(WorkshopRecord, raw);
    if (r.ok)
      out.push(
        assembleWorkshop(
          r.value,
          facts.filter((f) => f.workshopId === r.value.id),
        ),
      );
  }
  return out.sort((a, b) => compareInstants(b.updatedAt, a.updatedAt));
}

/** The plan items of an office (all offices without argument); unreadable ones are left out. */
export async function listPlan(office?: string): Promise<PlanItem[]> {
  return (await readPlan(office)).items;
}

/** The plan items of an office, and the German reasons of those that could not be read. */
export async function readPlan(office?: string): Promise<{ items: PlanItem[]; errors: string[] }> {
  const d = await db();
  const raws = office === undefined ? await d.getAll('plan') : await d.getAllFromIndex('plan', 'byOffice', office);
  const items: PlanItem[] = [];
  const errors: string[] = [];
  for (const raw of raws) {
    const r = parse(PlanItem, raw);
    if (r.ok) items.push(r.value);
    else errors.push(...r.errors.slice(0, 3));
  }
  return { items, errors };
}

/** Stores a plan item (new or changed). */
export async function savePlanItem(item: PlanItem): Promise<void> {
  const d = await db();
  await d.put('plan', PlanItem.parse(item)).catch(translateError);
}

/** Changes some fields of a stored plan item, read and written in one transaction (so two quick
 * edits, or two windows, never undo each other). An empty `due` removes the date. */
export async function updatePlanItem(
  id: string,
  patch: Partial<Pick<PlanItem, 'owner' | 'due' | 'status' | 'title'>>,
  now = new Date(),
): Promise<void> {
  const d = await db();
  const tx = d.transaction('plan', 'readwrite');
  const current = PlanItem.parse(await tx.store.get(id));
  const next: PlanItem = { ...current, ...patch, updatedAt: now.toISOString() };
  if (!next.due) delete next.due;
  await Promise.all([tx.store.put(PlanItem.parse(next)), tx.done]).catch(translateError);
}

/** Removes a plan item. */
export async function deletePlanItem(id: string): Promise<void> {
  const d = await db();
  await d.delete('plan', id).catch(translateError);
}
