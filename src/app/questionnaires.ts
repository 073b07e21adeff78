// The questionnaires on this device: the bundled ones (a small index at hand at once, each full
// file fetched from our own origin when first needed and precached by the service worker) and
// those kept in IndexedDB — imported ones, and a copy of every bundled questionnaire that an
// assessment or workshop was made with, so that an app update which changes the bundled files
// never leaves an assessment without the questionnaire it was answered with.
import { signal } from '@preact/signals';
import { onDatabaseEvent } from '../storage/db';
import BUNDLED from 'virtual:questionnaires';
import { parseQuestionnaire, type Questionnaire } from '../core/questionnaire';
import { indexEntryOf, type QuestionnaireIndexEntry } from '../core/questionnaire-index';
import { compareVersions } from '../core/version';
import {
  QuestionnaireInUseError,
  keepBundledCopies,
  listStoredQuestionnaireEntries,
  questionnaireUsage as readUsage,
  removeStoredQuestionnaire,
  type QuestionnaireOrigin,
} from '../storage/questionnaires';
import { changed, subscribe } from './changes';
import { attempt } from './problems';

export type { QuestionnaireIndexEntry } from '../core/questionnaire-index';

/** The questionnaire offered first for a new assessment or workshop. */
export const DEFAULT_QUESTIONNAIRE = 'digitale-verwaltung';

/** The bundled questionnaires' index entries, default first. */
export const bundledIndex: readonly QuestionnaireIndexEntry[] = [...BUNDLED].sort(
  (a, b) => Number(b.id === DEFAULT_QUESTIONNAIRE) - Number(a.id === DEFAULT_QUESTIONNAIRE),
);

const key = (id: string, version: string) => `${id}@${version}`;

/** Every questionnaire loaded so far, by "id@version" (bundled and stored). */
export const loadedQuestionnaires = signal<ReadonlyMap<string, Questionnaire>>(new Map());

/** How each stored questionnaire came to the device, by "id@version" (known once loaded). */
const storedOrigins = signal<ReadonlyMap<string, { origin: QuestionnaireOrigin; storedAt: string }>>(new Map());

/** Stored questionnaire records that could not be read (named on the library screen). */
export const unreadableQuestionnaires = signal<readonly string[]>([]);

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
  storedLoaded ??= listStoredQuestionnaireEntries().then(
    ({ entries, unreadable }) => {
      remember(entries.map((e) => e.questionnaire));
      storedOrigins.value = new Map(entries.map((e) => [key(e.questionnaire.id, e.questionnaire.version), e] as const));
      unreadableQuestionnaires.value = unreadable;
    },
    (e: unknown) => {
      console.error('Gespeicherte Fragebögen konnten nicht gelesen werden', e);
      storedLoaded = null;
    },
  );
  return storedLoaded;
}

/** Makes questionnaires that were just imported known without a reload. */
export function rememberImported(list: readonly Questionnaire[]): void {
  remember(list);
  if (list.length) refreshStored();
}

/** Reads the stored questionnaires again (after a change here or in another tab). */
function refreshStored(): void {
  storedLoaded = null;
  void loadStored();
}

subscribe((msg, local) => {
  if (msg.type === 'questionnaires' || (!local && msg.type === 'assessments')) refreshStored();
});

/** The questionnaire an assessment was answered with: bundled if its version matches, else the
 * copy kept on this device (null if neither). */
export async function questionnaireFor(id: string, version: string): Promise<Questionnaire | null> {
  if (isBundled({ id, version })) return loadBundled(id);
  await loadStored();
  return loadedQuestionnaires.value.get(key(id, version)) ?? null;
}

/** A lookup of every questionnaire on this device, bundled or stored, by id and version. */
export async function knownQuestionnaires(): Promise<(id: string, version: string) => Questionnaire | undefined> {
  await Promise.all([...BUNDLED.map((e) => loadBundled(e.id)), loadStored()]);
  const all = loadedQuestionnaires.value;
  return (id, version) => all.get(key(id, version));
}

