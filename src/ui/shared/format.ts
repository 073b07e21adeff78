// Figures as the screens print them.
import { formatNumber } from '../i18n';

/** A signed figure with a real minus sign (U+2212), as print typography has it; `plus` marks gains. */
export function signed(x: number, digits = 1, plus = false): string {
  const s = formatNumber(x, digits).replace(/^-/, '−');
  return plus && Math.round(x * 10 ** digits) > 0 ? `+${s}` : s;
}
