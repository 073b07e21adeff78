// One rounding rule for every difference shown next to its terms: computed from the shown figures,
// so that what the screen prints adds up.
import { describe, expect, it } from 'vitest';
import { asShown, shownDifference, signed } from '../../src/ui/shared/format';
import { formatNumber } from '../../src/ui/i18n';

describe('differences as they are shown', () => {
  it('a gap next to Ist and Soll is Soll minus the shown Ist', () => {
    // the case: Ist 1,25 is shown as 1,3; the gap must read 1,7 (3 − 1,3), not 1,8
    expect(formatNumber(1.25)).toBe('1,3');
    expect(formatNumber(3 - 1.25)).toBe('1,8'); // what the unrounded difference would print
    expect(signed(shownDifference(3, 1.25))).toBe('1,7');
  });

  it('a change between two shown medians is their shown difference', () => {
    // 1,75 → 2,04 is shown as 1,8 → 2,0: the change reads +0,2, not +0,3
    expect(formatNumber(1.75)).toBe('1,8');
    expect(formatNumber(2.04)).toBe('2,0');
    expect(signed(2.04 - 1.75, 1, true)).toBe('+0,3');
    expect(signed(shownDifference(2.04, 1.75), 1, true)).toBe('+0,2');
    expect(signed(shownDifference(1.75, 2.04), 1, true)).toBe('−0,2');
  });

  it('every shown difference equals the difference of the printed numbers', () => {
    for (let a = 0; a <= 4; a += 0.05)
      for (let b = 0; b <= 4; b += 0.35) {
        const printed = (x: number) => Number(formatNumber(x).replace(',', '.'));
        expect(shownDifference(a, b)).toBeCloseTo(printed(a) - printed(b), 10);
        expect(asShown(a)).toBe(printed(a));
      }
  });
});
