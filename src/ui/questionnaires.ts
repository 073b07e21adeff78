// The bundled questionnaires: data, not code — each is emitted as a hashed JSON file, fetched
// from our own origin when first needed and precached by the service worker (works offline).
// They are validated in CI; they are parsed here as well, because a broken build must not
// show a broken questionnaire.
import { signal } from '@preact/signals';
import { parseQuestionnaire, type Questionnaire } from '../core/questionnaire';
import { listStoredQuestionnaires } from '../storage/questionnaires';
import digitaleVerwaltungUrl from '../../questionnaires/digitale-verwaltung.json?url';
import gesundheitsamtUrl from '../../questionnaires/gesundheitsamt.json?url';

const fetchJson = (url: string) => () =>
  fetch(url).then((r) => (r.ok ? (r.json() as Promise<unknown>) : Promise.reject(new Error(`${url}: HTTP ${r.status}`))));

const BUNDLED: Record<string, () => Promise<unknown>> = {
  'digitale-verwaltung': fetchJson(digitaleVerwaltungUrl),
  gesundheitsamt: fetchJson(gesundheitsamtUrl),
};

export const DEFAULT_QUESTIONNAIRE = 'digitale-verwaltung';

/** Loaded questionnaires by id (filled as they load). */
export const questionnaires = signal<ReadonlyMap<string, Questionnaire>>(new Map());
const pending = new Map<string, Promise<Questionnaire | null>>();

/** Loads one questionnaire by id (null if it is not bundled or invalid). */
export function loadQuestionnaire(id: string): Promise<Questionnaire | null> {
  const known = questionnaires.value.get(id);
  if (known) return Promise.resolve(known);
  let p = pending.get(id);
  if (!p) {
    const loader = Object.prototype.hasOwnProperty.call(BUNDLED, id) ? BUNDLED[id] : undefined;
    p = loader
      ? loader()
          .then((data) => {
            const r = parseQuestionnaire(data);
            if (!r.ok) {
              console.error(`Fragebogen ${id} ist ungültig`, r.errors);
              return null;
            }
            questionnaires.value = new Map([...questionnaires.value, [id, r.value]]);
            return r.value;
          })
          .catch((e: unknown) => {
            console.error(`Fragebogen ${id} konnte nicht geladen werden`, e);
            pending.delete(id); // try again next time (e.g. back online before the first caching)
            return null;
          })
      : Promise.resolve(null);
    pending.set(id, p);
  }
  return p;
}

/** Imported questionnaires by "id@version" (filled on first use and after an import). */
const imported = signal<ReadonlyMap<string, Questionnaire>>(new Map());
let importedLoaded: Promise<void> | null = null;

function loadImported(): Promise<void> {
  importedLoaded ??= listStoredQuestionnaires().then(
    (list) => {
      imported.value = new Map(list.map((q) => [`${q.id}@${q.version}`, q]));
    },
    () => {
      importedLoaded = null;
    },
  );
  return importedLoaded;
}

/** Makes questionnaires that were just imported known without a reload. */
export function rememberImported(list: readonly Questionnaire[]): void {
  if (list.length) imported.value = new Map([...imported.value, ...list.map((q) => [`${q.id}@${q.version}`, q] as const)]);
}

/** The questionnaire an assessment was answered with: the bundled one if its version matches,
 * else one imported with an export file (null if neither). */
export async function questionnaireFor(id: string, version: string): Promise<Questionnaire | null> {
  const bundled = await loadQuestionnaire(id);
  if (bundled && bundled.version === version) return bundled;
  await loadImported();
  return imported.value.get(`${id}@${version}`) ?? null;
}

/** A lookup of every questionnaire on this device, bundled or imported, by id and version. */
export async function knownQuestionnaires(): Promise<(id: string, version: string) => Questionnaire | undefined> {
  await Promise.all([loadAllQuestionnaires(), loadImported()]);
  const bundled = questionnaires.value;
  const stored = imported.value;
  return (id, version) => {
    const b = bundled.get(id);
    return b && b.version === version ? b : stored.get(`${id}@${version}`);
  };
}

/** Whether this exact questionnaire (id and version) is bundled with the app (once loaded). */
export function isBundled(q: Pick<Questionnaire, 'id' | 'version'>): boolean {
  return questionnaires.value.get(q.id)?.version === q.version;
}

/** Loads every bundled questionnaire. */
export function loadAllQuestionnaires(): Promise<(Questionnaire | null)[]> {
  return Promise.all(Object.keys(BUNDLED).map(loadQuestionnaire));
}

/** Ids of the bundled questionnaires, default first. */
export function bundledIds(): string[] {
  return Object.keys(BUNDLED);
}
