// Storage against fake-indexeddb. Not tested here (see test/e2e): real browser persistence across
// reloads and killed processes, quota in a real browser, BroadcastChannel between real tabs.
import { describe, expect, it, vi } from 'vitest';
import { openDB } from 'idb';
import {
  createAssessment,
  deleteAssessment,
  countAnswers,
  listAssessmentEntries,
  listOfficeNames,
  loadAssessment,
  restoreAssessment,
  updateAssessment,
} from '../../src/storage/assessments';
import { readAnswer, saveAnswer, saveNote, touchActivity } from '../../src/storage/answers';
import { DB_NAME, DB_VERSION, closeDb, db } from '../../src/storage/db';
import { StorageFullError } from '../../src/storage/errors';
import { assessment, level, DONT_KNOW } from '../helpers';

describe('assessments and answers', () => {
  it('stores an assessment and each answer as its own record', async () => {
    await createAssessment(assessment({ id: 'a1' }));
    await saveAnswer('a1', 'alpha-1', level(2), new Date('2026-11-23T11:00:00Z'));
    await saveAnswer('a1', 'alpha-2', DONT_KNOW, new Date('2026-11-23T11:01:00Z'));
    const loaded = await loadAssessment('a1');
    if (!loaded.assessment) throw new Error('not found');
    expect([...loaded.answers.keys()]).toEqual(['alpha-1', 'alpha-2']);
    expect(loaded.answers.get('alpha-1')).toEqual({
      assessmentId: 'a1',
      questionId: 'alpha-1',
      value: level(2),
      updatedAt: '2026-11-23T11:00:00.000Z',
    });
    expect(loaded.assessment.updatedAt).toBe('2026-11-23T11:01:00.000Z');
    // the last change of the answers is written apart (the app does it after the answer); only later times count
    await touchActivity('a1', '2026-11-23T11:01:00.000Z');
    await touchActivity('a1', '2026-11-23T10:59:00.000Z');
    const list = await listAssessmentEntries();
    expect(list.entries.map((i) => [i.assessment.id, i.lastChange])).toEqual([['a1', '2026-11-23T11:01:00.000Z']]);
    expect(await countAnswers(['a1', 'nie'])).toEqual(
      new Map([
        ['a1', 2],
        ['nie', 0],
      ]),
    );
  });

  it('keeps value and note of the same question apart, so neither overwrites the other', async () => {
    await createAssessment(assessment({ id: 'a1' }));
    // two tabs at the same moment: one types a note, the other chooses a level
    await Promise.all([saveNote('a1', 'q', 'Notiz aus Tab A'), saveAnswer('a1', 'q', level(3))]);
    expect(await readAnswer('a1', 'q')).toMatchObject({ value: level(3), note: 'Notiz aus Tab A' });
    await saveAnswer('a1', 'q', null);
    expect(await readAnswer('a1', 'q')).toMatchObject({ value: null, note: 'Notiz aus Tab A' });
    // a cleared answer is no record at all, so it is not counted
    expect(await countAnswers(['a1'])).toEqual(new Map([['a1', 0]]));
    await saveNote('a1', 'q', '');
    expect(await readAnswer('a1', 'q')).toBeNull(); // neither a value nor a note is left
    expect(await readAnswer('a1', 'nie')).toBeNull();
  });

  it('reports a corrupt record, skips it and still lists the others', async () => {
    await createAssessment(assessment({ id: 'gut', office: 'Gesundheitsamt' }));
    const d = await db();
    await d.put('assessments', { id: 'kaputt', office: 42 } as never);
    await d.put('answers', { assessmentId: 'gut', questionId: 'x', value: { kind: 'level', level: 'hoch' } } as never);
    await saveAnswer('gut', 'y', level(1));
    const list = await listAssessmentEntries();
    expect(list.entries.map((i) => i.assessment.id)).toEqual(['gut']);
    expect(list.corrupt).toHaveLength(1);
    expect(list.corrupt[0]).toMatchObject({ store: 'assessments', key: 'kaputt' });
    expect(list.corrupt[0]!.errors).toContain('Amt: erwartet ein Text, gefunden die Zahl 42.');
    const loaded = await loadAssessment('gut');
    expect(loaded.corrupt.map((c) => c.key)).toEqual(['gut/x']);
    if (!loaded.assessment) throw new Error('not found');
    expect([...loaded.answers.keys()]).toEqual(['y']);
    // a new choice replaces the corrupt answer
    await saveAnswer('gut', 'x', level(2));
    expect(await readAnswer('gut', 'x')).toMatchObject({ value: level(2) });
  });

  it('deletes an assessment with its answers and restores it on undo', async () => {
    await createAssessment(assessment({ id: 'a1' }));
    await createAssessment(assessment({ id: 'a2' }));
    await saveAnswer('a1', 'q1', level(1));
    await saveNote('a1', 'q1', 'n');
    await saveAnswer('a2', 'q1', level(2));
    const removed = await deleteAssessment('a1');
    expect((await listAssessmentEntries()).entries.map((i) => i.assessment.id)).toEqual(['a2']);
    expect(await readAnswer('a1', 'q1')).toBeNull();
    await restoreAssessment(removed);
    const back = await loadAssessment('a1');
    expect(back.assessment?.id).toBe('a1');
    if (!back.assessment) return;
    expect(back.answers.get('q1')).toMatchObject({ value: level(1), note: 'n' });
    expect(await readAnswer('a2', 'q1')).toMatchObject({ value: level(2) });
  });

  it('updates targets and offers the office names used so far', async () => {
    await createAssessment(assessment({ id: 'a1', office: 'Ordnungsamt' }));
    await createAssessment(assessment({ id: 'a2', office: 'Gesundheitsamt' }));
    await createAssessment(assessment({ id: 'a3', office: 'Gesundheitsamt' }));
    expect(await listOfficeNames()).toEqual(['Gesundheitsamt', 'Ordnungsamt']);
    const next = await updateAssessment('a1', { targets: { alpha: 3 } });
    expect(next.targets).toEqual({ alpha: 3 });
    expect((await loadAssessment('a1')).assessment?.targets).toEqual({ alpha: 3 });
  });

  it('turns a full disk into StorageFullError and keeps what was stored', async () => {
    await createAssessment(assessment({ id: 'a1' }));
    await saveAnswer('a1', 'q1', level(1));
    // idb's wrapped stores call IDBObjectStore.prototype.put underneath
    const spy = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('voll', 'QuotaExceededError');
    });
    await expect(saveAnswer('a1', 'q1', level(4))).rejects.toBeInstanceOf(StorageFullError);
    spy.mockRestore();
    expect(await readAnswer('a1', 'q1')).toMatchObject({ value: level(1) });
  });
});

