// Workshops in IndexedDB: a fixed record and one record per fact (blind writes, so two windows
// never overwrite each other); unreadable records reported; a v3 workshop (one whole record) is
// split by the upgrade. Plan items: merged edits.
import { describe, expect, it } from 'vitest';
import { openDB } from 'idb';
import { DB_NAME, closeDb, db } from '../../src/storage/db';
import {
  createWorkshop,
  listPlan,
  listWorkshops,
  loadWorkshop,
  saveFacts,
  savePlanItem,
  updatePlanItem,
} from '../../src/storage/workshops';
import { assembleWorkshop, type PlanItem, type WorkshopFact, type WorkshopRecord } from '../../src/core/workshop';

const at = '2026-11-23T10:00:00.000Z';
const record: WorkshopRecord = {
  id: 'w1',
  office: 'Gesundheitsamt',
  questionnaireId: 'digitale-verwaltung',
  questionnaireVersion: '1.0.0',
  date: '2026-11-23',
  preVotes: ['a', 'b'],
  agenda: ['strategie-beschluss', 'strategie-ziele-bekannt'],
  consensusId: 'c1',
  createdAt: at,
};
const fact = (key: string, value: unknown, minute: number, by = 'moderation'): WorkshopFact => ({
  workshopId: 'w1',
  key,
  value,
  at: `2026-11-23T10:${String(minute).padStart(2, '0')}:00.000Z`,
  by,
});

describe('workshop storage', () => {
  it('stores the record and its facts; two windows writing different facts keep both', async () => {
    await createWorkshop(record, [fact('participants', 8, 0)]);
    // the moderator agrees while the projector window counts hands, at the same moment
    await Promise.all([
      saveFacts([fact('agreed:strategie-beschluss', { kind: 'level', level: 2 }, 1, 'moderation')]),
      saveFacts([fact('hands:strategie-beschluss', { '2': 5 }, 1, 'projektor')]),
    ]);
    const loaded = await loadWorkshop('w1');
    expect(loaded.record).toEqual(record);
    expect(loaded.errors).toEqual([]);
    const w = assembleWorkshop(loaded.record!, loaded.facts);
    expect(w).toMatchObject({
      participants: 8,
      agreed: { 'strategie-beschluss': { kind: 'level', level: 2 } },
      hands: { 'strategie-beschluss': { '2': 5 } },
    });
    expect((await listWorkshops()).map((x) => [x.id, x.participants])).toEqual([['w1', 8]]);
    expect(await loadWorkshop('nix')).toEqual({ record: null, facts: [], errors: [] });
  });

  it('reports an unreadable record and leaves out an unreadable fact', async () => {
    await createWorkshop(record);
    const d = await db();
    await d.put('workshopFacts', { ...fact('participants', 'viele', 2) });
    const r = await loadWorkshop('w1');
    expect(r.facts).toEqual([]);
    expect(r.errors.join(' ')).toMatch(/^Zahl der Teilnehmenden: erwartet/);
    await d.put('workshops', { ...record, agenda: 'kaputt' } as unknown as WorkshopRecord);
    const broken = await loadWorkshop('w1');
    expect(broken.record).toBeNull();
    expect(broken.errors.join(' ')).toMatch(/^Reihenfolge der Fragen: erwartet eine Liste/);
  });

  it('splits a workshop of database v3 into its record and facts', async () => {
    await closeDb();
    const v3 = await openDB(DB_NAME, 3, {
      upgrade(database) {
        const a = database.createObjectStore('assessments', { keyPath: 'id' });
        a.createIndex('byUpdated', 'updatedAt');
        a.createIndex('byOffice', 'office');
        database.createObjectStore('answers', { keyPath: ['assessmentId', 'questionId'] }).createIndex('byAssessment', 'assessmentId');
        database.createObjectStore('notes', { keyPath: ['assessmentId', 'questionId'] }).createIndex('byAssessment', 'assessmentId');
        database.createObjectStore('questionnaires', { keyPath: ['id', 'version'] });
        database.createObjectStore('workshops', { keyPath: 'id' });
        database.createObjectStore('plan', { keyPath: 'id' }).createIndex('byOffice', 'office');
      },
    });
    const { agenda: _agenda, ...fixed } = record;
    await v3.put('workshops', {
      ...fixed,
      participants: 9,
      order: 'agenda',
      position: 4,
      agreed: { 'strategie-beschluss': { kind: 'level', level: 3 } },
      notes: { 'strategie-ziele-bekannt': 'vertagt' },
      hands: { 'strategie-beschluss': { '3': 6 } },
      showNotes: true,
      updatedAt: '2026-11-23T11:00:00.000Z',
    });
    v3.close();
    const loaded = await loadWorkshop('w1');
    expect(loaded.errors).toEqual([]);
    expect(loaded.record).toEqual({ ...record, agenda: [] });
    expect(assembleWorkshop(loaded.record!, loaded.facts)).toMatchObject({
      participants: 9,
      order: 'agenda',
      position: null,
      showNotes: true,
      agreed: { 'strategie-beschluss': { kind: 'level', level: 3 } },
      notes: { 'strategie-ziele-bekannt': 'vertagt' },
      hands: { 'strategie-beschluss': { '3': 6 } },
      updatedAt: '2026-11-23T11:00:00.000Z',
    });
  });

  it('merges two quick edits of a plan item instead of losing one', async () => {
    const item: PlanItem = {
      id: 'p1',
      office: 'Gesundheitsamt',
      questionnaireId: 'digitale-verwaltung',
      title: 'Schulung',
      owner: '',
      status: 'offen',
      createdAt: at,
      updatedAt: at,
    };
    await savePlanItem(item);
    await Promise.all([updatePlanItem('p1', { owner: 'Amtsleitung' }), updatePlanItem('p1', { due: '2027-01-15' })]);
    expect((await listPlan('Gesundheitsamt'))[0]).toMatchObject({ owner: 'Amtsleitung', due: '2027-01-15' });
    await updatePlanItem('p1', { due: '' });
    expect((await listPlan())[0]!.due).toBeUndefined();
  });
});
