import { describe, expect, it } from 'vitest';
import { aggregate } from '../../src/core/aggregate';
import { parseWith } from '../../src/core/issues';
import fc from 'fast-check';
import {
  WorkshopFact,
  WorkshopRecord,
  agenda,
  applyFact,
  assembleWorkshop,
  checkFact,
  consensusAssessment,
  factsOf,
  histogramFor,
  planOrder,
  positionIndex,
  startingState,
  walkOrder,
  type PlanItem,
  type Workshop,
  type WorkshopAction,
} from '../../src/core/workshop';
import { Assessment, type AnswerValue } from '../../src/core/assessment';
import { scoreAssessment, lookupFrom } from '../../src/core/scoring';
import { assessment, level, lookup, mini, DONT_KNOW } from '../helpers';

const q = mini();
const at = '2026-11-23T10:00:00.000Z';
const record = (over: Partial<WorkshopRecord> = {}): WorkshopRecord => ({
  id: 'w1',
  office: 'Gesundheitsamt',
  questionnaireId: q.id,
  questionnaireVersion: q.version,
  date: '2026-11-23',
  preVotes: [],
  agenda: ['alpha-1', 'alpha-2', 'beta-1'],
  consensusId: 'c1',
  createdAt: at,
  ...over,
});
const workshop = (over: Partial<Workshop> = {}): Workshop => ({ ...startingState(record(), 9), ...over });
const t = (minute: number) => `2026-11-23T10:${String(minute).padStart(2, '0')}:00.000Z`;

// three pre-votes: alpha-1 spread 0–3, alpha-2 1–2, beta-1 2–2
const preVotes = aggregate(q, [
  { assessment: assessment({ id: 'p1' }), answer: lookup({ 'alpha-1': level(0), 'alpha-2': level(1), 'beta-1': level(2) }) },
  { assessment: assessment({ id: 'p2' }), answer: lookup({ 'alpha-1': level(3), 'alpha-2': level(2), 'beta-1': level(2) }) },
  { assessment: assessment({ id: 'p3' }), answer: lookup({ 'alpha-1': level(1), 'alpha-2': DONT_KNOW, 'beta-1': level(2) }) },
]);

