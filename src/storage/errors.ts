// Storage failures that the UI turns into German messages.

/** The device's storage is full (or the browser refused more space). */
export class StorageFullError extends Error {
  constructor(cause?: unknown) {
    super('Der Speicher des Geräts ist voll.', { cause });
    this.name = 'StorageFullError';
  }
}

/** A newer version of the app has the database: this page must not write to it any more. */
export class NewerVersionError extends Error {
  constructor(cause?: unknown) {
    super('Eine neuere Version der App verwendet die Daten dieses Geräts.', { cause });
    this.name = 'NewerVersionError';
  }
}

/** A note longer than 5,000 characters: not written (the person shortens it). */
export class NoteTooLongError extends Error {
  constructor() {
    super('Die Notiz ist länger als 5.000 Zeichen.');
    this.name = 'NoteTooLongError';
  }
}

/** The record a write belongs to is no longer stored (the database was deleted while open). */
export class VanishedError extends Error {
  constructor(what: string) {
    super(`${what} ist nicht mehr gespeichert.`);
    this.name = 'VanishedError';
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
