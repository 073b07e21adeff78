// Descriptive statistics for several respondents. Quartiles use linear interpolation between
// order statistics (the rule of Excel's QUARTILE.INKL / QUARTIL.INKL), so a manager can check
// the figures in a spreadsheet.

export interface Spread {
  n: number;
  median: number;
  min: number;
  max: number;
  q1: number;
  q3: number;
  iqr: number;
}

/** The p-quantile (0..1) of sorted numbers, linearly interpolated. */
export function quantileSorted(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) throw new Error('quantile of nothing');
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.ceil(h);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}

/** Median, range and quartiles of some numbers; null for none. */
export function spreadOf(xs: readonly number[]): Spread | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const q1 = quantileSorted(s, 0.25);
  const q3 = quantileSorted(s, 0.75);
  return { n: s.length, median: quantileSorted(s, 0.5), min: s[0]!, max: s[s.length - 1]!, q1, q3, iqr: q3 - q1 };
}
