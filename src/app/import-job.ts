// One import, from the text of a file to the database: size and shape checks, the schema at the
// boundary, the questionnaires, a plan (new / the same / a different version), and one
// transaction — all or nothing. It runs in the import worker (import.worker.ts), so that a large
// file never blocks the page, and in the page itself where there is no worker. Imports run one
// after the other: a second file waits until the first is written.
import type { Assessment } from '../core/assessment';
import { LIMITS, megabytes, parseImportText, planImport, type ImportPlan } from '../core/exchange';
import type { Questionnaire } from '../core/questionnaire';
import { canonicalEqual } from '../core/equal';
import { compareInstants } from '../core/time';
import type { PlanItem } from '../core/workshop';
import { isQuotaError } from '../storage/errors';
import { importFile, storedVersions, type ImportStep } from '../storage/exchange';
import { listPlan } from '../storage/workshops';
import { changed } from './changes';
import { newId } from './ids';
import { knownQuestionnaires, rememberImported, versionsOf } from './questionnaires';

/** Something in the file that exists here in another version: an assessment or a plan item.
 * The user decides per conflict (the key is the assessment's id, or `plan:` and the item's id). */
export type Conflict =
  | { kind: 'assessment'; key: string; id: string; office: string; perspective: string; date: string; incomingIsNewer: boolean }
  | { kind: 'plan'; key: string; id: string; office: string; title: string; incomingIsNewer: boolean };

export type Decision = 'replace' | 'copy';

export type FileOutcome =
  | {
      name: string;
      status: 'imported';
      added: number;
      replaced: number;
      copies: number;
      same: number;
      /** questionnaires the file brought (the page makes them known at once) */
      questionnaires: Questionnaire[];
      planItems: number;
    }
  | { name: string; status: 'present'; same: number }
  | { name: string; status: 'ask'; job: string; conflicts: Conflict[] }
  | { name: string; status: 'rejected'; errors: string[] };

/** A plan item of the file: new here, the same as stored, or another version of a stored one. */
interface PlanArrival {
  item: PlanItem;
  arrival: 'new' | 'same' | 'conflict';
  incomingIsNewer: boolean;
}

/** Plans waiting for the user's decision, by job id. */
const waiting = new Map<string, { name: string; plan: ImportPlan; planItems: PlanArrival[] }>();

/** The content of a plan item that makes two copies "the same" (times of writing left out). */
const planContent = ({ createdAt: _c, updatedAt: _u, ...rest }: PlanItem) => rest;

async function planArrivals(items: readonly PlanItem[]): Promise<PlanArrival[]> {
  if (items.length === 0) return [];
  const stored = new Map((await listPlan()).map((p) => [p.id, p]));
  return items.map((item) => {
    const here = stored.get(item.id);
    if (!here) return { item, arrival: 'new', incomingIsNewer: true };
    if (canonicalEqual(planContent(here), planContent(item))) return { item, arrival: 'same', incomingIsNewer: false };
    return { item, arrival: 'conflict', incomingIsNewer: compareInstants(item.updatedAt, here.updatedAt) > 0 };
  });
}

let queue: Promise<unknown> = Promise.resolve();

/** Runs `work` after every import before it (one transaction at a time, in the order asked). */
function serial<T>(work: () => Promise<T>): Promise<T> {
  const run = queue.then(work, work);
  queue = run.catch(() => undefined);
  return run;
}

/** Checks a file completely and imports it unless a decision is needed. */
export function checkFile(name: string, file: Blob): Promise<FileOutcome> {
  return serial(() => check(name, file));
}

