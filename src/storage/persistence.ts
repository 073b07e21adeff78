// Asks the browser to keep our data even when the device runs low on space.

/** Requests persistent storage once; resolves to whether it is granted (false where unsupported). */
export async function requestPersistentStorage(): Promise<boolean> {
  try {
    if (!navigator.storage?.persist) return false;
    if (await navigator.storage.persisted()) return true;
    return await navigator.storage.persist();
  } catch {
    return false;
  }
}