describe('workshop', () => {
  it('validates its fixed record and each fact by its key', () => {
    expect(parseWith(WorkshopRecord, record()).ok).toBe(true);
    const bad = parseWith(WorkshopRecord, { ...record(), agenda: 'alpha-1' });
    expect(bad.ok ? [] : bad.errors).toEqual([expect.stringMatching(/^agenda:/)]);
    const fact = (key: string, value: unknown) => checkFact({ workshopId: 'w1', key, value, at, by: 'a' });
    expect(fact('agreed:alpha-1', level(2)).ok).toBe(true);
    expect(fact('agreed:alpha-1', null).ok).toBe(true);
    expect(fact('participants', 10_001)).toEqual({ ok: false, errors: [expect.stringMatching(/^Zahl der Teilnehmenden: /)] });
    expect(fact('order', 'zufall')).toEqual({ ok: false, errors: [expect.stringMatching(/^Reihenfolge der Fragen: /)] });
    expect(fact('hands:beta-1', { '2': 'viele' })).toEqual({
      ok: false,
      errors: ['Handzeichen zu „beta-1“ › 2: erwartet eine Zahl, gefunden der Text „viele“.'],
    });
    expect(fact('note:beta-1', 'x'.repeat(5001)).ok).toBe(false);
    expect(parseWith(WorkshopFact, { workshopId: 'w1', key: 'agreed:__proto__', value: null, at, by: 'a' }).ok).toBe(false);
    expect(parseWith(WorkshopFact, { workshopId: 'w1', key: 'position:alpha-1', value: 'alpha-1', at, by: 'a' }).ok).toBe(false);
  });

  it('walks the frozen agenda, or the questionnaire in order; the agenda puts the widest disagreement first', () => {
    expect(agenda(q, preVotes)).toEqual(['alpha-1', 'alpha-2', 'beta-1']);
    expect(agenda(q, null)).toEqual(['alpha-1', 'alpha-2', 'beta-1']);
    expect(walkOrder(q, { order: 'questionnaire', agenda: ['beta-1', 'alpha-2', 'alpha-1'] })).toEqual(['alpha-1', 'alpha-2', 'beta-1']);
    expect(walkOrder(q, { order: 'agenda', agenda: ['beta-1', 'alpha-2', 'alpha-1'] })).toEqual(['beta-1', 'alpha-2', 'alpha-1']);
    // a damaged agenda never hides a question
    expect(walkOrder(q, { order: 'agenda', agenda: ['beta-1', 'nicht-da'] })).toEqual(['beta-1', 'alpha-1', 'alpha-2']);
    const swapped = aggregate(q, [
      { assessment: assessment({ id: 'p1' }), answer: lookup({ 'beta-1': level(0) }) },
      { assessment: assessment({ id: 'p2' }), answer: lookup({ 'beta-1': level(3), 'alpha-2': level(1) }) },
    ]);
    expect(agenda(q, swapped)).toEqual(['beta-1', 'alpha-2', 'alpha-1']);
  });

  it('breaks ties on the agenda by questionnaire order, questions without pre-votes last', () => {
    const tied = aggregate(q, [
      { assessment: assessment({ id: 'p1' }), answer: lookup({ 'beta-1': level(1), 'alpha-2': level(1) }) },
      { assessment: assessment({ id: 'p2' }), answer: lookup({ 'beta-1': level(2), 'alpha-2': level(2) }) },
    ]);
    expect(agenda(q, tied)).toEqual(['alpha-2', 'beta-1', 'alpha-1']);
    const none = aggregate(q, [{ assessment: assessment({ id: 'p1' }), answer: lookup({}) }]);
    expect(agenda(q, none)).toEqual(['alpha-1', 'alpha-2', 'beta-1']);
  });

  it('shows the hands counted in the room instead of the pre-votes, anonymously', () => {
    expect(histogramFor(q, 'alpha-1', { hands: {} }, preVotes)).toEqual({ 0: 1, 1: 1, 2: 0, 3: 1 });
    expect(histogramFor(q, 'alpha-1', { hands: { 'alpha-1': { '2': 5, '3': 2 } } }, preVotes)).toEqual({ 0: 0, 1: 0, 2: 5, 3: 2 });
    expect(histogramFor(q, 'alpha-1', { hands: { 'alpha-1': { '2': 0 } } }, null)).toEqual({ 0: 0, 1: 0, 2: 0, 3: 0 });
  });

  it('turns actions into facts, each in what the schema accepts', () => {
    const facts = (action: WorkshopAction) => factsOf('w1', action, at, 'a').map((f) => [f.key, f.value]);
    expect(facts({ type: 'agree', questionId: 'alpha-1', value: level(2) })).toEqual([['agreed:alpha-1', level(2)]]);
    expect(facts({ type: 'participants', participants: 52_000 })).toEqual([['participants', 10_000]]);
    expect(facts({ type: 'participants', participants: -3 })).toEqual([['participants', 0]]);
    expect(facts({ type: 'participants', participants: Number.NaN })).toEqual([['participants', 0]]);
    expect(facts({ type: 'hands', questionId: 'beta-1', hands: { '2': 99_999, '3': 4.6 } })).toEqual([
      ['hands:beta-1', { '2': 10_000, '3': 5 }],
    ]);
    expect(facts({ type: 'note', questionId: 'beta-1', note: 'x'.repeat(6000) })[0]![1]).toHaveLength(5000);
    expect(facts({ type: 'order', order: 'agenda', first: 'beta-1' })).toEqual([
      ['order', 'agenda'],
      ['position', 'beta-1'],
    ]);
    for (const action of [
      { type: 'participants', participants: 52_000 },
      { type: 'hands', questionId: 'beta-1', hands: { '2': 99_999 } },
      { type: 'note', questionId: 'beta-1', note: 'x'.repeat(6000) },
    ] as WorkshopAction[])
      for (const f of factsOf('w1', action, at, 'a')) expect(checkFact(f).ok).toBe(true);
  });

  it('applies facts newest first per key, whatever order they arrive in; two windows settle on the same', () => {
    const agree = (value: AnswerValue | null, minute: number, by: string): WorkshopFact => ({
      workshopId: 'w1',
      key: 'agreed:alpha-1',
      value,
      at: t(minute),
      by,
    });
    const w = workshop();
    const a = applyFact(w, agree(level(2), 5, 'a'));
    expect(w.agreed).toEqual({});
    expect(a.agreed).toEqual({ 'alpha-1': level(2) });
    expect(a.updatedAt).toBe(t(5));
    expect(applyFact(a, agree(level(4), 4, 'b')).agreed).toEqual({ 'alpha-1': level(2) }); // older: ignored
    expect(applyFact(a, agree(null, 6, 'b')).agreed).toEqual({}); // newer: cleared
    expect(applyFact(a, agree(level(3), 5, 'b')).agreed).toEqual({ 'alpha-1': level(3) }); // same time: window 'b' > 'a'
    expect(applyFact(a, agree(level(3), 5, '0')).agreed).toEqual({ 'alpha-1': level(2) });
    expect(applyFact(a, { ...agree(level(1), 9, 'a'), workshopId: 'anderer' })).toBe(a);

    // any permutation of the same facts gives the same workshop
    const facts: WorkshopFact[] = [
      agree(level(1), 1, 'a'),
      agree(level(3), 3, 'b'),
      { workshopId: 'w1', key: 'hands:alpha-1', value: { '2': 5 }, at: t(2), by: 'b' },
      { workshopId: 'w1', key: 'position', value: 'beta-1', at: t(4), by: 'a' },
      { workshopId: 'w1', key: 'position', value: 'alpha-2', at: t(2), by: 'b' },
      { workshopId: 'w1', key: 'note:beta-1', value: 'Land', at: t(1), by: 'a' },
      { workshopId: 'w1', key: 'note:beta-1', value: '', at: t(7), by: 'b' },
      { workshopId: 'w1', key: 'participants', value: 12, at: t(3), by: 'a' },
    ];
    const expected = assembleWorkshop(record(), facts);
    expect(expected).toMatchObject({
      agreed: { 'alpha-1': level(3) },
      hands: { 'alpha-1': { '2': 5 } },
      notes: {},
      position: 'beta-1',
      participants: 12,
    });
    fc.assert(
      fc.property(fc.shuffledSubarray(facts, { minLength: facts.length, maxLength: facts.length }), (shuffled) => {
        expect(assembleWorkshop(record(), shuffled)).toEqual(expected);
      }),
    );
  });

  it('finds the room in the walk order by question, at the start without a position', () => {
    const order = ['beta-1', 'alpha-2', 'alpha-1'];
    expect(positionIndex(order, { position: null })).toBe(0);
    expect(positionIndex(order, { position: 'alpha-1' })).toBe(2);
    expect(positionIndex(order, { position: 'verschwunden' })).toBe(0);
  });

  it('saves the consensus as an ordinary assessment of the office', () => {
    const w = workshop({ agreed: { 'alpha-1': level(2), 'beta-1': DONT_KNOW }, notes: { 'alpha-2': 'vertagt' }, moderator: 'K. Lange' });
    const { assessment: a, answers } = consensusAssessment(w, at);
    expect(Assessment.parse(a)).toEqual(a);
    expect(a).toMatchObject({
      office: 'Gesundheitsamt',
      perspective: 'workshop',
      respondent: '9 Teilnehmende, Moderation: K. Lange',
      date: '2026-11-23',
    });
    expect(answers.get('alpha-2')).toMatchObject({ value: null, note: 'vertagt' });
    expect(scoreAssessment(q, lookupFrom(answers), a).dimensions[0]!.score).toBe(2);
  });

  it('orders the plan: open first, then by due date', () => {
    const item = (id: string, status: PlanItem['status'], due?: string): PlanItem => ({
      id,
      office: 'Gesundheitsamt',
      questionnaireId: q.id,
      title: id,
      owner: 'Amtsleitung',
      status,
      ...(due ? { due } : {}),
      createdAt: at,
      updatedAt: at,
    });
    const order = planOrder([
      item('c', 'erledigt', '2026-01-01'),
      item('b', 'offen'),
      item('a', 'offen', '2027-03-01'),
      item('d', 'in-arbeit'),
    ]);
    expect(order.map((x) => x.id)).toEqual(['a', 'b', 'd', 'c']);
  });
});
