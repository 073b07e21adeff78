// Turns zod issues into German sentences that say where and what is expected. Whatever a file
// holds, a message stays readable: what it quotes from the file is made printable (no control
// characters, escape sequences or bidi overrides) and cut short, a sentence is at most
// MAX_MESSAGE characters, and a refusal lists at most MAX_PROBLEMS problems. A message about a
// place where a text per language belongs (found by the schema: a `LocalizedText`) shows how such
// a text is written, and one kind of problem at MANY_PLACES places or more is said once, with a
// count and a few of the places (a file of plain strings gets one line, not 179).
import * as z from 'zod/mini';
import type { ParseResult } from './result';
import { LANGS, LocalizedText } from './text';

/** The longest message (in characters) a refusal shows. */
export const MAX_MESSAGE = 300;
/** The most problems a refusal lists; the rest are counted. */
export const MAX_PROBLEMS = 20;

// eslint-disable-next-line no-control-regex -- finding escape sequences is the point
const ESCAPE_SEQUENCE = /\u001b(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|[ -/]*[0-~])?|\u009b[0-?]*[ -/]*[@-~]?/g;
// C0 and C1 controls, DEL, line and paragraph separators, bidi marks, overrides and isolates
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const REPLACEMENT = '\uFFFD';

/** Text from a file as a message may show it: each escape sequence or control character becomes
 * „�“, and after `max` characters it is cut with „…“. */
export function printable(s: string, max = 40): string {
  const head = s.length > max * 4 + 16 ? s.slice(0, max * 4 + 16) : s;
  return cut(head.replace(ESCAPE_SEQUENCE, REPLACEMENT).replace(UNPRINTABLE, REPLACEMENT), max, head.length < s.length);
}

/** Text from a file in German quotation marks, printable and cut short: „Gesundheitsamt“. */
export function quote(s: string, max = 40): string {
  return `„${printable(s, max)}“`;
}

/** The first `max` characters (code points) of `s`, with „…“ if anything was left off. */
function cut(s: string, max: number, more = false): string {
  let end = 0;
  for (let n = 0; n < max && end < s.length; n++) end += s.codePointAt(end)! > 0xffff ? 2 : 1;
  return end < s.length || more ? s.slice(0, end) + '…' : s;
}

/** A message cut to MAX_MESSAGE UTF-16 units (a last line of defence; quoted values are cut first),
 * never between the two halves of a surrogate pair. */
export function clampMessage(message: string): string {
  if (message.length <= MAX_MESSAGE) return message;
  const last = message.charCodeAt(MAX_MESSAGE - 2);
  const end = last >= 0xd800 && last <= 0xdbff ? MAX_MESSAGE - 2 : MAX_MESSAGE - 1;
  return message.slice(0, end) + '…';
}

