// The one module that opens the database. Versions and their migrations:
//   v1: `assessments` (key id, index byUpdated) and `answers` (key [assessmentId, questionId],
//       index byAssessment); an answer record carried its note.
//   v2: notes move to their own store `notes`, so that an answer is one blind write and a note
//       typed in one tab never overwrites a level chosen in another; store `questionnaires`
//       (imported questionnaire files, key [id, version]); index `assessments.byOffice`.
//   v3: stores `workshops` (a running or finished workshop, key id) and `plan` (the measures a
//       group accepted, key id, index byOffice). Nothing existing is touched.
//   v4: store `activity` (key assessmentId): when an assessment's answers or notes last changed,
//       so that lists never read every answer; store `sheets` (key assessmentId): the answers of
//       an imported assessment in one record (see core StoredSheet), unpacked on the first edit;
//       store `workshopFacts` (key [workshopId, key], index byWorkshop): a running workshop's
//       facts, each its own record, so that two windows never overwrite each other. A v3 workshop
//       record is split into its fixed part (kept in `workshops`) and one fact per agreement,
//       show of hands, note and setting; its position starts again at the first question. Answers cleared to "no
//       answer" are deleted instead of stored as null, so an index count is the number answered;
//       the migration fills `activity` from the stored answers and notes and drops null answers.
// Each step runs only for databases older than it, inside the upgrade transaction: it either
// completes entirely or leaves the old database untouched.
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import { NewerVersionError } from './errors';
import type { Assessment, StoredAnswer, StoredNote } from '../core/assessment';
import type { StoredSheet } from '../core/exchange';
import type { PlanItem, WorkshopFact, WorkshopRecord } from '../core/workshop';

export const DB_NAME = 'reifegrad-check';
/** The database version of this build. A build for the upgrade tests (REIFEGRAD_DB_AHEAD=1) is one
 * version ahead, with a step that changes nothing: "a newer version of the app" for the tests. */
export const DB_VERSION = __DB_AHEAD__ ? 5 : 4;

export interface StoredQuestionnaire {
  id: string;
  version: string;
  /** when it was stored on this device */
  importedAt: string;
  /** brought by the app (a bundled questionnaire, kept once used) or imported; absent: imported */
  origin?: 'bundled' | 'imported';
  /** the questionnaire file as imported; parsed again on every read */
  data: unknown;
}

export interface ReifegradDB extends DBSchema {
  assessments: { key: string; value: Assessment; indexes: { byUpdated: string; byOffice: string } };
  answers: { key: [string, string]; value: StoredAnswer; indexes: { byAssessment: string } };
  notes: { key: [string, string]; value: StoredNote; indexes: { byAssessment: string } };
  questionnaires: { key: [string, string]; value: StoredQuestionnaire };
  workshops: { key: string; value: WorkshopRecord };
  workshopFacts: { key: [string, string]; value: WorkshopFact; indexes: { byWorkshop: string } };
  plan: { key: string; value: PlanItem; indexes: { byOffice: string } };
  activity: { key: string; value: Activity };
  sheets: { key: string; value: StoredSheet };
}

/** When an assessment's answers or notes last changed (UTC ISO time). */
export interface Activity {
  assessmentId: string;
  at: string;
}

type UpgradeTx = IDBPTransaction<ReifegradDB, StoreNames<ReifegradDB>[], 'versionchange'>;

const MIGRATIONS: Record<number, (db: IDBPDatabase<ReifegradDB>, tx: UpgradeTx) => void | Promise<void>> = {
  1: (db) => {
    const assessments = db.createObjectStore('assessments', { keyPath: 'id' });
    assessments.createIndex('byUpdated', 'updatedAt');
    const answers = db.createObjectStore('answers', { keyPath: ['assessmentId', 'questionId'] });
    answers.createIndex('byAssessment', 'assessmentId');
  },
  2: async (db, tx) => {
    db.createObjectStore('questionnaires', { keyPath: ['id', 'version'] });
    tx.objectStore('assessments').createIndex('byOffice', 'office');
    const notes = db.createObjectStore('notes', { keyPath: ['assessmentId', 'questionId'] });
    notes.createIndex('byAssessment', 'assessmentId');
    // move every note out of its answer record (records are copied as they are, even odd ones:
    // the schema check on read reports those, the migration must not lose them)
    let cursor = await tx.objectStore('answers').openCursor();
    while (cursor) {
      const old = cursor.value as StoredAnswer & { note?: unknown };
      if ('note' in old) {
        const { note, ...answer } = old;
        if (typeof note === 'string' && note !== '')
          await notes.put({ assessmentId: old.assessmentId, questionId: old.questionId, note, updatedAt: old.updatedAt });
        await cursor.update(answer);
      }
      cursor = await cursor.continue();
    }
  },
  3: (db) => {
    db.createObjectStore('workshops', { keyPath: 'id' });
    db.createObjectStore('plan', { keyPath: 'id' }).createIndex('byOffice', 'office');
  },
  // only in a build for the upgrade tests: a newer version that changes nothing
  5: () => undefined,
  4: async (db, tx) => {
    db.createObjectStore('sheets', { keyPath: 'assessmentId' });
    const activity = db.createObjectStore('activity', { keyPath: 'assessmentId' });
    const last = new Map<string, string>();
    const touch = (record: unknown) => {
      const r = record as { assessmentId?: unknown; updatedAt?: unknown } | null;
      if (!r || typeof r.assessmentId !== 'string' || typeof r.updatedAt !== 'string') return;
      const t = Date.parse(r.updatedAt);
      if (Number.isNaN(t)) return;
      const prev = last.get(r.assessmentId);
      if (prev === undefined || Date.parse(prev) < t) last.set(r.assessmentId, new Date(t).toISOString());
    };
    let cursor = await tx.objectStore('answers').openCursor();
    while (cursor) {
      touch(cursor.value);
      // a cleared answer carries nothing but its time (kept in `activity`); odd records stay for the
      // schema check on read to report
      if ((cursor.value as { value?: unknown }).value === null) await cursor.delete();
      cursor = await cursor.continue();
    }
    let notes = await tx.objectStore('notes').openCursor();
    while (notes) {
      touch(notes.value);
      notes = await notes.continue();
    }
    for (const [assessmentId, at] of last) await activity.put({ assessmentId, at });

    db.createObjectStore('workshopFacts', { keyPath: ['workshopId', 'key'] }).createIndex('byWorkshop', 'workshopId');
    let w = await tx.objectStore('workshops').openCursor();
    while (w) {
      const split = splitWorkshopV3(w.value);
      if (split) {
        await w.update(split.record as WorkshopRecord);
        for (const f of split.facts) await tx.objectStore('workshopFacts').put(f as WorkshopFact);
      }
      w = await w.continue();
    }
  },
};

