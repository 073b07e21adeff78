// What the page knows about its service worker. Kept apart from register.ts so that the first
// screen does not load workbox-window (registration happens after the page has loaded).
import { signal } from '@preact/signals';

export const offlineReady = signal(false);
export const updateAvailable = signal(false);

let activate: (() => void) | null = null;

/** Set by the registration: how to activate a waiting version. */
export function setUpdateActivator(fn: () => void): void {
  activate = fn;
}

/** Activates the waiting version; the page reloads when it takes control. */
export function applyUpdate(): void {
  activate?.();
}
