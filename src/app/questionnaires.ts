// The questionnaires on this device: the bundled ones (a small index at hand at once, each full
// file fetched from our own origin when first needed and precached by the service worker) and
// those imported with export or questionnaire files (stored in IndexedDB). Loaded once, kept.
import { signal } from '@preact/signals';
import { onDatabaseEvent } from '../storage/db';
import BUNDLED from 'virtual:questionnaires';
import { parseQuestionnaire, type Questionnaire } from '../core/questionnaire';
import { indexEntryOf, type QuestionnaireIndexEntry } from '../core/questionnaire-index';
import { listStoredQuestionnaires } from '../storage/questionnaires';

export type { QuestionnaireIndexEntry } from '../core/questionnaire-index';

/** The questionnaire offered first for a new assessment or workshop. */
export const DEFAULT_QUESTIONNAIRE = 'digitale-verwaltung';

/** The bundled questionnaires' index entries, default first. */
export const bundledIndex: readonly QuestionnaireIndexEntry[] = [...BUNDLED].sort(
  (a, b) => Number(b.id === DEFAULT_QUESTIONNAIRE) - Number(a.id === DEFAULT_QUESTIONNAIRE),
);

const key = (id: string, version: string) => `${id}@${version}`;

/** Every questionnaire loaded so far, by "id@version" (bundled and imported). */
export const loadedQuestionnaires = signal<ReadonlyMap<string, Questionnaire>>(new Map());

function remember(list: readonly Questionnaire[]): void {
  if (list.length)
    loadedQuestionnaires.value = new Map([...loadedQuestionnaires.value, ...list.map((q) => [key(q.id, q.version), q] as const)]);
}

const fetching = new Map<string, Promise<Questionnaire | null>>();

/** The full bundled questionnaire `id` (null if it is not bundled or cannot be loaded). */
export function loadBundled(id: string): Promise<Questionnaire | null> {
  const entry = BUNDLED.find((e) => e.id === id);
  if (!entry) return Promise.resolve(null);
  const known = loadedQuestionnaires.value.get(key(entry.id, entry.version));
  if (known) return Promise.resolve(known);
  let p = fetching.get(id);
  if (!p) {
    p = fetch(entry.url)
      .then((r) => (r.ok ? (r.json() as Promise<unknown>) : Promise.reject(new Error(`${entry.url}: HTTP ${r.status}`))))
      .then((data) => {
        const r = parseQuestionnaire(data);
        if (!r.ok) {
          console.error(`Fragebogen ${id} ist ungültig`, r.errors);
          return null;
        }
        remember([r.value]);
        return r.value;
      })
      .catch((e: unknown) => {
        console.error(`Fragebogen ${id} konnte nicht geladen werden`, e);
        fetching.delete(id); // try again next time (e.g. back online before the first caching)
        return null;
      });
    fetching.set(id, p);
  }
  return p;
}

let storedLoaded: Promise<void> | null = null;

function loadStored(): Promise<void> {
  storedLoaded ??= listStoredQuestionnaires().then(remember, (e: unknown) => {
    console.error('Gespeicherte Fragebögen konnten nicht gelesen werden', e);
    storedLoaded = null;
  });
  return storedLoaded;
}

/** Makes questionnaires that were just imported known without a reload. */
export function rememberImported(list: readonly Questionnaire[]): void {
  remember(list);
}

/** The questionnaire an assessment was answered with: bundled if its version matches, else one
 * imported with an export file (null if neither). */
export async function questionnaireFor(id: string, version: string): Promise<Questionnaire | null> {
  if (isBundled({ id, version })) return loadBundled(id);
  await loadStored();
  return loadedQuestionnaires.value.get(key(id, version)) ?? null;
}

/** A lookup of every questionnaire on this device, bundled or imported, by id and version. */
export async function knownQuestionnaires(): Promise<(id: string, version: string) => Questionnaire | undefined> {
  await Promise.all([...BUNDLED.map((e) => loadBundled(e.id)), loadStored()]);
  const all = loadedQuestionnaires.value;
  return (id, version) => all.get(key(id, version));
}

/** Every version of a questionnaire id on this device, bundled or imported (call after
 * `knownQuestionnaires` has resolved). */
export function versionsOf(id: string): Questionnaire[] {
  return [...loadedQuestionnaires.value.values()].filter((q) => q.id === id);
}

/** Whether this exact questionnaire (id and version) is bundled with the app. */
export function isBundled(q: { id: string; version: string }): boolean {
  return BUNDLED.some((e) => e.id === q.id && e.version === q.version);
}

/** The index entry of a questionnaire version on this device, if known without loading it. */
export function indexEntry(id: string, version: string): QuestionnaireIndexEntry | undefined {
  const b = BUNDLED.find((e) => e.id === id && e.version === version);
  if (b) return b;
  const q = loadedQuestionnaires.value.get(key(id, version));
  return q ? indexEntryOf(q) : undefined;
}

/** The newest known title of a questionnaire id (for labels), if any. */
export function titleOf(id: string): QuestionnaireIndexEntry['title'] | undefined {
  return BUNDLED.find((e) => e.id === id)?.title ?? [...loadedQuestionnaires.value.values()].find((q) => q.id === id)?.title;
}

/** Loads the imported questionnaires so that `indexEntry` and `titleOf` know them. */
export function loadStoredQuestionnaires(): Promise<void> {
  return loadStored();
}

/** Forgets the imported questionnaires read so far (the database was replaced). */
export function forgetStoredQuestionnaires(): void {
  storedLoaded = null;
  loadedQuestionnaires.value = new Map([...loadedQuestionnaires.value].filter(([, q]) => isBundled(q)));
}

// what was read is gone with the database
onDatabaseEvent((e) => {
  if (e === 'vanished') forgetStoredQuestionnaires();
});
