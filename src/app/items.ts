// Assessments with all their answers, for the screens that work on many at once (compare, export,
// a workshop's pre-votes). Read from storage once, then kept current by change messages: a changed
// answer re-reads that one assessment, an import or deletion drops the cache.
import { loadItems as storedItemsOf, type StoredItem } from '../storage/exchange';
import type { ChangeMessage } from './changes';

export type { StoredItem } from '../storage/exchange';

let all: Promise<Map<string, StoredItem>> | null = null;

/** Every readable assessment on the device with its answers. */
export async function loadAllItems(): Promise<StoredItem[]> {
  all ??= storedItemsOf('all').then(
    (items) => new Map(items.map((i) => [i.assessment.id, i])),
    (e: unknown) => {
      all = null;
      throw e;
    },
  );
  return [...(await all).values()];
}

/** The assessments of one office with their answers (from the cache if it is loaded). */
export async function loadOfficeItems(office: string): Promise<StoredItem[]> {
  if (all) return [...(await all).values()].filter((i) => i.assessment.office === office);
  return storedItemsOf({ office });
}

/** Some assessments with their answers, in the order of `ids` (missing ones left out). */
export async function loadItemsById(ids: readonly string[]): Promise<StoredItem[]> {
  const found = all ? await all : new Map((await storedItemsOf({ ids })).map((i) => [i.assessment.id, i]));
  return ids.map((id) => found.get(id)).filter((x): x is StoredItem => x !== undefined);
}

/** Keeps the cache current. */
export function handleChange(msg: ChangeMessage): void {
  if (!all) return;
  if (msg.type === 'assessments') {
    all = null;
    return;
  }
  if (msg.type !== 'answer' && msg.type !== 'assessment') return;
  const id = msg.assessmentId;
  const cache = all;
  void storedItemsOf({ ids: [id] }).then(
    async ([item]) => {
      const map = await cache;
      if (all !== cache) return;
      if (item) map.set(id, item);
      else map.delete(id);
    },
    () => {
      if (all === cache) all = null;
    },
  );
}

/** Forgets the cache (the database was replaced). */
export function resetItems(): void {
  all = null;
}
