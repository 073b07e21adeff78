// Export and import as the screens use them: the rules are in core/exchange, the writing in
// storage/exchange. An export is built here (the screens pass in what depends on the UI
// language: CSV headers, perspective names); an import runs in the import worker.
import { answersCsv, scoresCsv } from '../core/csv';
import { buildExport, exportFileName, toExported, type ExportedAssessment } from '../core/exchange';
import type { Questionnaire } from '../core/questionnaire';
import type { Lang } from '../core/text';
import type { StoredItem } from '../storage/exchange';
import { listPlan } from '../storage/workshops';
import type { Decision, FileOutcome } from './import-job';
import type { ImportReply, ImportRequest } from './import.worker';
import { knownQuestionnaires, rememberImported } from './questionnaires';

export type ExportKind = 'json' | 'answers-csv' | 'scores-csv';

/** The file for some stored assessments: name, content and type. */
export async function exportFor(
  items: readonly StoredItem[],
  kind: ExportKind,
  how: { lang: Lang; perspectiveName: (id: string) => string },
  now = new Date(),
): Promise<{ name: string; text: string; type: string }> {
  const known = await knownQuestionnaires();
  const exported = items.map((i) => toExported(i.assessment, i.answers));
  const find = (x: ExportedAssessment) => known(x.assessment.questionnaireId, x.assessment.questionnaireVersion);
  const today = now.toISOString().slice(0, 10);
  if (kind === 'json') {
    const travelling = new Map<string, Questionnaire>();
    // every questionnaire the assessments use travels with the file, bundled ones too: a build
    // with other bundled files (older, newer) reads it all the same
    for (const x of exported) {
      const q = find(x);
      if (q) travelling.set(`${q.id}@${q.version}`, q);
    }
    const offices = new Set(exported.map((x) => x.assessment.office));
    const plan = (await listPlan()).filter((p) => offices.has(p.office));
    const file = buildExport(exported, [...travelling.values()], __APP_VERSION__, now, plan);
    return { name: exportFileName(exported, 'json', today), text: JSON.stringify(file), type: 'application/json' };
  }
  const { lang, perspectiveName } = how;
  const text =
    kind === 'answers-csv' ? answersCsv(exported, find, lang, perspectiveName) : scoresCsv(exported, find, lang, perspectiveName);
  const suffix = kind === 'answers-csv' ? (lang === 'de' ? '-antworten' : '-answers') : lang === 'de' ? '-dimensionen' : '-dimensions';
  return { name: exportFileName(exported, 'csv', today, suffix), text, type: 'text/csv;charset=utf-8' };
}

// ---- import -----------------------------------------------------------------------------------

/** How a file was taken (or why not), as the import and receive screens show it. */
export type { Conflict, Decision, FileOutcome } from './import-job';

type Runner = {
  check(name: string, file: Blob): Promise<FileOutcome>;
  decide(job: string, decisions: ReadonlyMap<string, Decision>): Promise<FileOutcome>;
  drop(job: string): void;
};

let runner: Runner | null = null;

/** The import worker where the browser has workers; else the same job in the page. */
function importRunner(): Runner {
  if (runner) return runner;
  if (typeof Worker === 'undefined') {
    runner = {
      check: (name, file) => import('./import-job').then((j) => j.checkFile(name, file)),
      decide: (job, decisions) => import('./import-job').then((j) => j.decide(job, decisions)),
      drop: (job) => void import('./import-job').then((j) => j.dropJob(job)),
    };
    return runner;
  }
  const worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module', name: 'import' });
  const pending = new Map<number, (o: FileOutcome) => void>();
  let next = 0;
  worker.onmessage = (e: MessageEvent<ImportReply>) => {
    pending.get(e.data.id)?.(e.data.outcome);
    pending.delete(e.data.id);
  };
  const ask = (req: DistributiveOmit<ImportRequest, 'id'>, name: string): Promise<FileOutcome> =>
    new Promise((resolve) => {
      const id = ++next;
      pending.set(id, resolve);
      worker.onerror = (e) => {
        console.error('Import-Worker nicht verfügbar', e);
        for (const done of pending.values())
          done({ name, status: 'rejected', errors: ['Der Import konnte nicht gestartet werden. Bitte laden Sie die Seite neu.'] });
        pending.clear();
      };
      worker.postMessage({ ...req, id });
    });
  runner = {
    check: (name, file) => ask({ type: 'check', name, file }, name),
    decide: (job, decisions) => ask({ type: 'decide', job, decisions: [...decisions] }, ''),
    drop: (job) => worker.postMessage({ id: ++next, type: 'drop', job } satisfies ImportRequest),
  };
  return runner;
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** Imports one file (checked completely; written whole or not at all), or asks about conflicts. */
export async function importOne(file: File): Promise<FileOutcome> {
  return settled(await importRunner().check(file.name, file));
}

/** Writes a file that waited for a decision (default per conflict: keep both). */
export async function applyDecision(job: string, decisions: ReadonlyMap<string, Decision>): Promise<FileOutcome> {
  return settled(await importRunner().decide(job, decisions));
}

/** The user chose not to import a file that waited for a decision. */
export function dropDecision(job: string): void {
  importRunner().drop(job);
}

function settled(outcome: FileOutcome): FileOutcome {
  // the worker wrote them; this page learns of them at once (other read models follow the change message)
  if (outcome.status === 'imported') rememberImported(outcome.questionnaires);
  return outcome;
}
