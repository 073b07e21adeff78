// The exchange format: what one device exports and another imports. A file is untrusted input:
// it is size- and shape-checked before it is parsed, parsed with the schema at the boundary, and
// checked against its questionnaire. Every refusal is a German sentence that names the place as the
// user counts (Einschätzung 1, Antwort 20, Maßnahme 3, Fragebogen 2), at most 20 problems of them;
// what it quotes from the file is printable and short. A file is taken whole or not at all.
import * as z from 'zod/mini';
import { AnswerValue, Assessment, IsoDateTime, RecordId, type AnswerRecord, type Answers } from './assessment';
import { clampMessage, formatPath, found, limitProblems, parseWith, prefixed, printable, quote } from './issues';
import { canonicalEqual, canonicalJson } from './equal';
import { parseJsonText } from './json';
import { parseQuestionnaire, Questionnaire, questionById, SCHEMA_VERSION } from './questionnaire';
import type { ParseResult } from './result';
import { compareInstants } from './time';
import { PlanItem } from './workshop';

export const EXPORT_FORMAT = 'reifegrad-check-export';
export const EXPORT_FORMAT_VERSION = 1;

/** Limits for an imported file: beyond them it is refused, not choked on. */
export const LIMITS = {
  /** 40 MB (10⁶ bytes each): room for the app's own export of more than 5,000 assessments */
  bytes: 40_000_000,
  depth: 32,
  assessments: 20_000,
  answersPerAssessment: 1_000,
  questionnaires: 50,
  planItems: 5_000,
} as const;

export const ExportedAnswer = z.strictObject({
  questionId: z.string().check(z.minLength(1), z.maxLength(80)),
  value: z.nullable(AnswerValue),
  note: z.optional(z.string().check(z.maxLength(5000))),
  updatedAt: IsoDateTime,
});
export type ExportedAnswer = z.infer<typeof ExportedAnswer>;

/** The answers of an imported assessment as stored: one record for all of them, so that an import
 * of thousands of assessments is thousands of writes, not hundreds of thousands. The first edit on
 * the device unpacks it into the per-question records every other assessment has. */
export const StoredSheet = z.strictObject({
  assessmentId: RecordId,
  answers: z.array(ExportedAnswer).check(z.maxLength(LIMITS.answersPerAssessment)),
});
export type StoredSheet = z.infer<typeof StoredSheet>;

export const ExportedAssessment = z.strictObject({
  assessment: Assessment,
  answers: z.array(ExportedAnswer).check(z.maxLength(LIMITS.answersPerAssessment)),
});
export type ExportedAssessment = z.infer<typeof ExportedAssessment>;

export const ExportFile = z.strictObject({
  format: z.literal(EXPORT_FORMAT),
  formatVersion: z.literal(EXPORT_FORMAT_VERSION),
  appVersion: z.string().check(z.maxLength(40)),
  exportedAt: IsoDateTime,
  assessments: z.array(ExportedAssessment).check(z.maxLength(LIMITS.assessments)),
  /** questionnaires that are not bundled with the app, so that the receiver can read the answers */
  questionnaires: z.optional(z.array(z.unknown()).check(z.maxLength(LIMITS.questionnaires))),
  /** the plans of measures of the offices exported (from their workshops) */
  plan: z.optional(z.array(PlanItem).check(z.maxLength(LIMITS.planItems))),
});
export type ExportFile = z.infer<typeof ExportFile>;

/** One assessment with its answers, as the export carries it. */
export function toExported(assessment: Assessment, answers: Answers): ExportedAssessment {
  const list = [...answers.values()]
    .filter((a) => a.value !== null || a.note)
    .sort((a, b) => (a.questionId < b.questionId ? -1 : a.questionId > b.questionId ? 1 : 0))
    .map((a) => ({ questionId: a.questionId, value: a.value, ...(a.note ? { note: a.note } : {}), updatedAt: a.updatedAt }));
  return { assessment, answers: list };
}

/** The answers of an exported assessment as the app holds them. */
export function answersOf(item: ExportedAssessment, assessmentId = item.assessment.id): Map<string, AnswerRecord> {
  return new Map(item.answers.map((a) => [a.questionId, { ...a, assessmentId }]));
}

