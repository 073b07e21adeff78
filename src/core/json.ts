// JSON text → value, with a German error that says where the syntax breaks. The place is found by
// our own scan of the text, not read from the engine's message: the engines word their messages
// differently, and some name no position at all.
import { printable } from './issues';
import type { ParseResult } from './result';

/** Parses JSON text (a byte order mark is skipped); on a syntax error says line and column in German. */
export function parseJsonText(text: string): ParseResult<unknown> {
  const body = stripBom(text);
  try {
    return { ok: true, value: JSON.parse(body) as unknown };
  } catch {
    // located below
  }
  if (body.trim() === '') return fail('Die Datei ist leer.');
  const at = syntaxErrorAt(body);
  if (at === null) return fail('Kein gültiges JSON: die Datei enthält ungültige Zeichen.');
  const { line, column } = lineColumn(body, at);
  if (at >= body.length) return fail(`Kein gültiges JSON: die Datei endet unerwartet in Zeile ${line}, Spalte ${column}.`);
  return fail(`Kein gültiges JSON: Syntaxfehler in Zeile ${line}, Spalte ${column} (unerwartetes Zeichen ${charAt(body, at)}).`);
}

function fail(message: string): { ok: false; errors: string[] } {
  return { ok: false, errors: [message] };
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** The character at `offset` as a message shows it: „'“, or its code (U+0001) where it would not show. */
function charAt(text: string, offset: number): string {
  const c = String.fromCodePoint(text.codePointAt(offset)!);
  return printable(c, 1) === c && !/\s/.test(c) ? `„${c}“` : `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Line and column (both from 1; columns in characters, not UTF-16 units) of an offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  let column = 1;
  for (let i = start; i < offset; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xdc00 || c > 0xdfff || i === start || !isHighSurrogate(text.charCodeAt(i - 1))) column++;
  }
  return { line, column };
}

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isDigit = (c: number) => c >= 48 && c <= 57;
const isHex = (c: number) => isDigit(c) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;
// the characters allowed after a backslash in a string, other than "u": " \ / b f n r t
const SIMPLE_ESCAPES = new Set([34, 92, 47, 98, 102, 110, 114, 116]);

type Want = 'value' | 'valueOrClose' | 'keyOrClose' | 'key' | 'colon' | 'commaOrClose' | 'end';

/** The offset of the first syntax error of a JSON text (RFC 8259), `text.length` when the text
 * ends too early, or null when it is valid. One pass, no recursion: deep nesting cannot overflow. */
export function syntaxErrorAt(text: string): number | null {
  const n = text.length;
  const stack: number[] = []; // the open brackets: 91 "[" or 123 "{"
  let want: Want = 'value';
  let i = 0;
  const afterValue = (): Want => (stack.length ? 'commaOrClose' : 'end');
  while (true) {
    while (i < n && isSpace(text.charCodeAt(i))) i++;
    if (i >= n) return want === 'end' ? null : n;
    const c = text.charCodeAt(i);
    switch (want) {
      case 'end':
        return i;
      case 'colon':
        if (c !== 58) return i;
        i++;
        want = 'value';
        continue;
      case 'commaOrClose': {
        const open = stack[stack.length - 1]!;
        if (c === 44) want = open === 123 ? 'key' : 'value';
        else if ((open === 91 && c === 93) || (open === 123 && c === 125)) {
          stack.pop();
          want = afterValue();
        } else return i;
        i++;
        continue;
      }
      case 'keyOrClose':
      case 'key':
        if (want === 'keyOrClose' && c === 125) {
          stack.pop();
          i++;
          want = afterValue();
          continue;
        }
        if (c !== 34) return i;
        i = scanString(text, i);
        if (i < 0) return -i - 1;
        want = 'colon';
        continue;
      case 'value':
      case 'valueOrClose':
        if (want === 'valueOrClose' && c === 93) {
          stack.pop();
          i++;
          want = afterValue();
          continue;
        }
        if (c === 123 || c === 91) {
          stack.push(c);
          i++;
          want = c === 123 ? 'keyOrClose' : 'valueOrClose';
          continue;
        }
        if (c === 34) i = scanString(text, i);
        else if (c === 45 || isDigit(c)) i = scanNumber(text, i);
        else if (c === 116) i = scanWord(text, i, 'true');
        else if (c === 102) i = scanWord(text, i, 'false');
        else if (c === 110) i = scanWord(text, i, 'null');
        else return i;
        if (i < 0) return -i - 1;
        want = afterValue();
        continue;
    }
  }
}

// The scanners return the offset after what they read, or -(offset of the error) - 1.

function scanString(text: string, start: number): number {
  const n = text.length;
  for (let i = start + 1; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) return i + 1;
    if (c < 0x20) return -i - 1;
    if (c !== 92) continue;
    if (i + 1 >= n) return -n - 1;
    const e = text.charCodeAt(i + 1);
    if (SIMPLE_ESCAPES.has(e)) i++;
    else if (e === 117) {
      for (let k = i + 2; k < i + 6; k++) {
        if (k >= n) return -n - 1;
        if (!isHex(text.charCodeAt(k))) return -k - 1;
      }
      i += 5;
    } else return -(i + 1) - 1;
  }
  return -n - 1;
}

function scanNumber(text: string, start: number): number {
  const n = text.length;
  let i = start;
  const digits = (): boolean => {
    if (i >= n || !isDigit(text.charCodeAt(i))) return false;
    while (i < n && isDigit(text.charCodeAt(i))) i++;
    return true;
  };
  if (text.charCodeAt(i) === 45) i++;
  if (i < n && text.charCodeAt(i) === 48) i++;
  else if (!digits()) return -Math.min(i, n) - 1;
  if (i < n && text.charCodeAt(i) === 46) {
    i++;
    if (!digits()) return -i - 1;
  }
  if (i < n && (text.charCodeAt(i) === 101 || text.charCodeAt(i) === 69)) {
    i++;
    if (i < n && (text.charCodeAt(i) === 43 || text.charCodeAt(i) === 45)) i++;
    if (!digits()) return -i - 1;
  }
  return i;
}

function scanWord(text: string, start: number, word: string): number {
  for (let k = 0; k < word.length; k++) {
    const i = start + k;
    if (i >= text.length) return -text.length - 1;
    if (text.charCodeAt(i) !== word.charCodeAt(k)) return -i - 1;
  }
  return start + word.length;
}
