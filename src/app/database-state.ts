// What this page knows about the database: fine, taken by a newer version of the app, blocked by an
// older tab, or vanished while open (database.ts says what the app does about each; database-
// events.ts follows the database). Kept tiny: the app's shell shows it from the first paint.
import { signal } from '@preact/signals';

export type DatabaseState = 'ok' | 'newerVersion' | 'blocked' | 'vanished';

/** The database as this page sees it. */
export const databaseState = signal<DatabaseState>('ok');
