// Component and storage tests: a fresh in-memory IndexedDB for every test.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach } from 'vitest';
import { configure } from '@testing-library/preact';
import { closeDb } from '../src/storage/db';
import { resetReadModels } from '../src/app/reset';
import { readFileSync } from 'node:fs';

// the app fetches its bundled questionnaires from its own origin; here they come from the repo
const realFetch = globalThis.fetch;
globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
  const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url, 'http://localhost');
  if (/^\/questionnaires\/[a-z0-9-]+\.json$/.test(url.pathname)) {
    return Promise.resolve(new Response(readFileSync(`.${url.pathname}`), { headers: { 'content-type': 'application/json' } }));
  }
  return realFetch(input, init);
};

// lazily loaded screens are transformed on first use: give them time on a busy machine
configure({ asyncUtilTimeout: 10_000 });

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  resetReadModels();
});
afterEach(async () => {
  await closeDb();
});
