// Workshops and the plan of measures. A workshop is one record, written whole after every change
// (it is small); so a reload, a crash or a closed window finds it as it was.
import { parseWith as parse } from '../core/issues';
import { compareInstants } from '../core/time';
import { PlanItem, Workshop } from '../core/workshop';
import { db } from './db';
import { translateError } from './errors';

/** Stores a workshop (new or changed); resolves once committed. */
export async function saveWorkshop(w: Workshop): Promise<void> {
  const d = await db();
  await d.put('workshops', Workshop.parse(w)).catch(translateError);
}

/** One workshop, or null (also when the stored record is unreadable: `errors` says why). */
export async function loadWorkshop(id: string): Promise<{ workshop: Workshop | null; errors: string[] }> {
  const d = await db();
  const raw = await d.get('workshops', id);
  if (raw === undefined) return { workshop: null, errors: [] };
  const r = parse(Workshop, raw);
  return r.ok ? { workshop: r.value, errors: [] } : { workshop: null, errors: r.errors };
}

/** All readable workshops, newest change first. */
export async function listWorkshops(): Promise<Workshop[]> {
  const d = await db();
  const out: Workshop[] = [];
  for (const raw of await d.getAll('workshops')) {
    const r = parse(Workshop, raw);
    if (r.ok) out.push(r.value);
  }
  return out.sort((a, b) => compareInstants(b.updatedAt, a.updatedAt));
}

/** The plan items of an office (all offices without argument); unreadable ones are left out. */
export async function listPlan(office?: string): Promise<PlanItem[]> {
  const d = await db();
  const raws = office === undefined ? await d.getAll('plan') : await d.getAllFromIndex('plan', 'byOffice', office);
  const out: PlanItem[] = [];
  for (const raw of raws) {
    const r = parse(PlanItem, raw);
    if (r.ok) out.push(r.value);
  }
  return out;
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
