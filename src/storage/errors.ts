// Storage failures that the UI turns into German messages.

/** The device's storage is full (or the browser refused more space). */
export class StorageFullError extends Error {
  constructor(cause?: unknown) {
    super('Der Speicher des Geräts ist voll.', { cause });
    this.name = 'StorageFullError';
  }
}

/** True for the browser's "quota exceeded" errors, however they are wrapped. */
export function isQuotaError(e: unknown): boolean {
  if (e instanceof StorageFullError) return true;
  if (!(e instanceof Error || (typeof DOMException !== 'undefined' && e instanceof DOMException))) return false;
  const name = (e as { name?: string }).name;
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED';
}

/** Rethrows quota errors as StorageFullError, anything else unchanged. */
export function translateError(e: unknown): never {
  if (isQuotaError(e)) throw new StorageFullError(e);
  throw e;
}