describe('database upgrade', () => {
  it('opens a version-1 database and finds every record intact', async () => {
    await closeDb();
    // write a database exactly as version 1 of the app did
    const v1 = await openDB(DB_NAME, 1, {
      upgrade(database) {
        const a = database.createObjectStore('assessments', { keyPath: 'id' });
        a.createIndex('byUpdated', 'updatedAt');
        const ans = database.createObjectStore('answers', { keyPath: ['assessmentId', 'questionId'] });
        ans.createIndex('byAssessment', 'assessmentId');
      },
    });
    const old = assessment({ id: 'alt', office: 'Gesundheitsamt Halle (Saale)' });
    await v1.put('assessments', old);
    const answers = Array.from({ length: 30 }, (_, i) => ({
      assessmentId: 'alt',
      questionId: `q${i}`,
      value: i % 5 === 4 ? { kind: 'dontKnow' } : { kind: 'level', level: i % 5 },
      ...(i === 3 ? { note: 'Notiz mit Umlauten: äöüß' } : {}),
      updatedAt: '2026-11-01T10:00:00.000Z',
    }));
    for (const a of answers) await v1.put('answers', a);
    v1.close();

    const d = await db();
    expect(d.version).toBe(DB_VERSION);
    expect([...d.objectStoreNames].sort()).toEqual([
      'activity',
      'answers',
      'assessments',
      'notes',
      'plan',
      'questionnaires',
      'sheets',
      'workshopFacts',
      'workshops',
    ]);
    const loaded = await loadAssessment('alt');
    expect(loaded.corrupt).toEqual([]);
    if (!loaded.assessment) throw new Error('lost');
    expect(loaded.assessment).toEqual(old);
    // every answer with its note, exactly as version 1 stored it
    expect([...loaded.answers.values()].sort((a, b) => a.questionId.localeCompare(b.questionId))).toEqual(
      [...answers].sort((a, b) => a.questionId.localeCompare(b.questionId)),
    );
    // the note now lives in its own store, the answer record no longer carries it
    expect(await d.getAll('notes')).toEqual([
      { assessmentId: 'alt', questionId: 'q3', note: 'Notiz mit Umlauten: äöüß', updatedAt: '2026-11-01T10:00:00.000Z' },
    ]);
    expect(await d.get('answers', ['alt', 'q3'])).toEqual({
      assessmentId: 'alt',
      questionId: 'q3',
      value: { kind: 'level', level: 3 },
      updatedAt: '2026-11-01T10:00:00.000Z',
    });
    expect(await listOfficeNames()).toEqual(['Gesundheitsamt Halle (Saale)']);
  });
  it('opens a version-2 database (notes apart) and adds the workshop stores without touching anything', async () => {
    await closeDb();
    const v2 = await openDB(DB_NAME, 2, {
      upgrade(database) {
        const a = database.createObjectStore('assessments', { keyPath: 'id' });
        a.createIndex('byUpdated', 'updatedAt');
        a.createIndex('byOffice', 'office');
        const ans = database.createObjectStore('answers', { keyPath: ['assessmentId', 'questionId'] });
        ans.createIndex('byAssessment', 'assessmentId');
        const notes = database.createObjectStore('notes', { keyPath: ['assessmentId', 'questionId'] });
        notes.createIndex('byAssessment', 'assessmentId');
        database.createObjectStore('questionnaires', { keyPath: ['id', 'version'] });
      },
    });
    const old = assessment({ id: 'v2', office: 'Ordnungsamt' });
    await v2.put('assessments', old);
    await v2.put('answers', {
      assessmentId: 'v2',
      questionId: 'q1',
      value: { kind: 'level', level: 2 },
      updatedAt: '2026-11-01T10:00:00.000Z',
    });
    await v2.put('notes', { assessmentId: 'v2', questionId: 'q1', note: 'bleibt', updatedAt: '2026-11-01T10:00:00.000Z' });
    v2.close();

    const d = await db();
    expect(d.version).toBe(DB_VERSION);
    expect([...d.objectStoreNames].sort()).toEqual([
      'activity',
      'answers',
      'assessments',
      'notes',
      'plan',
      'questionnaires',
      'sheets',
      'workshopFacts',
      'workshops',
    ]);
    const loaded = await loadAssessment('v2');
    if (!loaded.assessment) throw new Error('lost');
    expect(loaded.assessment).toEqual(old);
    expect(loaded.answers.get('q1')).toMatchObject({ value: { kind: 'level', level: 2 }, note: 'bleibt' });
  });

  it('opens a version-3 database: cleared answers are dropped, each assessment gets its last change', async () => {
    await closeDb();
    const v3 = await openDB(DB_NAME, 3, {
      upgrade(database) {
        const a = database.createObjectStore('assessments', { keyPath: 'id' });
        a.createIndex('byUpdated', 'updatedAt');
        a.createIndex('byOffice', 'office');
        const ans = database.createObjectStore('answers', { keyPath: ['assessmentId', 'questionId'] });
        ans.createIndex('byAssessment', 'assessmentId');
        const notes = database.createObjectStore('notes', { keyPath: ['assessmentId', 'questionId'] });
        notes.createIndex('byAssessment', 'assessmentId');
        database.createObjectStore('questionnaires', { keyPath: ['id', 'version'] });
        database.createObjectStore('workshops', { keyPath: 'id' });
        database.createObjectStore('plan', { keyPath: 'id' }).createIndex('byOffice', 'office');
      },
    });
    await v3.put('assessments', assessment({ id: 'v3', updatedAt: '2026-10-01T10:00:00.000Z' }));
    await v3.put('assessments', assessment({ id: 'leer', updatedAt: '2026-10-01T10:00:00.000Z' }));
    const answer = (questionId: string, value: unknown, updatedAt: string) => ({ assessmentId: 'v3', questionId, value, updatedAt });
    await v3.put('answers', answer('q1', { kind: 'level', level: 2 }, '2026-11-01T10:00:00.000Z'));
    await v3.put('answers', answer('q2', null, '2026-11-03T10:00:00+02:00')); // cleared, written with an offset
    await v3.put('notes', { assessmentId: 'v3', questionId: 'q3', note: 'n', updatedAt: '2026-11-02T10:00:00.000Z' });
    v3.close();

    const d = await db();
    expect(d.version).toBe(DB_VERSION);
    expect(await d.getAllKeys('answers')).toEqual([['v3', 'q1']]);
    // the cleared answer's time still counts as the last change, compared as a point in time
    expect(await d.getAll('activity')).toEqual([{ assessmentId: 'v3', at: '2026-11-03T08:00:00.000Z' }]);
    expect(await countAnswers(['v3', 'leer'])).toEqual(
      new Map([
        ['v3', 1],
        ['leer', 0],
      ]),
    );
    const { entries } = await listAssessmentEntries();
    expect(Object.fromEntries(entries.map((e) => [e.assessment.id, e.lastChange]))).toEqual({
      v3: '2026-11-03T08:00:00.000Z',
      leer: '2026-10-01T10:00:00.000Z',
    });
  });
});