/** A count as German text: 4980 → „4.980“. */
export function count(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** How a text per language is written: { "de": "…", "en": "…" }. */
const TEXT_SHAPE = `{ ${LANGS.map((l) => `"${l}": "…"`).join(', ')} }`;

/** From this many places on, one kind of problem is said once. */
const MANY_PLACES = 4;
/** How many of the places a summary names. */
const EXAMPLES = 3;

/** What a problem that may occur at many places says once for all of them:
 * „An 90 Stellen {what}, z. B. title.de, … (und 87 weitere). {hint}“. A custom issue carries it in
 * `params.many`; problems with the same `what` and `hint` are counted together. */
export interface Many {
  what: string;
  hint?: string;
}

const PLAIN_TEXT: Many = { what: `steht ein einfacher Text, wo ein Text je Sprache hingehört (${TEXT_SHAPE})` };

const SUMMARY = '… und ';

/** At most MAX_PROBLEMS messages (each at most MAX_MESSAGE characters), then how many more there are. */
export function limitProblems(errors: readonly string[], total = errors.length): string[] {
  const shown = errors.slice(0, MAX_PROBLEMS).map(clampMessage);
  return total > shown.length ? [...shown, `${SUMMARY}${count(total - shown.length)} weitere Probleme.`] : shown;
}

/** Each message with a prefix naming the place, except the count of further problems. */
export function prefixed(where: string, errors: readonly string[]): string[] {
  return errors.map((e) => (e.startsWith(SUMMARY) ? e : clampMessage(`${where}: ${e}`)));
}

/** Names a place in the data by its path. */
export type Where = (path: readonly PropertyKey[]) => string;

/** A path such as `dimensions[2].questions[0].levels` (or „(ganze Datei)“ for the whole document);
 * keys from the file are made printable, and a very long path keeps its end. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`;
    else out += (out ? '.' : '') + printable(String(p), 40);
  }
  if (!out) return '(ganze Datei)';
  return out.length > 120 ? `…${out.slice(-119)}` : out;
}

const TYPE_NAMES: Record<string, string> = {
  string: 'ein Text',
  number: 'eine Zahl',
  int: 'eine ganze Zahl',
  boolean: 'true oder false',
  object: 'ein Objekt { … }',
  record: 'ein Objekt { … }',
  array: 'eine Liste [ … ]',
  null: 'null',
  undefined: 'kein Wert',
};

/** What a value from a file is, in a few words: „der Text „gestern““, „die Zahl 7“, „eine Liste“. */
export function describeValue(v: unknown): string {
  if (v === undefined) return 'nichts';
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'eine Liste';
  if (typeof v === 'string') return v === '' ? 'ein leerer Text' : `der Text ${quote(v)}`;
  if (typeof v === 'number') return `die Zahl ${v}`;
  if (typeof v === 'boolean') return `der Wert ${v}`;
  if (typeof v === 'object') return 'ein Objekt';
  return typeof v;
}

/** What the file has at a place: „die Angabe fehlt“ or „gefunden …“. */
export function found(v: unknown): string {
  return v === undefined ? 'die Angabe fehlt' : `gefunden ${describeValue(v)}`;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let cur: unknown = data;
  for (const p of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    if (!Object.prototype.hasOwnProperty.call(cur, p)) return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[p];
  }
  return cur;
}

/** A value of the schema (an allowed literal or option) as a message shows it. */
const allowed = (v: unknown) => (typeof v === 'string' ? quote(v) : String(v));

/** The schema's own words for an issue (given where the schema is declared), not zod's default. */
const ownMessage = (issue: z.core.$ZodIssue) => (issue.message && !issue.message.startsWith('Invalid') ? issue.message : undefined);

/** What a value must be when the schema allows only a few: the one value, or the list. */
function onlyAllowed(values: readonly unknown[], value: unknown, explain: string | undefined): string {
  const why = explain ? ` (${explain})` : '';
  if (values.length === 1) {
    const expected = `erwartet ${describeValue(values[0])}${why}`;
    return value === undefined ? `die Angabe fehlt; ${expected}.` : `${expected}, ${found(value)}.`;
  }
  const list = values.map(allowed).join(', ');
  return value === undefined ? `die Angabe fehlt; erlaubt sind ${list}${why}.` : `erlaubt sind nur ${list}${why}; ${found(value)}.`;
}

/** The part of a schema that checks the value at `path` of the data, as far as objects, arrays
 * and optional values lead (undefined where the path leaves the schema). */
function schemaAt(schema: z.core.$ZodType, path: readonly PropertyKey[]): z.core.$ZodType | undefined {
  let s: z.core.$ZodType | undefined = unwrap(schema);
  for (const key of path) {
    const def = (s as z.core.$ZodTypes)._zod.def;
    if (def.type === 'object')
      s = typeof key === 'string' && Object.prototype.hasOwnProperty.call(def.shape, key) ? def.shape[key] : def.catchall;
    else if (def.type === 'array') s = typeof key === 'number' ? def.element : undefined;
    else if (def.type === 'record') s = def.valueType;
    else return undefined;
    if (!s) return undefined;
    s = unwrap(s);
  }
  return s;
}

/** The schema inside optional, nullable and defaulted values and pipes. */
function unwrap(schema: z.core.$ZodType): z.core.$ZodType {
  let s = schema;
  for (;;) {
    const def = (s as z.core.$ZodTypes)._zod.def;
    if (def.type === 'optional' || def.type === 'nullable' || def.type === 'default' || def.type === 'readonly') s = def.innerType;
    else if (def.type === 'pipe') s = def.in;
    else return s;
  }
}

/** A problem at a place where a text per language belongs, with the shape such a text has. */
function textProblem(issue: z.core.$ZodIssue, value: unknown): string | undefined {
  const belongs = `hier gehört ein Text je Sprache hin, geschrieben als ${TEXT_SHAPE}`;
  switch (issue.code) {
    case 'invalid_type':
      return value === undefined
        ? `Pflichtangabe fehlt (erwartet: ein Text je Sprache, geschrieben als ${TEXT_SHAPE}).`
        : `${belongs}; ${found(value)}.`;
    case 'unrecognized_keys': {
      const named = issue.keys
        .slice(0, KEYS_NAMED)
        .map((k) => quote(k, 30))
        .join(', ');
      return `unbekannte ${issue.keys.length === 1 ? 'Sprache' : 'Sprachen'} ${named}${issue.keys.length > KEYS_NAMED ? ' …' : ''}; ein Text je Sprache wird geschrieben als ${TEXT_SHAPE}.`;
    }
    case 'custom':
      // the text's own check: not one language in it
      return `${belongs}; ${value && typeof value === 'object' && !Array.isArray(value) ? 'gefunden ein Objekt ohne Text' : found(value)}.`;
    default:
      return undefined;
  }
}

/** The `Many` a custom issue carries, if any. */
function manyOf(issue: z.core.$ZodIssue): Many | undefined {
  const many: unknown = issue.code === 'custom' ? issue.params?.many : undefined;
  return many && typeof many === 'object' && typeof (many as Many).what === 'string' ? (many as Many) : undefined;
}

/** zod's bound for integers (±(2⁵³ − 1)): a bound no reader needs to see. */
const isSafeIntegerBound = (n: number | bigint) => Math.abs(Number(n)) === Number.MAX_SAFE_INTEGER;

const KEYS_NAMED = 5;

/** One German sentence per issue; `data` is the parsed input, used to say what was found, and
 * `where` names the place (a JSON path unless the caller knows better). */
export function issueToGerman(issue: z.core.$ZodIssue, data: unknown, where: Where = formatPath): string {
  return clampMessage(`${where(issue.path)}: ${problem(issue, valueAt(data, issue.path))}`);
}

/** One issue on its way to a message: where, what was found there, and what kind of problem it is. */
interface Found {
  issue: z.core.$ZodIssue;
  value: unknown;
  /** the place is one where a text per language belongs */
  atText: boolean;
  many?: Many;
}

/** Says a problem that occurs at many places once: how many, a few of the places (as JSON paths),
 * and what to do. Names fewer places where the sentence would be too long. */
function summary(many: Many, paths: readonly (readonly PropertyKey[])[]): string {
  let text = '';
  for (let shown = Math.min(EXAMPLES, paths.length); shown >= 1; shown--) {
    const rest = paths.length - shown;
    const more = rest === 0 ? '' : rest === 1 ? ' (und eine weitere)' : ` (und ${count(rest)} weitere)`;
    const places = paths.slice(0, shown).map(formatPath).join(', ');
    text = `An ${count(paths.length)} Stellen ${many.what}, z. B. ${places}${more}.${many.hint ? ` ${many.hint}` : ''}`;
    // leave room for the name of the file or part put in front, so that the hint is not cut off
    if (text.length <= MAX_MESSAGE - 40) break;
  }
  return text;
}

/** The messages for the issues of one parse: each issue its sentence, except that a text's place
 * is named once and a kind of problem at MANY_PLACES places or more is one summary, where it first
 * occurs. A summary names its places as JSON paths and, unless `where` is the plain JSON path, is
 * put after the name of the whole (`where([])`, e.g. „Fragebogen 1“). */
function messages(schema: z.core.$ZodType, issues: readonly z.core.$ZodIssue[], data: unknown, where: Where): (() => string)[] {
  const seenText = new Set<string>();
  const items: Found[] = [];
  for (const issue of issues) {
    const atText = schemaAt(schema, issue.path) === LocalizedText;
    const value = valueAt(data, issue.path);
    if (atText) {
      // one message per text: the first says what is wrong and how a text is written
      const key = issue.path.map(String).join('\u0000');
      if (seenText.has(key)) continue;
      seenText.add(key);
    }
    items.push({ issue, value, atText, many: atText && typeof value === 'string' ? PLAIN_TEXT : manyOf(issue) });
  }
  const groups = new Map<string, Found[]>();
  const keyOf = (m: Many) => `${m.what}\n${m.hint ?? ''}`;
  for (const it of items) {
    if (!it.many) continue;
    const group = groups.get(keyOf(it.many));
    if (group) group.push(it);
    else groups.set(keyOf(it.many), [it]);
  }
  const prefix = where === formatPath ? '' : `${where([])}: `;
  const out: (() => string)[] = [];
  for (const it of items) {
    const { many } = it;
    const group = many && groups.get(keyOf(many));
    if (many && group && group.length >= MANY_PLACES) {
      const paths = () => group.map((g) => g.issue.path);
      if (group[0] === it) out.push(() => clampMessage(prefix + summary(many, paths())));
      continue;
    }
    out.push(() =>
      clampMessage(`${where(it.issue.path)}: ${(it.atText && textProblem(it.issue, it.value)) || problem(it.issue, it.value)}`),
    );
  }
  return out;
}

function problem(issue: z.core.$ZodIssue, value: unknown): string {
  const got = found(value);
  switch (issue.code) {
    case 'invalid_type': {
      const expected = TYPE_NAMES[issue.expected] ?? 'ein anderer Wert';
      return value === undefined ? `Pflichtangabe fehlt (erwartet: ${expected}).` : `erwartet ${expected}, ${got}.`;
    }
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string') return min <= 1 ? 'darf nicht leer sein.' : `muss mindestens ${count(min)} Zeichen lang sein.`;
      if (issue.origin === 'array') return min === 1 ? 'braucht mindestens einen Eintrag.' : `braucht mindestens ${count(min)} Einträge.`;
      if (isSafeIntegerBound(issue.minimum)) return `erwartet eine ganze Zahl, gefunden die viel zu kleine Zahl ${String(value)}.`;
      return `muss ${issue.inclusive ? 'mindestens' : 'größer als'} ${min} sein, ${got}.`;
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string')
        return `ist zu lang (höchstens ${count(max)} Zeichen${typeof value === 'string' ? `, gefunden ${count(value.length)}` : ''}).`;
      if (issue.origin === 'array')
        return `hat zu viele Einträge (höchstens ${count(max)}${Array.isArray(value) ? `, gefunden ${count(value.length)}` : ''}).`;
      if (isSafeIntegerBound(issue.maximum)) return `erwartet eine ganze Zahl, gefunden die viel zu große Zahl ${String(value)}.`;
      return `darf ${issue.inclusive ? 'höchstens' : 'nur kleiner als'} ${max} sein, ${got}.`;
    }
    case 'invalid_value':
      return onlyAllowed(issue.values, value, ownMessage(issue));
    case 'invalid_format':
      if (issue.format === 'date') return `erwartet ein Datum wie 2026-11-23, ${got}.`;
      if (issue.format === 'datetime') return `erwartet ein Zeitpunkt wie 2026-11-23T10:00:00Z, ${got}.`;
      // a pattern with its own explanation (e.g. ids): say what is expected
      if (issue.format === 'regex' && ownMessage(issue)) return `erwartet ${issue.message}, ${got}.`;
      return `hat nicht die erwartete Form, ${got}.`;
    case 'unrecognized_keys': {
      const named = issue.keys
        .slice(0, KEYS_NAMED)
        .map((k) => quote(k, 30))
        .join(', ');
      if (issue.keys.length === 1) return `unbekannte Angabe ${named} (Tippfehler?).`;
      if (issue.keys.length <= KEYS_NAMED) return `unbekannte Angaben ${named} (Tippfehler?).`;
      return `unbekannte Angaben ${named} und ${count(issue.keys.length - KEYS_NAMED)} weitere.`;
    }
    case 'invalid_union':
      // a discriminated union names its options: the discriminator is missing or unknown
      if ('options' in issue && Array.isArray(issue.options) && issue.options.length) return onlyAllowed(issue.options, value, undefined);
      return `passt zu keiner der erlaubten Formen, ${got}.`;
    case 'invalid_key':
      return 'enthält einen ungültigen Schlüssel.';
    case 'custom':
      return issue.message;
    default:
      return 'enthält einen ungültigen Wert.';
  }
}

