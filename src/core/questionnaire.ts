// The questionnaire model: the zod schema is the single source of the types.
// A questionnaire file is untrusted input: parseQuestionnaire() checks shape AND cross-references
// (unique ids, one descriptor per scale level, measures pointing at real dimensions and levels) and
// answers with German sentences that name the JSON path.
import * as z from 'zod/mini';
import { LANGS, LANG_NAMES, LocalizedText, type Lang } from './text';
import { parseWith, printable, quote, type Many } from './issues';
import type { ParseResult } from './result';
import { parseJsonText } from './json';

export const SCHEMA_VERSION = 1;

const Id = z
  .string()
  .check(
    z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'eine ID aus Kleinbuchstaben, Ziffern und Bindestrichen (z. B. „it-sicherheit“)'),
    z.maxLength(80),
  );
const SemVer = z.string().check(z.regex(/^\d+\.\d+\.\d+$/, 'eine Versionsnummer wie „1.0.0“'));

export const DEPENDENCIES = ['bund', 'land', 'efa', 'it-dienstleister'] as const;
export type Dependency = (typeof DEPENDENCIES)[number];
export const RATINGS = ['gering', 'mittel', 'hoch'] as const;
export type Rating = (typeof RATINGS)[number];

export const ScaleLevel = z.strictObject({
  value: z.int().check(z.minimum(0), z.maximum(100)),
  label: LocalizedText,
  description: z.optional(LocalizedText),
});

export const Question = z.strictObject({
  id: Id,
  text: LocalizedText,
  help: z.optional(LocalizedText),
  levels: z.array(LocalizedText).check(z.minLength(2)),
  allowNotApplicable: z.boolean(),
  dependsOn: z.optional(z.array(z.enum(DEPENDENCIES))),
});

export const Dimension = z.strictObject({
  id: Id,
  title: LocalizedText,
  description: LocalizedText,
  painPoints: z.array(LocalizedText),
  weight: z.number().check(z.positive(), z.maximum(100)),
  defaultTarget: z.int(),
  questions: z.array(Question).check(z.minLength(1)),
});

export const Measure = z.strictObject({
  id: Id,
  title: LocalizedText,
  description: LocalizedText,
  dimension: Id,
  levels: z.strictObject({ min: z.int(), max: z.int() }),
  effort: z.enum(RATINGS),
  impact: z.enum(RATINGS),
  source: z.optional(LocalizedText),
  /** the questions of its dimension this measure addresses (their outside dependencies are its own) */
  questions: z.optional(z.array(Id).check(z.minLength(1))),
});

export const Perspective = z.strictObject({ id: Id, label: LocalizedText });

const QuestionnaireShape = z.strictObject({
  $schema: z.optional(z.string()),
  schemaVersion: z.literal(SCHEMA_VERSION, 'die Version des Dateiformats'),
  id: Id,
  version: SemVer,
  /** the languages every text of the questionnaire is written in (German when absent) */
  languages: z.optional(z.array(z.enum(LANGS)).check(z.minLength(1), z.maxLength(LANGS.length))),
  title: LocalizedText,
  description: LocalizedText,
  /** where the questionnaire comes from: authors, publisher, the attribution its licence asks for */
  source: z.optional(LocalizedText),
  /** the licence it is published under, e.g. „CC BY-SA 4.0“ */
  licence: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(120))),
  scale: z.strictObject({ levels: z.array(ScaleLevel).check(z.minLength(2), z.maxLength(11)) }),
  perspectives: z.optional(z.array(Perspective)),
  dimensions: z.array(Dimension).check(z.minLength(1)),
  measures: z.array(Measure),
});

export const Questionnaire = QuestionnaireShape.check(z.superRefine(crossCheck));

export type ScaleLevel = z.infer<typeof ScaleLevel>;
export type Question = z.infer<typeof Question>;
export type Dimension = z.infer<typeof Dimension>;
export type Measure = z.infer<typeof Measure>;
export type Perspective = z.infer<typeof Perspective>;
export type Questionnaire = z.infer<typeof Questionnaire>;

type Ctx = Parameters<Parameters<typeof z.superRefine<z.infer<typeof QuestionnaireShape>>>[0]>[1];

