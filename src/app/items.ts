// Assessments with all their answers, for the screens that work on many at once (compare, export,
// a workshop's pre-votes). Read from storage once, then kept current by change messages: a changed
// answer marks that assessment to be read again when next asked, an import or deletion drops the cache.
import { onDatabaseEvent } from '../storage/db';
import { loadItems as storedItemsOf, type StoredItem } from '../storage/exchange';
import { subscribe, type ChangeMessage } from './changes';

export type { StoredItem } from '../storage/exchange';

let all: Promise<Map<string, StoredItem>> | null = null;
const stale = new Set<string>();

/** Every readable assessment on the device with its answers. */
export async function loadAllItems(): Promise<StoredItem[]> {
  all ??= storedItemsOf('all').then(
    (items) => new Map(items.map((i) => [i.assessment.id, i])),
    (e: unknown) => {
      all = null;
      throw e;
    },
  );
  return [...(await fresh()).values()];
}

/** The cache with the assessments changed since it was read read again. */
async function fresh(): Promise<Map<string, StoredItem>> {
  const cache = all!;
  const map = await cache;
  if (stale.size === 0) return map;
  const ids = [...stale];
  stale.clear();
  const items = await storedItemsOf({ ids });
  for (const id of ids) map.delete(id);
  for (const i of items) map.set(i.assessment.id, i);
  return map;
}

/** The assessments of one office with their answers (from the cache if it is loaded). */
export async function loadOfficeItems(office: string): Promise<StoredItem[]> {
  if (all) return [...(await fresh()).values()].filter((i) => i.assessment.office === office);
  return storedItemsOf({ office });
}

/** Some assessments with their answers, in the order of `ids` (missing ones left out). */
export async function loadItemsById(ids: readonly string[]): Promise<StoredItem[]> {
  const found = all ? await fresh() : new Map((await storedItemsOf({ ids })).map((i) => [i.assessment.id, i]));
  return ids.map((id) => found.get(id)).filter((x): x is StoredItem => x !== undefined);
}

/** Keeps the cache current. */
function handleChange(msg: ChangeMessage): void {
  if (!all) return;
  if (msg.type === 'assessments') {
    all = null;
    return;
  }
  // read again when next asked (a changed answer must not cost a read while nobody compares)
  if (msg.type === 'answer' || msg.type === 'assessment') stale.add(msg.assessmentId);
}

/** Forgets the cache (the database was replaced). */
export function resetItems(): void {
  all = null;
  stale.clear();
}

subscribe(handleChange);

// what was read is gone with the database
onDatabaseEvent((e) => {
  if (e === 'vanished') resetItems();
});
