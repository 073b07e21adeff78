// A cell a spreadsheet would run as a formula is written as text (leading apostrophe), however the
// formula hides: behind spaces of any kind, line breaks, a quote, or in full-width characters.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { csvCell, decimal } from '../../src/core/csv';

/** The value of a cell as a spreadsheet reads it (RFC 4180 quotes removed). */
const unquote = (cell: string) => (cell.startsWith('"') ? cell.slice(1, -1).replace(/""/g, '"') : cell);

// what a spreadsheet may skip before it looks for a formula, and what starts one
const LEADING = [' ', '\u00a0', '\u3000', '\t', '\r', '\n', '"'];
const TRIGGER = ['=', '+', '-', '@', '\uff1d', '\uff0b', '\uff0d', '\uff20'];

describe('csvCell against formula injection', () => {
  it('neutralises formulas behind spaces, NBSP, ideographic space, tab, line breaks and a quote, and in full-width', () => {
    for (const cell of [
      ' =1+1',
      '\u00a0=1+1',
      '\u3000+1',
      '\t-1',
      '\r\n@SUM(A1)',
      '  \n=HYPERLINK("x")',
      '"=1+1',
      '\uff1dHYPERLINK("http://x")',
      '\uff0b1',
      '\uff0d1',
      '\uff20SUM(A1)',
      ' \uff1d1',
    ])
      expect(unquote(csvCell(cell)), JSON.stringify(cell)).toBe(`'${cell}`);
  });

  it('leaves harmless text and numbers alone', () => {
    expect(csvCell('Amt = Behörde')).toBe('Amt = Behörde');
    expect(csvCell(' Amt')).toBe(' Amt');
    expect(csvCell(-2)).toBe('-2');
    expect(csvCell(-0.5)).toBe('-0,5');
  });

  it('never lets a formula through, and keeps the text otherwise (property-based)', () => {
    const hidden = fc
      .tuple(fc.array(fc.constantFrom(...LEADING), { maxLength: 4 }), fc.constantFrom(...TRIGGER), fc.string({ maxLength: 8 }))
      .map(([lead, trigger, rest]) => lead.join('') + trigger + rest);
    fc.assert(
      fc.property(fc.oneof(hidden, fc.string({ maxLength: 12 })), (s) => {
        const value = unquote(csvCell(s));
        expect([s, `'${s}`]).toContain(value);
        // what a spreadsheet sees after skipping blanks and quotes never starts a formula
        if (value === s) expect(/^[\s"]*[=+\-@\uff1d\uff0b\uff0d\uff20]/.test(value) || /^[\t\r]/.test(value)).toBe(false);
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.double({ noNaN: true }), (n) => {
        expect(csvCell(n)).toBe(decimal(n));
      }),
    );
  });
});