/** A workshop record of database v3 (one record, written whole) as its fixed part and its facts;
 * null for anything else (left as it is, for the schema check on read to report). */
function splitWorkshopV3(raw: unknown): { record: Record<string, unknown>; facts: Record<string, unknown>[] } | null {
  if (!raw || typeof raw !== 'object' || !('position' in raw)) return null;
  const { position: _p, order, agreed, notes, hands, participants, showNotes, updatedAt, ...record } = raw as Record<string, unknown>;
  const at = typeof updatedAt === 'string' ? updatedAt : String(record.createdAt);
  const facts: Record<string, unknown>[] = [];
  const fact = (key: string, value: unknown) => facts.push({ workshopId: record.id, key, value, at, by: 'v3' });
  const each = (prefix: string, map: unknown) => {
    if (map && typeof map === 'object') for (const [q, v] of Object.entries(map)) fact(`${prefix}:${q}`, v);
  };
  each('agreed', agreed);
  each('note', notes);
  each('hands', hands);
  if (order !== undefined) fact('order', order);
  if (participants !== undefined) fact('participants', participants);
  if (showNotes !== undefined) fact('showNotes', showNotes);
  // the agenda is frozen again (from the pre-votes) when the workshop is next opened
  return { record: { ...record, agenda: [] }, facts };
}

// ---- the connection and what can happen to it while the app is open ------------------------------

/** What happened to the database while this page had it open:
 * - 'newerVersion': a newer version of the app (another tab) upgrades it, or it is newer than this
 *   build already — this page must not write any more; a reload loads the new version;
 * - 'blocked': this page wants to upgrade it, but a tab of an older version keeps it open;
 * - 'vanished': it was deleted or cut off (the browser cleared the site's data): what is stored
 *   is gone, what this page holds in memory is not;
 * - 'open': the database is open (again), e.g. after a blocked upgrade could go ahead. */
export type DatabaseEvent = 'newerVersion' | 'blocked' | 'vanished' | 'open';

const listeners = new Set<(e: DatabaseEvent) => void>();

/** Calls `listener` for every event of the database (returns the unsubscribe function). */
export function onDatabaseEvent(listener: (e: DatabaseEvent) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function tell(e: DatabaseEvent): void {
  for (const l of listeners) l(e);
}

let dbPromise: Promise<IDBPDatabase<ReifegradDB>> | null = null;
/** Set once a newer version took the database: every later call fails with NewerVersionError. */
let superseded = false;
/** Whether this page has had the database open before (so a fresh one means it vanished). */
let openedBefore = false;

/** The open database (opened and migrated on first use). */
export function db(): Promise<IDBPDatabase<ReifegradDB>> {
  if (superseded) return Promise.reject(new NewerVersionError());
  dbPromise ??= openDB<ReifegradDB>(DB_NAME, DB_VERSION, {
    upgrade(database, oldVersion, _newVersion, tx) {
      // a database made from nothing while this page had one open before: it was deleted
      if (oldVersion === 0 && openedBefore) queueMicrotask(() => tell('vanished'));
      // the steps run inside the upgrade transaction; a failing step aborts it, and the old
      // database stays as it was
      void (async () => {
        for (let v = oldVersion + 1; v <= DB_VERSION; v++) await MIGRATIONS[v]!(database, tx);
      })().catch(() => tx.abort());
    },
    blocked() {
      // a tab of an older version holds the database open and does not let go
      tell('blocked');
    },
    blocking(_current, next) {
      void dbPromise?.then((d) => d.close());
      dbPromise = null;
      if (next === null) {
        // deleted by someone (another tab, the browser's tools): reopened afresh on next use
        tell('vanished');
      } else {
        // a newer version of the app (another tab) upgrades it: let it, and write nothing more here
        superseded = true;
        tell('newerVersion');
      }
    },
    terminated() {
      // closed by the browser (e.g. the site's data cleared)
      dbPromise = null;
      tell('vanished');
    },
  }).then(
    (d) => {
      openedBefore = true;
      tell('open');
      return d;
    },
    (e: unknown) => {
      dbPromise = null;
      if (e instanceof DOMException && e.name === 'VersionError') {
        // the database is newer than this build: a newer version of the app has been used here
        superseded = true;
        tell('newerVersion');
        throw new NewerVersionError(e);
      }
      throw e;
    },
  );
  return dbPromise;
}

/** Closes the connection and forgets its history (tests with a fresh database; the next call to
 * db() opens it as for the first time). */
export async function closeDb(): Promise<void> {
  const p = dbPromise;
  dbPromise = null;
  openedBefore = false;
  superseded = false;
  if (p) (await p).close();
}