/** Every version of a questionnaire id on this device, bundled or stored (call after
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

/** The newest known title of a questionnaire id (for labels where no version is known), if any. */
export function titleOf(id: string): QuestionnaireIndexEntry['title'] | undefined {
  return newestOf(id)?.title;
}

/** Loads the stored questionnaires so that `indexEntry`, `titleOf` and the library know them. */
export function loadStoredQuestionnaires(): Promise<void> {
  return loadStored();
}

/** Forgets the stored questionnaires read so far (the database was replaced). */
export function forgetStoredQuestionnaires(): void {
  storedLoaded = null;
  keptBundled.clear();
  storedOrigins.value = new Map();
  unreadableQuestionnaires.value = [];
  loadedQuestionnaires.value = new Map([...loadedQuestionnaires.value].filter(([, q]) => isBundled(q)));
}

// what was read is gone with the database
onDatabaseEvent((e) => {
  if (e === 'vanished') forgetStoredQuestionnaires();
});

// ---- keeping the bundled questionnaires that are used ----------------------------------------

const keptBundled = new Set<string>();

/** Keeps a copy of the bundled questionnaires among `used` (id and version) that are not stored
 * yet: called when an assessment or workshop is made with one, and for every assessment on the
 * device once the start list has loaded. A failure is only logged: the bundled file is still here,
 * and the next start tries again. */
export async function keepUsedQuestionnaires(used: Iterable<{ id: string; version: string }>): Promise<void> {
  const wanted = new Map<string, { id: string; version: string }>();
  for (const u of used) if (isBundled(u) && !keptBundled.has(key(u.id, u.version))) wanted.set(key(u.id, u.version), u);
  if (wanted.size === 0) return;
  await loadStored();
  const missing = [...wanted].filter(([k]) => !storedOrigins.value.has(k));
  for (const [k] of wanted) if (storedOrigins.value.has(k)) keptBundled.add(k);
  if (missing.length === 0) return;
  const list = (await Promise.all(missing.map(([, u]) => loadBundled(u.id)))).filter((q): q is Questionnaire => q !== null);
  try {
    await keepBundledCopies(list);
    for (const q of list) keptBundled.add(key(q.id, q.version));
    changed({ type: 'questionnaires' });
  } catch (e) {
    console.error('Mitgelieferte Fragebögen konnten nicht auf dem Gerät abgelegt werden', e);
  }
}

// ---- the library -------------------------------------------------------------------------------

/** Where a questionnaire on this device came from. */
export type LibraryOrigin = 'bundled' | 'earlier-app' | 'imported';

export interface LibraryEntry {
  entry: QuestionnaireIndexEntry;
  origin: LibraryOrigin;
  /** the full questionnaire where it is loaded (always for stored ones) */
  questionnaire?: Questionnaire;
}

/** Every questionnaire on this device, newest version of each id first, then by title. Call
 * `loadStoredQuestionnaires` first for the stored ones. */
export function libraryEntries(): LibraryEntry[] {
  const out = new Map<string, LibraryEntry>();
  for (const e of BUNDLED) out.set(key(e.id, e.version), { entry: e, origin: 'bundled', questionnaire: loaded(e.id, e.version) });
  for (const [k, s] of storedOrigins.value) {
    if (out.has(k)) continue;
    const q = loadedQuestionnaires.value.get(k);
    if (q) out.set(k, { entry: indexEntryOf(q), origin: s.origin === 'bundled' ? 'earlier-app' : 'imported', questionnaire: q });
  }
  const byId = [...out.values()].sort(
    (a, b) => a.entry.id.localeCompare(b.entry.id) || compareVersions(b.entry.version, a.entry.version) || a.origin.localeCompare(b.origin),
  );
  // the versions of one questionnaire stay together, newest first; questionnaires by the title of
  // their newest version, as a person looks for them
  const title = new Map<string, string>();
  for (const e of byId) if (!title.has(e.entry.id)) title.set(e.entry.id, e.entry.title.de ?? e.entry.title.en ?? e.entry.id);
  // (sort is stable: the versions of one id keep their order)
  return byId.sort((a, b) => title.get(a.entry.id)!.localeCompare(title.get(b.entry.id)!, 'de') || a.entry.id.localeCompare(b.entry.id));
}

