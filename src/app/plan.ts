// The plan of measures of one office, as the plan screen shows and edits it. Every edit is shown
// at once and written through the one error state: a failed write keeps the edited value on
// screen (never reverts silently) and is retried.
import { signal } from '@preact/signals';
import type { PlanItem } from '../core/workshop';
import { deletePlanItem, readPlan, savePlanItem, updatePlanItem } from '../storage/workshops';
import { attempt } from './problems';

export type PlanState =
  | { office: string; status: 'loading' | 'failed' }
  | { office: string; status: 'ready'; items: readonly PlanItem[]; errors: readonly string[] };

/** The plan of the office last opened. */
export const plan = signal<PlanState | null>(null);

/** Loads the plan of an office. */
export async function openPlan(office: string): Promise<void> {
  if (plan.value?.office === office && plan.value.status !== 'failed') return;
  plan.value = { office, status: 'loading' };
  try {
    const { items, errors } = await readPlan(office);
    if (plan.value?.office === office) plan.value = { office, status: 'ready', items, errors };
  } catch (e) {
    console.error('Maßnahmenplan konnte nicht gelesen werden', e);
    if (plan.value?.office === office) plan.value = { office, status: 'failed' };
  }
}

function setItems(office: string, update: (items: readonly PlanItem[]) => readonly PlanItem[]): void {
  const p = plan.value;
  if (p?.office === office && p.status === 'ready') plan.value = { ...p, items: update(p.items) };
}

/** Adds a measure to the plan. */
export function addPlanItem(item: PlanItem): Promise<boolean> {
  setItems(item.office, (items) => [...items, item]);
  return attempt(`plan:${item.id}`, { type: 'plan', label: item.title }, () => savePlanItem(item), { repeat: true });
}

/** Changes owner, due date or status of a plan item. */
export function changePlanItem(item: PlanItem, patch: Partial<Pick<PlanItem, 'owner' | 'due' | 'status'>>): Promise<boolean> {
  setItems(item.office, (items) => items.map((i) => (i.id === item.id ? { ...i, ...patch } : i)));
  return attempt(
    `plan:${item.id}:${Object.keys(patch).join(',')}`,
    { type: 'plan', label: item.title },
    () => updatePlanItem(item.id, patch),
    {
      repeat: true,
    },
  );
}

/** Removes a plan item. */
export function removePlanItem(item: PlanItem): Promise<boolean> {
  setItems(item.office, (items) => items.filter((i) => i.id !== item.id));
  return attempt(`plan:${item.id}:delete`, { type: 'plan', label: item.title }, () => deletePlanItem(item.id), { repeat: true });
}
