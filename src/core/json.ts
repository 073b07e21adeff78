// JSON text → value, with a German error that says where the syntax breaks.
import type { ParseResult } from './result';

/** Parses JSON text; on a syntax error says line and column in German. */
export function parseJsonText(text: string): ParseResult<unknown> {
  try {
    return { ok: true, value: JSON.parse(stripBom(text)) as unknown };
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    const pos = /position (\d+)/.exec(msg);
    if (pos) {
      const { line, column } = lineColumn(text, Number(pos[1]));
      return { ok: false, errors: [`Kein gültiges JSON: Syntaxfehler in Zeile ${line}, Spalte ${column}.`] };
    }
    if (stripBom(text).trim() === '') return { ok: false, errors: ['Die Datei ist leer.'] };
    return { ok: false, errors: ['Kein gültiges JSON: die Datei endet unerwartet oder enthält ungültige Zeichen.'] };
  }
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = stripBom(text).slice(0, offset);
  const lines = before.split('\n');
  return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
}
