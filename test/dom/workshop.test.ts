// Workshops and plan items in IndexedDB: whole records, merged edits, unreadable records reported.
import { describe, expect, it } from 'vitest';
import { db } from '../../src/storage/db';
import { listPlan, listWorkshops, loadWorkshop, savePlanItem, saveWorkshop, updatePlanItem } from '../../src/storage/workshops';
import type { PlanItem, Workshop } from '../../src/core/workshop';

const at = '2026-11-23T10:00:00.000Z';
const workshop: Workshop = {
  id: 'w1',
  office: 'Gesundheitsamt',
  questionnaireId: 'digitale-verwaltung',
  questionnaireVersion: '1.0.0',
  date: '2026-11-23',
  participants: 8,
  preVotes: ['a', 'b'],
  order: 'agenda',
  position: 4,
  agreed: { 'strategie-beschluss': { kind: 'level', level: 2 } },
  notes: {},
  hands: { 'strategie-beschluss': { '2': 5 } },
  showNotes: false,
  consensusId: 'c1',
  createdAt: at,
  updatedAt: at,
};

describe('workshop storage', () => {
  it('stores and reads a workshop whole', async () => {
    await saveWorkshop(workshop);
    expect(await loadWorkshop('w1')).toEqual({ workshop, errors: [] });
    expect((await listWorkshops()).map((w) => w.id)).toEqual(['w1']);
    expect(await loadWorkshop('nix')).toEqual({ workshop: null, errors: [] });
  });

  it('reports an unreadable stored workshop instead of opening it', async () => {
    const d = await db();
    await d.put('workshops', { ...workshop, position: 'x' } as unknown as Workshop);
    const r = await loadWorkshop('w1');
    expect(r.workshop).toBeNull();
    expect(r.errors.join(' ')).toMatch(/position/);
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
