import { describe, expect, it } from 'vitest';
import { aggregate } from '../../src/core/aggregate';
import { parseWith } from '../../src/core/issues';
import {
  Workshop,
  agenda,
  applyAction,
  consensusAssessment,
  histogramFor,
  planOrder,
  walkOrder,
  type PlanItem,
} from '../../src/core/workshop';
import { Assessment } from '../../src/core/assessment';
import { scoreAssessment, lookupFrom } from '../../src/core/scoring';
import { assessment, level, lookup, mini, DONT_KNOW } from '../helpers';

const q = mini();
const at = '2026-11-23T10:00:00.000Z';
const workshop = (over: Partial<Workshop> = {}): Workshop => ({
  id: 'w1',
  office: 'Gesundheitsamt',
  questionnaireId: q.id,
  questionnaireVersion: q.version,
  date: '2026-11-23',
  participants: 9,
  preVotes: [],
  order: 'questionnaire',
  position: 0,
  agreed: {},
  notes: {},
  hands: {},
  showNotes: false,
  consensusId: 'c1',
  createdAt: at,
  updatedAt: at,
  ...over,
});

// three pre-votes: alpha-1 spread 0–3, alpha-2 1–2, beta-1 2–2
const preVotes = aggregate(q, [
  { assessment: assessment({ id: 'p1' }), answer: lookup({ 'alpha-1': level(0), 'alpha-2': level(1), 'beta-1': level(2) }) },
  { assessment: assessment({ id: 'p2' }), answer: lookup({ 'alpha-1': level(3), 'alpha-2': level(2), 'beta-1': level(2) }) },
  { assessment: assessment({ id: 'p3' }), answer: lookup({ 'alpha-1': level(1), 'alpha-2': DONT_KNOW, 'beta-1': level(2) }) },
]);

describe('workshop', () => {
  it('validates its stored form', () => {
    expect(parseWith(Workshop, workshop()).ok).toBe(true);
    const bad = parseWith(Workshop, { ...workshop(), participants: -1, order: 'random' });
    expect(bad.ok ? [] : bad.errors).toEqual(
      expect.arrayContaining([expect.stringMatching(/^participants:/), expect.stringMatching(/^order:/)]),
    );
  });

  it('walks the agenda widest disagreement first, or the questionnaire in order', () => {
    expect(agenda(q, preVotes)).toEqual(['alpha-1', 'alpha-2', 'beta-1']);
    expect(walkOrder(q, { order: 'questionnaire' }, preVotes)).toEqual(['alpha-1', 'alpha-2', 'beta-1']);
    const swapped = aggregate(q, [
      { assessment: assessment({ id: 'p1' }), answer: lookup({ 'beta-1': level(0) }) },
      { assessment: assessment({ id: 'p2' }), answer: lookup({ 'beta-1': level(3), 'alpha-2': level(1) }) },
    ]);
    expect(walkOrder(q, { order: 'agenda' }, swapped)).toEqual(['beta-1', 'alpha-2', 'alpha-1']);
    expect(walkOrder(q, { order: 'agenda' }, null)).toEqual(['alpha-1', 'alpha-2', 'beta-1']);
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

  it('applies actions without changing the old state, and keeps the position inside the list', () => {
    const w = workshop();
    const a = applyAction(w, { type: 'agree', questionId: 'alpha-1', value: level(2) }, 3, '2026-11-23T10:05:00.000Z');
    expect(w.agreed).toEqual({});
    expect(a.agreed).toEqual({ 'alpha-1': level(2) });
    expect(a.updatedAt).toBe('2026-11-23T10:05:00.000Z');
    expect(applyAction(a, { type: 'agree', questionId: 'alpha-1', value: null }, 3, at).agreed).toEqual({});
    expect(applyAction(w, { type: 'go', position: 7 }, 3, at).position).toBe(2);
    expect(applyAction(w, { type: 'go', position: -1 }, 3, at).position).toBe(0);
    expect(applyAction({ ...w, position: 2 }, { type: 'order', order: 'agenda' }, 3, at)).toMatchObject({ order: 'agenda', position: 0 });
    const noted = applyAction(w, { type: 'note', questionId: 'beta-1', note: 'Land entscheidet' }, 3, at);
    expect(applyAction(noted, { type: 'note', questionId: 'beta-1', note: '' }, 3, at).notes).toEqual({});
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
