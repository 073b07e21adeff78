// Equality of data by content: two values are equal when their canonical JSON is, whatever the
// order in which their object keys were written.

function write(value: unknown): string | undefined {
  const v: unknown =
    value !== null && typeof value === 'object' && typeof (value as { toJSON?: unknown }).toJSON === 'function'
      ? (value as { toJSON: () => unknown }).toJSON()
      : value;
  if (v === null || typeof v !== 'object') return JSON.stringify(v);
  if (Array.isArray(v)) return `[${v.map((x) => write(x) ?? 'null').join(',')}]`;
  const rec = v as Record<string, unknown>;
  const parts: string[] = [];
  for (const key of Object.keys(rec).sort()) {
    const s = write(rec[key]);
    if (s !== undefined) parts.push(`${JSON.stringify(key)}:${s}`);
  }
  return `{${parts.join(',')}}`;
}

/** JSON text with object keys sorted at every depth (arrays keep their order, undefined properties are left out). */
export function canonicalJson(value: unknown): string {
  return write(value) ?? 'null';
}

/** Whether two JSON-like values have the same content, regardless of the order of object keys. */
export function canonicalEqual(a: unknown, b: unknown): boolean {
  return canonicalJson(a) === canonicalJson(b);
}