function loaded(id: string, version: string): Questionnaire | undefined {
  return loadedQuestionnaires.value.get(key(id, version));
}

/** The newest version of a questionnaire id on this device (bundled or stored), if any. */
export function newestOf(id: string): QuestionnaireIndexEntry | undefined {
  return libraryEntries().find((e) => e.entry.id === id)?.entry;
}

/** The questionnaires to choose from for a new assessment or workshop: the newest version of
 * each id on the device, the default first. */
export function choosableQuestionnaires(): QuestionnaireIndexEntry[] {
  const seen = new Set<string>();
  const out: QuestionnaireIndexEntry[] = [];
  for (const e of libraryEntries()) {
    if (seen.has(e.entry.id)) continue;
    seen.add(e.entry.id);
    out.push(e.entry);
  }
  return out.sort((a, b) => Number(b.id === DEFAULT_QUESTIONNAIRE) - Number(a.id === DEFAULT_QUESTIONNAIRE));
}

/** A questionnaire for a new assessment or workshop: bundled or stored, this exact version. */
export async function questionnaireToUse(id: string, version: string): Promise<Questionnaire | null> {
  const q = await questionnaireFor(id, version);
  if (q) void keepUsedQuestionnaires([q]);
  return q;
}

export type RemoveOutcome = { ok: true } | { ok: false; assessments: number; workshops: number } | { ok: false; failed: true };

/** Removes a questionnaire from the device, refused while an assessment or workshop uses it
 * (and never for one the app brings). */
export async function removeQuestionnaire(id: string, version: string): Promise<RemoveOutcome> {
  if (isBundled({ id, version })) return { ok: false, assessments: 0, workshops: 0 };
  let inUse: QuestionnaireInUseError | null = null;
  const ok = await attempt(`questionnaire:${id}@${version}`, { type: 'questionnaire', label: id }, async () => {
    try {
      await removeStoredQuestionnaire(id, version);
    } catch (e) {
      if (e instanceof QuestionnaireInUseError) inUse = e;
      else throw e;
    }
  });
  if (inUse !== null) {
    const e: QuestionnaireInUseError = inUse;
    return { ok: false, assessments: e.assessments, workshops: e.workshops };
  }
  if (!ok) return { ok: false, failed: true };
  loadedQuestionnaires.value = new Map([...loadedQuestionnaires.value].filter(([k]) => k !== key(id, version)));
  storedOrigins.value = new Map([...storedOrigins.value].filter(([k]) => k !== key(id, version)));
  changed({ type: 'questionnaires' });
  return { ok: true };
}

/** How many assessments and workshops use each questionnaire version ("id@version"); empty when
 * the device cannot be read. */
export function questionnaireUsage(): Promise<Map<string, { assessments: number; workshops: number }>> {
  return readUsage().catch((e: unknown) => {
    console.error('Verwendung der Fragebögen nicht lesbar', e);
    return new Map();
  });
}

/** The key of a questionnaire version in `questionnaireUsage`. */
export const versionKey = key;

/** The questionnaire an office name suggests: the Gesundheitsamt's own where the name says
 * „Gesundheit“ (and it is on the device), else the default. */
export function suggestedQuestionnaire(office: string, available: readonly string[]): string {
  const id = /gesundheit/i.test(office) ? 'gesundheitsamt' : DEFAULT_QUESTIONNAIRE;
  return available.includes(id) ? id : DEFAULT_QUESTIONNAIRE;
}
