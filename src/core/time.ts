// Instants. Every timestamp that crosses a boundary (a file, a QR code, a database record) is parsed
// with IsoDateTime, which accepts any offset but hands on UTC only ("2026-11-23T09:00:00.000Z"), so
// two copies of one instant are the same string. "Which is newer" is still decided by value, never
// by comparing strings, so that a timestamp from elsewhere cannot sort wrongly.
import * as z from 'zod/mini';

const CANONICAL = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** The UTC form of a timestamp ("…Z" with milliseconds); text that names no instant is returned unchanged. */
export function toUtc(value: string): string {
  const t = Date.parse(value);
  return Number.isNaN(t) ? value : new Date(t).toISOString();
}

/** An ISO 8601 date-time with any offset; the parsed value is always its UTC form. */
export const IsoDateTime = z.iso.datetime({ offset: true }).check(
  z.overwrite(toUtc),
  // an offset can push year 0000 or 9999 out of the four-digit form, which would not parse again
  z.refine((v) => Number.isNaN(Date.parse(v)) || CANONICAL.test(v), 'der Zeitpunkt liegt außerhalb der Jahre 0000 bis 9999.'),
);

const instant = (v: string): number => {
  const t = Date.parse(v);
  return Number.isNaN(t) ? -Infinity : t;
};

/** Orders two timestamps by the instant they name (negative: `a` is earlier); unreadable ones count as earliest. */
export function compareInstants(a: string, b: string): number {
  const x = instant(a);
  const y = instant(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** The newest of some timestamps (missing ones left out; the first of equal instants), or null for none. */
export function latest(...xs: (string | undefined | null)[]): string | null {
  let out: string | null = null;
  for (const x of xs) if (x !== undefined && x !== null && (out === null || compareInstants(x, out) > 0)) out = x;
  return out;
}