async function check(name: string, file: Blob): Promise<FileOutcome> {
  if (file.size > LIMITS.bytes)
    return { name, status: 'rejected', errors: [`Die Datei ist zu groß (${megabytes(file.size)}; höchstens ${megabytes(LIMITS.bytes)}).`] };
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { name, status: 'rejected', errors: ['Die Datei konnte nicht gelesen werden.'] };
  }
  const parsed = parseImportText(text);
  if (!parsed.ok) return { name, status: 'rejected', errors: parsed.errors };
  const ids = parsed.value.kind === 'export' ? parsed.value.file.assessments.map((x) => x.assessment.id) : [];
  let known: Awaited<ReturnType<typeof knownQuestionnaires>>;
  let stored: Awaited<ReturnType<typeof storedVersions>>;
  try {
    [known, stored] = await Promise.all([knownQuestionnaires(), storedVersions(ids)]);
  } catch (e) {
    console.error('Import: Gerät nicht lesbar', e);
    return {
      name,
      status: 'rejected',
      errors: ['Die gespeicherten Daten dieses Geräts konnten nicht gelesen werden – es wurde nichts übernommen.'],
    };
  }
  const plan = planImport(parsed.value, known, stored, versionsOf);
  if (!plan.ok) return { name, status: 'rejected', errors: plan.errors };
  let planItems: PlanArrival[];
  try {
    planItems = await planArrivals(plan.value.plan);
  } catch {
    return {
      name,
      status: 'rejected',
      errors: ['Der Maßnahmenplan dieses Geräts konnte nicht gelesen werden – es wurde nichts übernommen.'],
    };
  }
  const conflicts: Conflict[] = [
    ...plan.value.items
      .filter((x) => x.arrival.kind === 'conflict')
      .map(({ item: { assessment: a }, arrival }) => ({
        ...conflictOf(a),
        incomingIsNewer: arrival.kind === 'conflict' && arrival.incomingIsNewer,
      })),
    ...planItems
      .filter((p) => p.arrival === 'conflict')
      .map(({ item, incomingIsNewer }) => ({
        kind: 'plan' as const,
        key: `plan:${item.id}`,
        id: item.id,
        office: item.office,
        title: item.title,
        incomingIsNewer,
      })),
  ];
  if (conflicts.length === 0) return write(name, plan.value, planItems, new Map());
  const job = newId();
  waiting.set(job, { name, plan: plan.value, planItems });
  return { name, status: 'ask', job, conflicts };
}

const conflictOf = (a: Assessment) => ({
  kind: 'assessment' as const,
  key: a.id,
  id: a.id,
  office: a.office,
  perspective: a.perspective,
  date: a.date,
});

/** Writes a file that waited for a decision (default per conflict: keep both). */
export function decide(job: string, decisions: ReadonlyMap<string, Decision>): Promise<FileOutcome> {
  return serial(async () => {
    const w = waiting.get(job);
    waiting.delete(job);
    if (!w)
      return { name: '', status: 'rejected', errors: ['Diese Entscheidung ist nicht mehr offen; bitte die Datei noch einmal wählen.'] };
    return write(w.name, w.plan, w.planItems, decisions);
  });
}

/** Forgets a file that waited for a decision (the user chose not to import it). */
export function dropJob(job: string): void {
  waiting.delete(job);
}

/** Writes a planned file: new ones added, same ones skipped, conflicts as decided. */
async function write(
  name: string,
  plan: ImportPlan,
  planItems: readonly PlanArrival[],
  decisions: ReadonlyMap<string, Decision>,
): Promise<FileOutcome> {
  const steps: ImportStep[] = [];
  let same = 0;
  for (const { item, arrival } of plan.items) {
    if (arrival.kind === 'same') same++;
    else if (arrival.kind === 'new') steps.push({ item, mode: 'add' });
    else {
      const d = decisions.get(item.assessment.id) ?? 'copy';
      steps.push(d === 'replace' ? { item, mode: 'replace' } : { item, mode: 'copy', newId: newId() });
    }
  }
  // plan items: new ones added, the same skipped, another version replaced or kept beside (new id)
  const planWrites: PlanItem[] = [];
  for (const p of planItems) {
    if (p.arrival === 'new') planWrites.push(p.item);
    else if (p.arrival === 'conflict')
      planWrites.push((decisions.get(`plan:${p.item.id}`) ?? 'copy') === 'replace' ? p.item : { ...p.item, id: newId() });
  }
  const planChanges = planWrites.length;
  if (steps.length === 0 && plan.questionnaires.length === 0 && planChanges === 0) return { name, status: 'present', same };
  try {
    await importFile(steps, plan.questionnaires, new Date(), planWrites);
  } catch (e) {
    return {
      name,
      status: 'rejected',
      errors: [
        isQuotaError(e)
          ? 'Der Speicher dieses Geräts ist voll – es wurde nichts aus der Datei übernommen.'
          : 'Beim Speichern ist ein Fehler aufgetreten – es wurde nichts aus der Datei übernommen.',
      ],
    };
  }
  rememberImported(plan.questionnaires);
  changed({ type: 'assessments' });
  return {
    name,
    status: 'imported',
    added: steps.filter((s) => s.mode === 'add').length,
    replaced: steps.filter((s) => s.mode === 'replace').length,
    copies: steps.filter((s) => s.mode === 'copy').length,
    same,
    questionnaires: plan.questionnaires,
    planItems: planChanges,
  };
}
