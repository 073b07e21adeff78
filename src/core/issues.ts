// Turns zod issues into German sentences that say where (JSON path) and what is expected.
import * as z from 'zod/mini';
import type { ParseResult } from './result';

/** A path such as `dimensions[2].questions[0].levels` (or "(Wurzel)" for the whole document). */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`;
    else out += out ? `.${String(p)}` : String(p);
  }
  return out || '(Wurzel)';
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

function describeValue(v: unknown): string {
  if (v === undefined) return 'fehlt';
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'eine Liste';
  if (typeof v === 'string') return `der Text ${JSON.stringify(v.length > 40 ? v.slice(0, 40) + '…' : v)}`;
  if (typeof v === 'number') return `die Zahl ${v}`;
  if (typeof v === 'boolean') return String(v);
  if (typeof v === 'object') return 'ein Objekt';
  return typeof v;
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

/** One German sentence per issue; `data` is the parsed input, used to say what was found. */
export function issueToGerman(issue: z.core.$ZodIssue, data: unknown): string {
  const where = formatPath(issue.path);
  const found = valueAt(data, issue.path);
  switch (issue.code) {
    case 'invalid_type': {
      const expected = TYPE_NAMES[issue.expected] ?? issue.expected;
      if (found === undefined) return `${where}: Pflichtangabe fehlt (erwartet: ${expected}).`;
      return `${where}: erwartet ${expected}, gefunden ${describeValue(found)}.`;
    }
    case 'too_small': {
      const min = String(issue.minimum);
      if (issue.origin === 'string') return `${where}: darf nicht leer sein.`;
      if (issue.origin === 'array') return `${where}: braucht mindestens ${min} Einträge.`;
      return `${where}: muss ${issue.inclusive ? 'mindestens' : 'größer als'} ${min} sein, gefunden ${describeValue(found)}.`;
    }
    case 'too_big': {
      const max = String(issue.maximum);
      if (issue.origin === 'string') return `${where}: ist zu lang (höchstens ${max} Zeichen).`;
      if (issue.origin === 'array') return `${where}: hat zu viele Einträge (höchstens ${max}).`;
      return `${where}: darf ${issue.inclusive ? 'höchstens' : 'nur kleiner als'} ${max} sein, gefunden ${describeValue(found)}.`;
    }
    case 'invalid_value':
      return `${where}: erlaubt sind nur ${issue.values.map((v) => JSON.stringify(v)).join(', ')}; gefunden ${describeValue(found)}.`;
    case 'invalid_format':
      // a pattern with its own explanation (e.g. ids): say that instead of "Muster"
      if (issue.format === 'regex' && issue.message && !issue.message.startsWith('Invalid'))
        return `${where}: ${issue.message}, gefunden ${describeValue(found)}.`;
      return `${where}: hat nicht das erwartete Format (${formatName(issue.format)}), gefunden ${describeValue(found)}.`;
    case 'unrecognized_keys':
      return `${where}: unbekannte Angabe${issue.keys.length > 1 ? 'n' : ''} ${issue.keys.map((k) => `„${k}“`).join(', ')} (Tippfehler?).`;
    case 'invalid_union':
      return `${where}: passt zu keiner der erlaubten Formen, gefunden ${describeValue(found)}.`;
    case 'custom':
      return `${where}: ${issue.message}`;
    default:
      return `${where}: ungültiger Wert.`;
  }
}

function formatName(format: string): string {
  if (format === 'regex') return 'Muster';
  return format;
}

/** Parses untrusted data with a schema; every problem becomes one German sentence. */
export function parseWith<T>(schema: z.ZodMiniType<T>, data: unknown): ParseResult<T> {
  const r = z.safeParse(schema, data);
  return r.success ? { ok: true, value: r.data } : { ok: false, errors: r.error.issues.map((i) => issueToGerman(i, data)) };
}
