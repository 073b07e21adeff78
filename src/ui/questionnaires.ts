// The bundled questionnaires: data, not code — each is emitted as a hashed JSON file, fetched
// from our own origin when first needed and precached by the service worker (works offline).
// They are validated in CI; they are parsed here as well, because a broken build must not
// show a broken questionnaire.
import { signal } from '@preact/signals';
import { parseQuestionnaire, type Questionnaire } from '../core/questionnaire';
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

/** Loads every bundled questionnaire. */
export function loadAllQuestionnaires(): Promise<(Questionnaire | null)[]> {
  return Promise.all(Object.keys(BUNDLED).map(loadQuestionnaire));
}

/** Ids of the bundled questionnaires, default first. */
export function bundledIds(): string[] {
  return Object.keys(BUNDLED);
}
