// Figures as the screens print them.
import { formatNumber } from '../i18n';

/** A signed figure with a real minus sign (U+2212), as print typography has it; `plus` marks gains. */
export function signed(x: number, digits = 1, plus = false): string {
  const s = formatNumber(x, digits).replace(/^-/, '−');
  return plus && Math.round(x * 10 ** digits) > 0 ? `+${s}` : s;
}

/** `x` as the screens show it (rounded to `digits` decimals, as the number formats do). */
export function asShown(x: number, digits = 1): number {
  // the same rounding as the shown text (Intl rounds the shortest decimal form half away from
  // zero: 0.35 → 0.4, where toFixed gives 0.3), read back as a number
  let f = plain.get(digits);
  if (!f) {
    f = new Intl.NumberFormat('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits, useGrouping: false });
    plain.set(digits, f);
  }
  return Number(f.format(x));
}
const plain = new Map<number, Intl.NumberFormat>();

/** The difference a − b computed from the two figures as they are shown, so that what a screen
 * prints adds up: „Ist 1,3 · Soll 3 · Lücke 1,7“ (never 1,8 from the unrounded 1,25), a change
 * 1,8 → 2,0 is „+0,2“. One rule for every difference shown next to its terms. */
export function shownDifference(a: number, b: number, digits = 1): number {
  return asShown(asShown(a, digits) - asShown(b, digits), digits);
}