/** Builds an export file. */
export function buildExport(
  items: readonly ExportedAssessment[],
  questionnaires: readonly Questionnaire[],
  appVersion: string,
  now: Date,
  plan: readonly PlanItem[] = [],
): ExportFile {
  return {
    format: EXPORT_FORMAT,
    formatVersion: EXPORT_FORMAT_VERSION,
    appVersion,
    exportedAt: now.toISOString(),
    assessments: [...items],
    ...(questionnaires.length ? { questionnaires: [...questionnaires] } : {}),
    ...(plan.length ? { plan: [...plan] } : {}),
  };
}

/** A name as part of a file name: „Gesundheitsamt Halle (Saale)“ → "gesundheitsamt-halle-saale". */
export function fileSlug(s: string): string {
  return (
    s
      .replace(/[äÄ]/g, 'ae')
      .replace(/[öÖ]/g, 'oe')
      .replace(/[üÜ]/g, 'ue')
      .replace(/ß/g, 'ss')
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .toLowerCase()
      .slice(0, 40) || 'x'
  );
}

/** A file name that says office, perspective and date (or how many, for several). */
export function exportFileName(items: readonly Pick<ExportedAssessment, 'assessment'>[], ext: string, today: string, suffix = ''): string {
  const slug = fileSlug;
  const one = items.length === 1 ? items[0]!.assessment : null;
  const base = one
    ? `reifegrad-${slug(one.office)}-${slug(one.perspective)}-${one.date}`
    : `reifegrad-${items.length}-einschaetzungen-${today}`;
  return `${base}${suffix}.${ext}`;
}

/** A size in megabytes (10⁶ bytes) as a German text: 21,6 MB. */
export function megabytes(bytes: number): string {
  return `${(Math.round(bytes / 100_000) / 10).toString().replace('.', ',')} MB`;
}

// ---- reading a file ---------------------------------------------------------------------------

/** The deepest nesting of [ and { in a JSON text (strings skipped); stops early past `limit`. */
export function nestingDepth(text: string, limit = Infinity): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92)
        i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) {
      depth++;
      if (depth > max) {
        max = depth;
        if (max > limit) return max;
      }
    } else if (c === 93 || c === 125) depth--;
  }
  return max;
}

export type ParsedFile =
  { kind: 'export'; file: ExportFile; questionnaires: Questionnaire[] } | { kind: 'questionnaire'; questionnaire: Questionnaire };

const UPDATE = 'Bitte aktualisieren Sie die App auf dem Gerät, das importiert.';

/** A version number higher than `ours`: a file of a newer app, not a broken one. */
const isNewer = (v: unknown, ours: number): v is number => typeof v === 'number' && Number.isInteger(v) && v > ours;

/** Reads the text of an imported file: an export of this app or a questionnaire file. */
export function parseImportText(text: string): ParseResult<ParsedFile> {
  if (text.length > LIMITS.bytes) return fail(`Die Datei ist zu groß (höchstens ${megabytes(LIMITS.bytes)}).`);
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return fail('Die Datei ist leer.');
  if (nestingDepth(body, LIMITS.depth) > LIMITS.depth)
    return fail(`Die Datei ist zu tief verschachtelt (mehr als ${LIMITS.depth} Ebenen) – so sieht keine Datei dieser App aus.`);
  const json = parseJsonText(body);
  if (!json.ok) return fail(`${json.errors[0]} Die Datei ist beschädigt oder keine Datei dieser App.`);
  const data = json.value;
  if (data === null || typeof data !== 'object' || Array.isArray(data))
    return fail('Die Datei enthält kein JSON-Objekt – weder eine Export-Datei noch ein Fragebogen.');
  const forbidden = forbiddenKey(data);
  if (forbidden) return fail(`${forbidden}: der Schlüssel ist nicht erlaubt (er könnte Programme verändern, die die Datei lesen).`);
  const rec = data as Record<string, unknown>;
  if ('schemaVersion' in rec && 'dimensions' in rec) {
    // a newer questionnaire format: whatever else differs follows from that
    if (isNewer(rec.schemaVersion, SCHEMA_VERSION))
      return fail(`Der Fragebogen hat die Schemaversion ${rec.schemaVersion}; diese App liest nur Version ${SCHEMA_VERSION}. ${UPDATE}`);
    const q = parseQuestionnaire(data);
    return q.ok
      ? { ok: true, value: { kind: 'questionnaire', questionnaire: q.value } }
      : { ok: false, errors: prefixed('Fragebogen', q.errors) };
  }
  if (rec.format !== EXPORT_FORMAT)
    return fail(`Keine Export-Datei von Reifegrad-Check (das Feld „format“ müsste „${EXPORT_FORMAT}“ sein) und kein Fragebogen.`);
  // only a higher version means a newer app wrote the file; anything else is no version at all
  if (isNewer(rec.formatVersion, EXPORT_FORMAT_VERSION))
    return fail(
      `Die Export-Datei hat die Formatversion ${rec.formatVersion}; diese App liest nur Version ${EXPORT_FORMAT_VERSION}. ${UPDATE}`,
    );
  if (rec.formatVersion !== EXPORT_FORMAT_VERSION)
    return fail(
      `Die Export-Datei hat keine gültige Formatversion: das Feld „formatVersion“ müsste die Zahl ${EXPORT_FORMAT_VERSION} sein; ${found(rec.formatVersion)}.`,
    );
  const parsed = parseWith(ExportFile, data, exportPlace);
  if (!parsed.ok) return parsed;
  const file = parsed.value;
  if (file.assessments.length === 0 && !file.questionnaires?.length && !file.plan?.length)
    return fail('Die Datei enthält keine Einschätzungen, Fragebögen oder Maßnahmen.');
  const errors: string[] = [];
  const questionnaires: Questionnaire[] = [];
  for (const [i, raw] of (file.questionnaires ?? []).entries()) {
    const q = parseWith(Questionnaire, raw, (path) => exportPlace(['questionnaires', i, ...path]), Infinity);
    if (q.ok) questionnaires.push(q.value);
    else errors.push(...q.errors);
  }
  errors.push(...duplicates(file));
  return errors.length ? { ok: false, errors: limitProblems(errors) } : { ok: true, value: { kind: 'export', file, questionnaires } };
}

