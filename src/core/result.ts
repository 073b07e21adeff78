/** Outcome of parsing untrusted input: the value, or German error sentences. */
export type ParseResult<T> = { ok: true; value: T } | { ok: false; errors: string[] };
