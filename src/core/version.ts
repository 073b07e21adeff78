// Version numbers of questionnaires ("1.10.0"): compared part by part as numbers, never as text.

/** Orders two version numbers (negative: `a` is older); "1.10.0" is newer than "1.9.0", missing parts count as 0. */
export function compareVersions(a: string, b: string): number {
  const x = a.split('.');
  const y = b.split('.');
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const p = x[i] ?? '0';
    const r = y[i] ?? '0';
    const numeric = /^\d+$/.test(p) && /^\d+$/.test(r);
    const d = numeric ? Number(p) - Number(r) : p < r ? -1 : p > r ? 1 : 0;
    if (d !== 0) return Math.sign(d);
  }
  return 0;
}