/** Two assessments, two plan items with one id, or a question answered twice. */
function duplicates(file: ExportFile): string[] {
  const errors: string[] = [];
  const ids = new Set<string>();
  for (const [i, item] of file.assessments.entries()) {
    const name = `Einschätzung ${i + 1} (${quote(item.assessment.office, 60)})`;
    if (ids.has(item.assessment.id)) errors.push(`${name}: die ID ${quote(item.assessment.id)} kommt in der Datei doppelt vor.`);
    ids.add(item.assessment.id);
    const seen = new Set<string>();
    for (const [j, a] of item.answers.entries()) {
      if (seen.has(a.questionId)) errors.push(`${name}, Antwort ${j + 1}: die Frage ${quote(a.questionId)} ist doppelt beantwortet.`);
      seen.add(a.questionId);
    }
  }
  const planIds = new Set<string>();
  for (const [k, p] of (file.plan ?? []).entries()) {
    if (planIds.has(p.id)) errors.push(`Maßnahme ${k + 1} (${quote(p.title, 60)}): die ID ${quote(p.id)} kommt in der Datei doppelt vor.`);
    planIds.add(p.id);
  }
  return errors;
}

/** A place in an export file as the user counts: „Einschätzung 1, Antwort 20, Feld „updatedAt““,
 * „Maßnahme 3“, „Fragebogen 2“; a field of the file itself as „Feld „exportedAt““. */
function exportPlace(path: readonly PropertyKey[]): string {
  const [top, i, ...rest] = path;
  if (path.length === 0) return '(ganze Datei)';
  const field = (where: string, inner: readonly PropertyKey[]) => (inner.length ? `${where}, Feld „${formatPath(inner)}“` : where);
  if (typeof i !== 'number') return `Feld „${formatPath(path)}“`;
  if (top === 'assessments') {
    const [part, j, ...inner] = rest;
    if (part === 'answers' && typeof j === 'number') return field(`Einschätzung ${i + 1}, Antwort ${j + 1}`, inner);
    if (part === 'assessment' && rest.length > 1) return field(`Einschätzung ${i + 1}`, rest.slice(1));
    return field(`Einschätzung ${i + 1}`, rest);
  }
  if (top === 'plan') return field(`Maßnahme ${i + 1}`, rest);
  if (top === 'questionnaires') return field(`Fragebogen ${i + 1}`, rest);
  return `Feld „${formatPath(path)}“`;
}

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

/** A path as a chain back to the root, turned into a list only for a message. */
type PathLink = { key: PropertyKey; parent: PathLink } | null;

function pathOf(link: PathLink): PropertyKey[] {
  const out: PropertyKey[] = [];
  for (let l = link; l; l = l.parent) out.unshift(l.key);
  return out;
}

