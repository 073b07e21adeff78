// Export and import as the screens use them: the rules are in core/exchange, the writing in
// storage/exchange; this glues them to files and the questionnaires on the device. The screens
// pass in what depends on the UI language (CSV headers, perspective names).
import { answersCsv, scoresCsv } from '../core/csv';
import {
  LIMITS,
  buildExport,
  exportFileName,
  parseImportText,
  planImport,
  toExported,
  type ExportedAssessment,
  type ImportPlan,
  type PlannedItem,
} from '../core/exchange';
import type { Questionnaire } from '../core/questionnaire';
import { importFile, storedVersions, type ImportStep, type StoredItem } from '../storage/exchange';
import type { Lang } from '../core/text';
import { compareInstants } from '../core/time';
import { listPlan } from '../storage/workshops';
import { isQuotaError } from '../storage/errors';
import { changed } from './changes';
import { isBundled, knownQuestionnaires, rememberImported } from './questionnaires';
import { newId } from './ids';

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
    for (const x of exported) {
      const q = find(x);
      // a questionnaire travels with the file unless it is one the app bundles
      if (q && !isBundled(q)) travelling.set(`${q.id}@${q.version}`, q);
    }
    const offices = new Set(exported.map((x) => x.assessment.office));
    const plan = (await listPlan()).filter((p) => offices.has(p.office));
    const file = buildExport(exported, [...travelling.values()], __APP_VERSION__, now, plan);
    return { name: exportFileName(exported, 'json', today), text: JSON.stringify(file, null, 1), type: 'application/json' };
  }
  const { lang, perspectiveName } = how;
  const text =
    kind === 'answers-csv' ? answersCsv(exported, find, lang, perspectiveName) : scoresCsv(exported, find, lang, perspectiveName);
  const suffix = kind === 'answers-csv' ? (lang === 'de' ? '-antworten' : '-answers') : lang === 'de' ? '-dimensionen' : '-dimensions';
  return { name: exportFileName(exported, 'csv', today, suffix), text, type: 'text/csv;charset=utf-8' };
}

// ---- import -----------------------------------------------------------------------------------

export type FileOutcome =
  | {
      name: string;
      status: 'imported';
      added: number;
      replaced: number;
      copies: number;
      same: number;
      questionnaires: number;
      planItems: number;
    }
  | { name: string; status: 'present'; same: number }
  | { name: string; status: 'ask'; plan: ImportPlan; conflicts: PlannedItem[] }
  | { name: string; status: 'rejected'; errors: string[] };

/** Reads one file, checks it completely, and imports it unless a decision is needed. */
export async function importOne(file: File): Promise<FileOutcome> {
  const name = file.name;
  if (file.size > LIMITS.bytes)
    return { name, status: 'rejected', errors: [`Die Datei ist zu groß (${(file.size / 1024 / 1024).toFixed(1)} MB; höchstens 20 MB).`] };
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
  const plan = planImport(parsed.value, known, stored);
  if (!plan.ok) return { name, status: 'rejected', errors: plan.errors };
  const conflicts = plan.value.items.filter((x) => x.arrival.kind === 'conflict');
  if (conflicts.length) return { name, status: 'ask', plan: plan.value, conflicts };
  return applyPlan(name, plan.value, new Map());
}

/** Writes a planned file: new ones added, same ones skipped, conflicts as decided (default: keep both). */
export async function applyPlan(name: string, plan: ImportPlan, decisions: ReadonlyMap<string, 'replace' | 'copy'>): Promise<FileOutcome> {
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
  const stored = new Map((await listPlan().catch(() => [])).map((p) => [p.id, p.updatedAt]));
  const planChanges = plan.plan.filter((p) => {
    const at = stored.get(p.id);
    return at === undefined || compareInstants(at, p.updatedAt) < 0;
  }).length;
  if (steps.length === 0 && plan.questionnaires.length === 0 && planChanges === 0) return { name, status: 'present', same };
  try {
    await importFile(steps, plan.questionnaires, new Date(), plan.plan);
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
    questionnaires: plan.questionnaires.length,
    planItems: planChanges,
  };
}
