// Turns zod issues into German sentences that say where and what is expected. Whatever a file
// holds, a message stays readable: what it quotes from the file is made printable (no control
// characters, escape sequences or bidi overrides) and cut short, a sentence is at most
// MAX_MESSAGE characters, and a refusal lists at most MAX_PROBLEMS problems.
import * as z from 'zod/mini';
import type { ParseResult } from './result';

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

/** zod's bound for integers (±(2⁵³ − 1)): a bound no reader needs to see. */
const isSafeIntegerBound = (n: number | bigint) => Math.abs(Number(n)) === Number.MAX_SAFE_INTEGER;

const KEYS_NAMED = 5;

/** One German sentence per issue; `data` is the parsed input, used to say what was found, and
 * `where` names the place (a JSON path unless the caller knows better). */
export function issueToGerman(issue: z.core.$ZodIssue, data: unknown, where: Where = formatPath): string {
  return clampMessage(`${where(issue.path)}: ${problem(issue, valueAt(data, issue.path))}`);
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
      return `erlaubt ${issue.values.length > 1 ? 'sind nur' : 'ist nur'} ${issue.values.map(allowed).join(', ')}; ${got}.`;
    case 'invalid_format':
      if (issue.format === 'date') return `erwartet ein Datum wie 2026-11-23, ${got}.`;
      if (issue.format === 'datetime') return `erwartet ein Zeitpunkt wie 2026-11-23T10:00:00Z, ${got}.`;
      // a pattern with its own explanation (e.g. ids): say what is expected
      if (issue.format === 'regex' && issue.message && !issue.message.startsWith('Invalid')) return `erwartet ${issue.message}, ${got}.`;
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
      if ('options' in issue && Array.isArray(issue.options) && issue.options.length)
        return `erlaubt sind nur ${(issue.options as unknown[]).map(allowed).join(', ')}; ${got}.`;
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
 * named by `where`: at most `max` of them, then how many more (a caller that joins the problems
 * of several parts passes Infinity and limits the whole). */
export function parseWith<T>(schema: z.ZodMiniType<T>, data: unknown, where: Where = formatPath, max = MAX_PROBLEMS): ParseResult<T> {
  const r = z.safeParse(schema, data);
  if (r.success) return { ok: true, value: r.data };
  const issues = r.error.issues;
  const errors = issues.slice(0, max).map((i) => issueToGerman(i, data, where));
  return { ok: false, errors: issues.length > errors.length ? limitProblems(errors, issues.length) : errors };
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