/** The path of the first "__proto__", "constructor" or "prototype" key anywhere in the data, or null. */
export function forbiddenKey(data: unknown): string | null {
  // only objects and lists are stacked: a file of many plain values costs no more than a loop
  const isNode = (v: unknown): v is object => v !== null && typeof v === 'object';
  const stack: { value: object; path: PathLink }[] = isNode(data) ? [{ value: data, path: null }] : [];
  while (stack.length) {
    const { value, path } = stack.pop()!;
    if (Array.isArray(value)) value.forEach((v: unknown, i) => isNode(v) && stack.push({ value: v, path: { key: i, parent: path } }));
    else
      for (const key of Object.keys(value)) {
        if (FORBIDDEN.has(key)) return `„${formatPath(pathOf({ key, parent: path }))}“`;
        const v = (value as Record<string, unknown>)[key];
        if (isNode(v)) stack.push({ value: v, path: { key, parent: path } });
      }
  }
  return null;
}

function fail(message: string): { ok: false; errors: string[] } {
  return { ok: false, errors: [clampMessage(message)] };
}

/** Checks an exported assessment against its questionnaire: every answer and target must fit. */
export function checkAgainst(q: Questionnaire, item: ExportedAssessment, where: string): string[] {
  const errors: string[] = [];
  const levels = new Set(q.scale.levels.map((l) => l.value));
  const name = `${where} (${quote(item.assessment.office, 60)})`;
  item.answers.forEach((a, j) => {
    const question = questionById(q, a.questionId)?.question;
    const at = `${name}, Antwort ${j + 1} (Frage ${quote(a.questionId)})`;
    if (!question) errors.push(`${at}: diese Frage gibt es im Fragebogen „${q.id}“ ${q.version} nicht.`);
    else if (a.value?.kind === 'level' && !levels.has(a.value.level))
      errors.push(`${at}: Stufe ${a.value.level} gibt es auf der Skala dieses Fragebogens nicht (${[...levels].join(', ')}).`);
    else if (a.value?.kind === 'notApplicable' && !question.allowNotApplicable)
      errors.push(`${at}: „trifft nicht zu“ ist bei dieser Frage nicht vorgesehen.`);
  });
  for (const [dimensionId, t] of Object.entries(item.assessment.targets)) {
    if (!q.dimensions.some((d) => d.id === dimensionId))
      errors.push(`${name}, Soll-Profil: die Dimension ${quote(dimensionId)} gibt es nicht.`);
    else if (!levels.has(t)) errors.push(`${name}, Soll für „${dimensionId}“: ${t} ist keine Stufe der Skala (${[...levels].join(', ')}).`);
  }
  return errors;
}

/** What an incoming assessment is, compared with what is stored under its id. */
export type Arrival = { kind: 'new' } | { kind: 'same' } | { kind: 'conflict'; incomingIsNewer: boolean };

/** The content that makes two copies of an assessment "the same" (times of writing left out; key
 * order does not matter, answers are compared by question id, a missing note equals an empty one). */
function contentKey(item: ExportedAssessment): string {
  const a = item.assessment;
  const answers = item.answers
    .filter((x) => x.value !== null || x.note)
    .map((x) => ({ questionId: x.questionId, value: x.value, note: x.note ?? '' }))
    .sort((x, y) => (x.questionId < y.questionId ? -1 : x.questionId > y.questionId ? 1 : 0));
  const { questionnaireId, questionnaireVersion, office, perspective, date, targets } = a;
  return canonicalJson({
    questionnaireId,
    questionnaireVersion,
    office,
    perspective,
    respondent: a.respondent ?? '',
    date,
    targets,
    answers,
  });
}

/** New, the same as stored, or a different version of a stored assessment. */
export function arrivalOf(incoming: ExportedAssessment, stored: ExportedAssessment | undefined): Arrival {
  if (!stored) return { kind: 'new' };
  if (contentKey(incoming) === contentKey(stored)) return { kind: 'same' };
  return { kind: 'conflict', incomingIsNewer: compareInstants(incoming.assessment.updatedAt, stored.assessment.updatedAt) > 0 };
}

// ---- planning an import -----------------------------------------------------------------------

export interface PlannedItem {
  item: ExportedAssessment;
  arrival: Arrival;
}

export interface ImportPlan {
  /** questionnaires from the file that are new on this device */
  questionnaires: Questionnaire[];
  /** questionnaires from the file that are here already, with the same content */
  knownQuestionnaires: number;
  items: PlannedItem[];
  /** plan items from the file (each is written unless a newer one of the same id is stored) */
  plan: PlanItem[];
}

