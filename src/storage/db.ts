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
//       an imported assessment in one record (see core StoredSheet), unpacked on the first edit. Answers cleared to "no
//       answer" are deleted instead of stored as null, so an index count is the number answered;
//       the migration fills `activity` from the stored answers and notes and drops null answers.
// Each step runs only for databases older than it, inside the upgrade transaction: it either
// completes entirely or leaves the old database untouched.
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { Assessment, StoredAnswer, StoredNote } from '../core/assessment';
import type { StoredSheet } from '../core/exchange';
import type { PlanItem, Workshop } from '../core/workshop';

export const DB_NAME = 'reifegrad-check';
export const DB_VERSION = 4;

export interface StoredQuestionnaire {
  id: string;
  version: string;
  importedAt: string;
  /** the questionnaire file as imported; parsed again on every read */
  data: unknown;
}

export interface ReifegradDB extends DBSchema {
  assessments: { key: string; value: Assessment; indexes: { byUpdated: string; byOffice: string } };
  answers: { key: [string, string]; value: StoredAnswer; indexes: { byAssessment: string } };
  notes: { key: [string, string]; value: StoredNote; indexes: { byAssessment: string } };
  questionnaires: { key: [string, string]; value: StoredQuestionnaire };
  workshops: { key: string; value: Workshop };
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
  },
};

let dbPromise: Promise<IDBPDatabase<ReifegradDB>> | null = null;

/** The open database (opened and migrated on first use). */
export function db(): Promise<IDBPDatabase<ReifegradDB>> {
  dbPromise ??= openDB<ReifegradDB>(DB_NAME, DB_VERSION, {
    upgrade(database, oldVersion, _newVersion, tx) {
      // the steps run inside the upgrade transaction; a failing step aborts it, and the old
      // database stays as it was
      void (async () => {
        for (let v = oldVersion + 1; v <= DB_VERSION; v++) await MIGRATIONS[v]!(database, tx);
      })().catch(() => tx.abort());
    },
    blocking() {
      // a newer version of the app (another tab) wants to upgrade: let it, reopen on next use
      void dbPromise?.then((d) => d.close());
      dbPromise = null;
    },
    terminated() {
      dbPromise = null;
    },
  }).catch((e: unknown) => {
    dbPromise = null;
    throw e;
  });
  return dbPromise;
}

/** Closes the connection (tests; the next call to db() reopens). */
export async function closeDb(): Promise<void> {
  const p = dbPromise;
  dbPromise = null;
  if (p) (await p).close();
}