function crossCheck(q: z.infer<typeof QuestionnaireShape>, ctx: Ctx): void {
  const fail = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message, input: undefined });
  const values = q.scale.levels.map((l) => l.value);
  values.forEach((v, i) => {
    if (i > 0 && v <= values[i - 1]!)
      fail(['scale', 'levels', i, 'value'], `die Stufen müssen aufsteigend sortiert und eindeutig sein (${values[i - 1]} kommt vor ${v}).`);
  });
  const minLevel = Math.min(...values);
  const maxLevel = Math.max(...values);
  // without levels the shape check has said so already; checks against the scale would only add noise
  const hasScale = values.length > 0;
  const isLevel = (v: number) => values.includes(v);

  const seenQuestion = new Map<string, string>();
  const seenDimension = new Set<string>();
  q.dimensions.forEach((d, di) => {
    if (seenDimension.has(d.id)) fail(['dimensions', di, 'id'], `die Dimensions-ID ${quote(d.id)} kommt mehrfach vor.`);
    seenDimension.add(d.id);
    if (hasScale && !isLevel(d.defaultTarget))
      fail(['dimensions', di, 'defaultTarget'], `das Standard-Ziel ${d.defaultTarget} ist keine Stufe der Skala (${values.join(', ')}).`);
    d.questions.forEach((question, qi) => {
      const path = ['dimensions', di, 'questions', qi];
      const other = seenQuestion.get(question.id);
      if (other !== undefined)
        fail([...path, 'id'], `die Fragen-ID ${quote(question.id)} kommt mehrfach vor (auch in Dimension ${quote(other)}).`);
      seenQuestion.set(question.id, d.id);
      if (hasScale && question.levels.length !== values.length)
        fail(
          [...path, 'levels'],
          `braucht genau eine Beschreibung je Stufe der Skala: ${values.length} erwartet, ${question.levels.length} gefunden.`,
        );
      if (question.dependsOn && new Set(question.dependsOn).size !== question.dependsOn.length)
        fail([...path, 'dependsOn'], 'enthält einen Eintrag doppelt.');
    });
  });

  const seenMeasure = new Set<string>();
  q.measures.forEach((m, mi) => {
    const path = ['measures', mi];
    if (seenMeasure.has(m.id)) fail([...path, 'id'], `die Maßnahmen-ID ${quote(m.id)} kommt mehrfach vor.`);
    seenMeasure.add(m.id);
    if (!seenDimension.has(m.dimension))
      fail(
        [...path, 'dimension'],
        `verweist auf die Dimension ${quote(m.dimension)}, die es nicht gibt (vorhanden: ${[...seenDimension].map((id) => printable(id)).join(', ')}).`,
      );
    if (hasScale && (m.levels.min < minLevel || m.levels.min > maxLevel))
      fail([...path, 'levels', 'min'], `${m.levels.min} liegt außerhalb der Skala (${minLevel} bis ${maxLevel}).`);
    if (hasScale && (m.levels.max < minLevel || m.levels.max > maxLevel))
      fail([...path, 'levels', 'max'], `${m.levels.max} liegt außerhalb der Skala (${minLevel} bis ${maxLevel}).`);
    if (m.levels.min > m.levels.max) fail([...path, 'levels'], `„min“ (${m.levels.min}) ist größer als „max“ (${m.levels.max}).`);
    m.questions?.forEach((qid, i) => {
      const at = seenQuestion.get(qid);
      if (at === undefined) fail([...path, 'questions', i], `verweist auf die Frage ${quote(qid)}, die es nicht gibt.`);
      else if (at !== m.dimension)
        fail(
          [...path, 'questions', i],
          `die Frage ${quote(qid)} gehört zur Dimension ${quote(at)}, die Maßnahme zu ${quote(m.dimension)}.`,
        );
    });
  });

  // every text in every declared language (one in no language at all the shape check has named)
  const langs = q.languages ?? ['de'];
  if (new Set(langs).size !== langs.length) fail(['languages'], 'enthält eine Sprache doppelt.');
  const missing = new Map(langs.map((l) => [l, missingLanguage(l, q.languages)]));
  for (const [path, text] of textsOf(q))
    if (LANGS.some((l) => text[l] !== undefined))
      for (const [l, many] of missing)
        if (text[l] === undefined)
          ctx.addIssue({
            code: 'custom',
            path: [...path, l],
            message: `der Text auf ${LANG_NAMES[l]} fehlt. ${many.hint}`,
            params: { many },
            input: undefined,
          });

  const seenPerspective = new Set<string>();
  q.perspectives?.forEach((p, pi) => {
    if (seenPerspective.has(p.id)) fail(['perspectives', pi, 'id'], `die Perspektiven-ID ${quote(p.id)} kommt mehrfach vor.`);
    seenPerspective.add(p.id);
  });
}

/** What a text missing in language `lang` is told: what „languages“ promises (German when it is
 * absent) and how to promise less; said once for all texts when many miss it. */
function missingLanguage(lang: Lang, declared: readonly Lang[] | undefined): Many {
  const names = (ls: readonly Lang[]) => ls.map((l) => LANG_NAMES[l]).join(' und ');
  const json = (ls: readonly Lang[]) => `"languages": [${ls.map((l) => `"${l}"`).join(', ')}]`;
  const others = (declared ?? []).filter((l) => l !== lang);
  const hint = !declared
    ? `Die Sprachen des Fragebogens nennt „languages“ (ohne die Angabe: Deutsch); ein nur englischer Fragebogen schreibt ${json(['en'])}.`
    : others.length
      ? `„languages“ verspricht ${names(declared)}; ohne ${LANG_NAMES[lang]} schreiben Sie ${json(others)}.`
      : `„languages“ verspricht ${names(declared)}.`;
  return { what: `fehlt der Text auf ${LANG_NAMES[lang]}`, hint };
}