/** The same questionnaire content ("$schema" left out, the order of object keys does not matter). */
const sameQuestionnaire = (a: Questionnaire, b: Questionnaire) => {
  const strip = ({ $schema: _s, ...rest }: Questionnaire) => rest;
  return canonicalEqual(strip(a), strip(b));
};

/** Decides what a parsed file would do here, or refuses it with reasons. Nothing is written.
 * `known` finds a questionnaire on this device by id and version; `knownIds` (optional) lists every
 * version of an id on this device, so that a plan item's measure (plan items name no version) can
 * be checked against all of them. Without it, the versions the file's assessments name are used. */
export function planImport(
  parsed: ParsedFile,
  known: (id: string, version: string) => Questionnaire | undefined,
  stored: ReadonlyMap<string, ExportedAssessment>,
  knownIds?: (id: string) => readonly Questionnaire[],
): ParseResult<ImportPlan> {
  const incoming = parsed.kind === 'questionnaire' ? [parsed.questionnaire] : parsed.questionnaires;
  const fresh: Questionnaire[] = [];
  let same = 0;
  for (const q of incoming) {
    const here = known(q.id, q.version) ?? fresh.find((x) => x.id === q.id && x.version === q.version);
    if (!here) fresh.push(q);
    else if (sameQuestionnaire(here, q)) same++;
    else
      return fail(
        `Der Fragebogen „${q.id}“ in Version ${q.version} ist auf diesem Gerät schon vorhanden, aber mit anderem Inhalt. Eine geänderte Fassung braucht eine neue Versionsnummer.`,
      );
  }
  if (parsed.kind === 'questionnaire')
    return { ok: true, value: { questionnaires: fresh, knownQuestionnaires: same, items: [], plan: [] } };
  const errors: string[] = [];
  const items: PlannedItem[] = [];
  for (const [i, item] of parsed.file.assessments.entries()) {
    const { questionnaireId: id, questionnaireVersion: version } = item.assessment;
    const q = known(id, version) ?? fresh.find((x) => x.id === id && x.version === version);
    if (!q) {
      errors.push(
        `Einschätzung ${i + 1} (${quote(item.assessment.office, 60)}): gehört zum Fragebogen ${quote(id)} in Version ${printable(version, 20)}, der auf diesem Gerät fehlt und nicht in der Datei enthalten ist.`,
      );
      continue;
    }
    errors.push(...checkAgainst(q, item, `Einschätzung ${i + 1}`));
    items.push({ item, arrival: arrivalOf(item, stored.get(item.assessment.id)) });
  }
  errors.push(...checkPlan(parsed.file, incoming, known, knownIds));
  if (errors.length) return { ok: false, errors: limitProblems(errors) };
  return { ok: true, value: { questionnaires: fresh, knownQuestionnaires: same, items, plan: parsed.file.plan ?? [] } };
}

/** Plan items whose measure is not in their questionnaire (in no version known here or in the
 * file). A plan item whose questionnaire is not known at all cannot be checked and passes. */
function checkPlan(
  file: ExportFile,
  incoming: readonly Questionnaire[],
  known: (id: string, version: string) => Questionnaire | undefined,
  knownIds: ((id: string) => readonly Questionnaire[]) | undefined,
): string[] {
  const measuresOf = new Map<string, Set<string> | null>();
  const measures = (id: string): Set<string> | null => {
    if (measuresOf.has(id)) return measuresOf.get(id)!;
    const versions = [...(knownIds?.(id) ?? []), ...incoming.filter((q) => q.id === id)];
    for (const { assessment: a } of file.assessments) {
      const q = a.questionnaireId === id ? known(id, a.questionnaireVersion) : undefined;
      if (q) versions.push(q);
    }
    const set = versions.length ? new Set(versions.flatMap((q) => q.measures.map((m) => m.id))) : null;
    measuresOf.set(id, set);
    return set;
  };
  const errors: string[] = [];
  for (const [k, p] of (file.plan ?? []).entries()) {
    if (p.measureId === undefined) continue;
    const set = measures(p.questionnaireId);
    if (set && !set.has(p.measureId))
      errors.push(
        `Maßnahme ${k + 1} (${quote(p.title, 60)}): verweist auf die Maßnahme ${quote(p.measureId)}, die es im Fragebogen ${quote(p.questionnaireId)} nicht gibt.`,
      );
  }
  return errors;
}