/** Parses untrusted data with a schema; every problem becomes one German sentence, its place
 * named by `where` (a problem at many places one sentence, see `messages`): at most `max` of
 * them, then how many more (a caller that joins the problems of several parts passes Infinity and
 * limits the whole). */
export function parseWith<T>(schema: z.ZodMiniType<T>, data: unknown, where: Where = formatPath, max = MAX_PROBLEMS): ParseResult<T> {
  const r = z.safeParse(schema, data);
  if (r.success) return { ok: true, value: r.data };
  const all = messages(schema, r.error.issues, data, where);
  const errors = all.slice(0, max).map((m) => m());
  return { ok: false, errors: all.length > errors.length ? limitProblems(errors, all.length) : errors };
}

/** German names of the fields of stored records, for messages about a damaged record. */
const FIELD_NAMES: Readonly<Record<string, string>> = {
  id: 'Kennung',
  assessmentId: 'Einschätzung',
  questionId: 'Frage',
  questionnaireId: 'Fragebogen',
  questionnaireVersion: 'Version des Fragebogens',
  office: 'Amt',
  respondent: 'Name',
  perspective: 'Perspektive',
  targets: 'Soll-Profil',
  value: 'Antwort',
  kind: 'Art der Antwort',
  level: 'Stufe',
  note: 'Notiz',
  answers: 'Antworten',
  title: 'Titel',
  owner: 'Verantwortlich',
  due: 'Fällig am',
  status: 'Stand',
  agenda: 'Reihenfolge der Fragen',
  participants: 'Teilnehmende',
  createdAt: 'Zeitpunkt der Anlage',
  updatedAt: 'Zeitpunkt der letzten Änderung',
  at: 'Zeitpunkt',
};

/** Where in a stored record: its fields by their German names („Notiz“, „Antwort › Stufe“). */
export const inRecord: Where = (path) =>
  path.length === 0
    ? '(ganzer Datensatz)'
    : path.map((p) => (typeof p === 'number' ? `Nr. ${p + 1}` : (FIELD_NAMES[String(p)] ?? printable(String(p), 40)))).join(' › ');

/** `parseWith` for a record read back from the device's database. */
export function parseStored<T>(schema: z.ZodMiniType<T>, data: unknown): ParseResult<T> {
  return parseWith(schema, data, inRecord);
}