type TextPath = (string | number)[];

/** Every text of a questionnaire with its place. */
function* textsOf(q: z.infer<typeof QuestionnaireShape>): Generator<[TextPath, LocalizedText]> {
  yield [['title'], q.title];
  yield [['description'], q.description];
  if (q.source) yield [['source'], q.source];
  for (const [i, l] of q.scale.levels.entries()) {
    yield [['scale', 'levels', i, 'label'], l.label];
    if (l.description) yield [['scale', 'levels', i, 'description'], l.description];
  }
  for (const [i, p] of (q.perspectives ?? []).entries()) yield [['perspectives', i, 'label'], p.label];
  for (const [di, d] of q.dimensions.entries()) {
    yield [['dimensions', di, 'title'], d.title];
    yield [['dimensions', di, 'description'], d.description];
    for (const [i, t] of d.painPoints.entries()) yield [['dimensions', di, 'painPoints', i], t];
    for (const [qi, x] of d.questions.entries()) {
      const at = ['dimensions', di, 'questions', qi];
      yield [[...at, 'text'], x.text];
      if (x.help) yield [[...at, 'help'], x.help];
      for (const [i, t] of x.levels.entries()) yield [[...at, 'levels', i], t];
    }
  }
  for (const [mi, m] of q.measures.entries()) {
    yield [['measures', mi, 'title'], m.title];
    yield [['measures', mi, 'description'], m.description];
    if (m.source) yield [['measures', mi, 'source'], m.source];
  }
}

/** The languages a questionnaire's texts are written in. */
export function languagesOf(q: Pick<Questionnaire, 'languages'>): readonly Lang[] {
  return q.languages ?? ['de'];
}

/** Validates an untrusted value as a questionnaire; every problem becomes one German sentence. */
export function parseQuestionnaire(data: unknown): ParseResult<Questionnaire> {
  return parseWith(Questionnaire, data);
}

/** All questions in questionnaire order, each with its dimension. */
export function allQuestions(q: Questionnaire): { dimension: Dimension; question: Question }[] {
  return q.dimensions.flatMap((dimension) => dimension.questions.map((question) => ({ dimension, question })));
}

/** A question found by id: with its dimension and its position in questionnaire order. */
export interface QuestionRef {
  dimension: Dimension;
  question: Question;
  /** position in questionnaire order (0 = the first question of the first dimension) */
  index: number;
}

// parsed questionnaires are never changed, so the index of one object stays valid for its lifetime
const indexes = new WeakMap<Questionnaire, ReadonlyMap<string, QuestionRef>>();

/** Every question by id (built once per questionnaire object, then cached). */
export function questionIndex(q: Questionnaire): ReadonlyMap<string, QuestionRef> {
  let index = indexes.get(q);
  if (!index) {
    const map = new Map<string, QuestionRef>();
    allQuestions(q).forEach(({ dimension, question }, i) => {
      if (!map.has(question.id)) map.set(question.id, { dimension, question, index: i });
    });
    indexes.set(q, map);
    index = map;
  }
  return index;
}

/** The question with this id, its dimension and position; undefined when the questionnaire has none. */
export function questionById(q: Questionnaire, id: string): QuestionRef | undefined {
  return questionIndex(q).get(id);
}

/** The dependencies outside the office named by any of a dimension's questions (each once, in order of mention). */
export function dependenciesOf(dimension: Pick<Dimension, 'questions'>): Dependency[] {
  return [...new Set(dimension.questions.flatMap((x) => x.dependsOn ?? []))];
}

/** The scale's lowest and highest level values. */
export function scaleRange(q: Questionnaire): { min: number; max: number } {
  const values = q.scale.levels.map((l) => l.value);
  return { min: Math.min(...values), max: Math.max(...values) };
}

/** The levels a digit key chooses (the single-digit values of the scale): the lowest and highest,
 * for the key hints of the question screen and the workshop. */
export function digitKeyRange(q: Pick<Questionnaire, 'scale'>): { min: number; max: number } {
  const digits = q.scale.levels.map((l) => l.value).filter((v) => v <= 9);
  return { min: Math.min(...digits), max: Math.max(...digits) };
}

/** Parses a questionnaire file's text; every error names the file. */
export function parseQuestionnaireFile(fileName: string, text: string): ParseResult<Questionnaire> {
  const json = parseJsonText(text);
  const r = json.ok ? parseQuestionnaire(json.value) : json;
  if (!r.ok) return { ok: false, errors: r.errors.map((e) => `${fileName}: ${e}`) };
  return r;
}
