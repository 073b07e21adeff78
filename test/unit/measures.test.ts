// Measure selection, in three parts:
// 1. examples on the mini questionnaire;
// 2. all 64 cases of the rule, table-driven: 4 positions of the dimension's reached level relative to
//    a measure's [min, max] × 4 kinds of gap × 4 ways two selected measures can be ordered;
// 3. properties over generated questionnaires (which measures are chosen, and in which order).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { selectMeasures, type SelectedMeasure } from '../../src/core/measures';
import { scoreAssessment } from '../../src/core/scoring';
import { parseQuestionnaire, type Questionnaire, type Rating } from '../../src/core/questionnaire';
import type { AnswerValue } from '../../src/core/assessment';
import { answeredArb } from '../support/arbitraries';
import { level, lookup, mini, readJson, DONT_KNOW, NOT_APPLICABLE } from '../helpers';

describe('selectMeasures', () => {
  const q = mini();

  it('chooses the measures for the current level, ordered by weight × gap × impact ÷ effort', () => {
    // alpha: score 1 (levels 1,1), target 2, gap 1, weight 2 → alpha-start 2·1·3/1 = 6, alpha-ausbau 2·1·3/3 = 2
    // beta: score 0, target 3, gap 3, weight 1 → beta-start 1·3·2/2 = 3
    const score = scoreAssessment(q, lookup({ 'alpha-1': level(1), 'alpha-2': level(1), 'beta-1': level(0) }));
    const picked = selectMeasures(q, score);
    expect(picked.map((p) => [p.measure.id, p.reason.priority])).toEqual([
      ['alpha-start', 6],
      ['beta-start', 3],
      ['alpha-ausbau', 2],
    ]);
    expect(picked[0]!.reason).toEqual({
      dimensionId: 'alpha',
      score: 1,
      currentLevel: 1,
      target: 2,
      gap: 1,
      weight: 2,
      impact: 'hoch',
      effort: 'gering',
      priority: 6,
      // alpha-2 depends on the Land, but alpha-start names no questions: it has no dependencies
      dependsOn: [],
    });
  });

  it('uses the score rounded down as the current level', () => {
    // alpha 1.5 → level 1: both alpha measures apply (0–1 and 1–2)
    const score = scoreAssessment(q, lookup({ 'alpha-1': level(1), 'alpha-2': level(2) }));
    expect(selectMeasures(q, score).map((p) => p.measure.id)).toEqual(['alpha-start', 'alpha-ausbau']);
  });

  it('suggests nothing for dimensions at or above target, or without a score', () => {
    const score = scoreAssessment(q, lookup({ 'alpha-1': level(3), 'alpha-2': level(2), 'beta-1': DONT_KNOW }));
    expect(selectMeasures(q, score)).toEqual([]);
  });

  it('honours the limit', () => {
    const score = scoreAssessment(q, lookup({ 'alpha-1': level(1), 'alpha-2': level(1), 'beta-1': level(0) }));
    expect(selectMeasures(q, score, 1).map((p) => p.measure.id)).toEqual(['alpha-start']);
  });
});

// ---- outside dependencies ---------------------------------------------------------------------
//
// A tag marks its question and the measures that name that question in `questions`, nothing else;
// a question answered „trifft nicht zu“ passes on none.

/** The mini questionnaire with tags on its questions and `questions` on its measures. */
function tagged(deps: Record<string, string[]>, addressed: Record<string, string[]>): Questionnaire {
  const raw = readJson('test/fixtures/mini-4-stufen.json') as {
    dimensions: { questions: { id: string; dependsOn?: string[] }[] }[];
    measures: { id: string; questions?: string[] }[];
  };
  for (const x of raw.dimensions.flatMap((d) => d.questions)) {
    delete x.dependsOn;
    if (deps[x.id]) x.dependsOn = deps[x.id];
  }
  for (const m of raw.measures) if (addressed[m.id]) m.questions = addressed[m.id];
  const r = parseQuestionnaire(raw);
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.value;
}

describe('selectMeasures: outside dependencies', () => {
  // alpha 1.5 → reached level 1: alpha-start (0–1) and alpha-ausbau (1–2) both apply
  const answers = { 'alpha-1': level(1), 'alpha-2': level(2), 'beta-1': level(0) };
  const depsOf = (q: Questionnaire, values: Record<string, AnswerValue>) =>
    Object.fromEntries(
      selectMeasures(q, scoreAssessment(q, lookup(values)), Infinity, lookup(values)).map((p) => [p.measure.id, p.reason.dependsOn]),
    );

  it('marks only the measures that address the tagged question', () => {
    const q = tagged({ 'alpha-2': ['land'] }, { 'alpha-start': ['alpha-2'], 'alpha-ausbau': ['alpha-1'], 'beta-start': ['beta-1'] });
    expect(depsOf(q, answers)).toEqual({ 'alpha-start': ['land'], 'alpha-ausbau': [], 'beta-start': [] });
  });

  it('joins the tags of all addressed questions, each once, in order of first mention', () => {
    const q = tagged({ 'alpha-1': ['efa', 'land'], 'alpha-2': ['land', 'bund'] }, { 'alpha-start': ['alpha-2', 'alpha-1'] });
    expect(depsOf(q, answers)['alpha-start']).toEqual(['land', 'bund', 'efa']);
  });

  it('drops the tags of a question answered „trifft nicht zu“', () => {
    const q = tagged(
      { 'alpha-1': ['efa'], 'alpha-2': ['land', 'bund'] },
      { 'alpha-start': ['alpha-2', 'alpha-1'], 'alpha-ausbau': ['alpha-2'] },
    );
    // alpha 1 (alpha-2 is not scored) → reached level 1: both alpha measures still apply
    const deps = depsOf(q, { 'alpha-1': level(1), 'alpha-2': NOT_APPLICABLE, 'beta-1': level(0) });
    expect(deps).toMatchObject({ 'alpha-start': ['efa'], 'alpha-ausbau': [] });
    // "weiß nicht" is not "trifft nicht zu": the dependency stays
    expect(depsOf(q, { 'alpha-1': level(1), 'alpha-2': DONT_KNOW, 'beta-1': level(0) })['alpha-ausbau']).toEqual(['land', 'bund']);
  });

  it('gives a measure without questions no dependencies, however its dimension is tagged', () => {
    const q = tagged({ 'alpha-1': ['efa'], 'alpha-2': ['land'], 'beta-1': ['bund'] }, {});
    expect(depsOf(q, answers)).toEqual({ 'alpha-start': [], 'alpha-ausbau': [], 'beta-start': [] });
  });

  it('without answers counts no question as „trifft nicht zu“', () => {
    const q = tagged({ 'alpha-2': ['land'] }, { 'alpha-start': ['alpha-2'] });
    const picked = selectMeasures(q, scoreAssessment(q, lookup(answers)));
    expect(picked.find((p) => p.measure.id === 'alpha-start')!.reason.dependsOn).toEqual(['land']);
  });
});

// ---- equal priorities despite floating-point error ---------------------------------------------

describe('selectMeasures: priorities equal up to rounding', () => {
  // "a": weight 1, one question answered 1, target 2 → gap 1;  measure A hoch/hoch → 1 · 1 · 3 ÷ 3 = 1
  // "b": weight 1, answers 2, 2, 3 → score 2.3333333333333335, target 3 → gap 0.6666666666666665;
  //      measure B hoch/mittel → 1 · 0.6666666666666665 · 3 ÷ 2 = 0.9999999999999998
  // Both are 1 (both show „= 1,00“) and have the same impact, so the lower effort decides: B first —
  // although A comes first in questionnaire order and its raw product is the larger one.
  const text = (de: string) => ({ de });
  const question = (id: string) => ({
    id,
    text: text(id),
    levels: [0, 1, 2, 3, 4].map((v) => text(`${id} ${v}`)),
    allowNotApplicable: false,
  });
  const dimension = (id: string, questions: string[], defaultTarget: number) => ({
    id,
    title: text(id),
    description: text(id),
    painPoints: [],
    weight: 1,
    defaultTarget,
    questions: questions.map(question),
  });
  const measure = (id: string, dimension: string, effort: Rating) => ({
    id,
    title: text(id),
    description: text(id),
    dimension,
    levels: { min: 0, max: 4 },
    effort,
    impact: 'hoch',
  });
  const parsed = parseQuestionnaire({
    schemaVersion: 1,
    id: 'rundung',
    version: '1.0.0',
    title: text('Rundung'),
    description: text('Rundung'),
    scale: { levels: [0, 1, 2, 3, 4].map((value) => ({ value, label: text(`Stufe ${value}`) })) },
    dimensions: [dimension('a', ['a-1'], 2), dimension('b', ['b-1', 'b-2', 'b-3'], 3)],
    measures: [measure('a-hoch', 'a', 'hoch'), measure('b-mittel', 'b', 'mittel')],
  });
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  const q = parsed.value;
  const values = { 'a-1': level(1), 'b-1': level(2), 'b-2': level(2), 'b-3': level(3) };

  it('puts the lower effort first when the priorities differ only by floating-point error', () => {
    const picked = selectMeasures(q, scoreAssessment(q, lookup(values)));
    const priority = Object.fromEntries(picked.map((p) => [p.measure.id, p.reason.priority]));
    // the raw products really differ: this is the case the tolerance is for
    expect(priority).toEqual({ 'a-hoch': 1, 'b-mittel': 0.9999999999999998 });
    expect(picked.map((p) => p.measure.id)).toEqual(['b-mittel', 'a-hoch']);
  });
});

// ---- the 64 cases -----------------------------------------------------------------------------
//
// Each case is one questionnaire with a 0–5 scale and two dimensions, in this order:
//   "ref"  (reference): one question answered 1, target 3 → score 1, gap 2, always below target;
//          its measure N covers the whole scale, so N is selected in every case.
//   "subj" (subject):   two questions; its measure M is the one under test.
// (a) where the subject's reached level lies relative to M's [min, max]. The reached level is 2 in
//     every case (the score 2.5 of the answers 2 and 3 rounds down to 2; with answers 2 and 2 it is
//     2 exactly); M's range moves around it:
//       below  [3, 4] — the level is below min   → M not applicable
//       atMin  [2, 3] — the level is min          → applicable
//       atMax  [1, 2] — the level is max          → applicable (2.5 must count as 2, not as 3)
//       above  [0, 1] — the level is above max    → not applicable
// (b) the subject's gap:
//       none      answers "weiß nicht" and "trifft nicht zu" → no score, no gap → no measures
//       negative  answers 2, 3 (2.5), target 2 → gap −0.5 → no measures
//       zero      answers 2, 2 (2),   target 2 → gap 0    → no measures
//       positive  answers 2, 3 (2.5), target 4 → gap 1.5  → measures
// (c) how M and N compare when both are selected (M is always second in questionnaire order, so
//     every rule before the last has to overrule questionnaire order to put M first):
//       priority  M's priority is higher although its impact is lower          → M first
//       impact    equal priority, M has the higher impact (and higher effort)  → M first
//       effort    equal priority and impact, M has the lower effort            → M first
//       order     priority, impact and effort all equal                        → N first (questionnaire order)
//     Weights and ratings per (c), with priority = weight × gap × impact ÷ effort
//     (gering 1, mittel 2, hoch 3), N's gap 2 and M's gap 1.5:
//       priority  ref weight 1, N hoch/hoch   → 1·2·3/3 = 2;  subj weight 1, M mittel/gering → 1·1.5·2/1 = 3
//       impact    ref weight 3, N gering/gering → 3·2·1/1 = 6; subj weight 4, M hoch/hoch    → 4·1.5·3/3 = 6
//       effort    ref weight 3, N mittel/mittel → 3·2·2/2 = 6; subj weight 2, M mittel/gering → 2·1.5·2/1 = 6
//       order     ref weight 3, N mittel/mittel → 6;          subj weight 4, M mittel/mittel → 4·1.5·2/2 = 6
// Expected (worked out here, not by selectMeasures): M is selected iff (a) is atMin or atMax and (b)
// is positive; N always is; with both, M comes first unless (c) is "order".

const POSITIONS = ['below', 'atMin', 'atMax', 'above'] as const;
const GAPS = ['none', 'negative', 'zero', 'positive'] as const;
const TIES = ['priority', 'impact', 'effort', 'order'] as const;
type Position = (typeof POSITIONS)[number];
type GapKind = (typeof GAPS)[number];
type Tie = (typeof TIES)[number];

const RANGE: Record<Position, { min: number; max: number }> = {
  below: { min: 3, max: 4 },
  atMin: { min: 2, max: 3 },
  atMax: { min: 1, max: 2 },
  above: { min: 0, max: 1 },
};

interface Setup {
  refWeight: number;
  n: { impact: Rating; effort: Rating; priority: number };
  subjWeight: number;
  m: { impact: Rating; effort: Rating; priority: number };
}
const SETUP: Record<Tie, Setup> = {
  priority: {
    refWeight: 1,
    n: { impact: 'hoch', effort: 'hoch', priority: 2 },
    subjWeight: 1,
    m: { impact: 'mittel', effort: 'gering', priority: 3 },
  },
  impact: {
    refWeight: 3,
    n: { impact: 'gering', effort: 'gering', priority: 6 },
    subjWeight: 4,
    m: { impact: 'hoch', effort: 'hoch', priority: 6 },
  },
  effort: {
    refWeight: 3,
    n: { impact: 'mittel', effort: 'mittel', priority: 6 },
    subjWeight: 2,
    m: { impact: 'mittel', effort: 'gering', priority: 6 },
  },
  order: {
    refWeight: 3,
    n: { impact: 'mittel', effort: 'mittel', priority: 6 },
    subjWeight: 4,
    m: { impact: 'mittel', effort: 'mittel', priority: 6 },
  },
};

const ANSWERS: Record<GapKind, { answers: [AnswerValue, AnswerValue]; target: number }> = {
  none: { answers: [DONT_KNOW, NOT_APPLICABLE], target: 4 },
  negative: { answers: [level(2), level(3)], target: 2 },
  zero: { answers: [level(2), level(2)], target: 2 },
  positive: { answers: [level(2), level(3)], target: 4 },
};

function caseQuestionnaire(position: Position, tie: Tie): Questionnaire {
  const s = SETUP[tie];
  const text = (de: string) => ({ de });
  const question = (id: string) => ({
    id,
    text: text(id),
    levels: [0, 1, 2, 3, 4, 5].map((v) => text(`${id} ${v}`)),
    allowNotApplicable: true,
  });
  const dimension = (id: string, weight: number, questions: string[]) => ({
    id,
    title: text(id),
    description: text(id),
    painPoints: [],
    weight,
    defaultTarget: 3,
    questions: questions.map(question),
  });
  const measure = (id: string, dimension: string, levels: { min: number; max: number }, r: { impact: Rating; effort: Rating }) => ({
    id,
    title: text(id),
    description: text(id),
    dimension,
    levels,
    effort: r.effort,
    impact: r.impact,
  });
  const r = parseQuestionnaire({
    schemaVersion: 1,
    id: 'fall',
    version: '1.0.0',
    title: text('Fall'),
    description: text('Fall'),
    scale: { levels: [0, 1, 2, 3, 4, 5].map((value) => ({ value, label: text(`Stufe ${value}`) })) },
    dimensions: [dimension('ref', s.refWeight, ['ref-1']), dimension('subj', s.subjWeight, ['subj-1', 'subj-2'])],
    // M is listed first, so that the measures' own order in the file cannot be what puts N first in "order"
    measures: [measure('m', 'subj', RANGE[position], s.m), measure('n', 'ref', { min: 0, max: 5 }, s.n)],
  });
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.value;
}

const CASES = POSITIONS.flatMap((position) => GAPS.flatMap((gap) => TIES.map((tie) => ({ position, gap, tie }))));

describe('selectMeasures: the 64 cases', () => {
  it('has 64 distinct cases', () => {
    expect(new Set(CASES.map((c) => `${c.position}/${c.gap}/${c.tie}`)).size).toBe(64);
  });

  it.each(CASES)('reached level $position of M, gap $gap, tie broken by $tie', ({ position, gap, tie }) => {
    const q = caseQuestionnaire(position, tie);
    const { answers, target } = ANSWERS[gap];
    const score = scoreAssessment(q, lookup({ 'ref-1': level(1), 'subj-1': answers[0], 'subj-2': answers[1] }), {
      targets: { subj: target },
    });

    const mApplies = position === 'atMin' || position === 'atMax';
    const mSelected = mApplies && gap === 'positive';
    const expected = !mSelected ? ['n'] : tie === 'order' ? ['n', 'm'] : ['m', 'n'];

    const picked = selectMeasures(q, score);
    expect(picked.map((p) => p.measure.id)).toEqual(expected);
    const n = picked.find((p) => p.measure.id === 'n')!;
    expect(n.reason).toMatchObject({ dimensionId: 'ref', currentLevel: 1, gap: 2, priority: SETUP[tie].n.priority });
    if (mSelected)
      expect(picked.find((p) => p.measure.id === 'm')!.reason).toMatchObject({
        dimensionId: 'subj',
        score: 2.5,
        currentLevel: 2,
        gap: 1.5,
        priority: SETUP[tie].m.priority,
      });
  });
});

// ---- properties over generated questionnaires --------------------------------------------------

const RATING: Record<Rating, number> = { gering: 1, mittel: 2, hoch: 3 };

/** The comparison the header of measures.ts states, written out again: negative when `a` comes first.
 * Priorities that differ by no more than floating-point error (relative 1e-9) count as equal. */
function before(q: Questionnaire, a: SelectedMeasure, b: SelectedMeasure): number {
  const dim = (id: string) => q.dimensions.findIndex((d) => d.id === id);
  const pos = (id: string) => q.measures.findIndex((m) => m.id === id);
  const [x, y] = [a.reason.priority, b.reason.priority];
  return (
    (Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x), Math.abs(y)) ? 0 : y - x) ||
    RATING[b.measure.impact] - RATING[a.measure.impact] ||
    RATING[a.measure.effort] - RATING[b.measure.effort] ||
    dim(a.reason.dimensionId) - dim(b.reason.dimensionId) ||
    pos(a.measure.id) - pos(b.measure.id)
  );
}

describe('selectMeasures (property-based)', () => {
  it('selects exactly the measures whose dimension is below target and whose range holds the reached level', () => {
    fc.assert(
      fc.property(answeredArb, ({ q, answers }) => {
        const score = scoreAssessment(q, lookup(answers));
        const expected = q.measures.filter((m) => {
          const d = score.dimensions.find((x) => x.dimensionId === m.dimension)!;
          if (d.score === null || d.gap === null || !(d.gap > 0)) return false;
          const reached = Math.floor(d.score + 1e-9);
          return m.levels.min <= reached && reached <= m.levels.max;
        });
        const picked = selectMeasures(q, score);
        expect(picked.map((p) => p.measure.id).sort()).toEqual(expected.map((m) => m.id).sort());
        for (const p of picked) {
          const d = q.dimensions.find((x) => x.id === p.measure.dimension)!;
          const ds = score.dimensions.find((x) => x.dimensionId === d.id)!;
          expect(p.reason.priority).toBeCloseTo((d.weight * ds.gap! * RATING[p.measure.impact]) / RATING[p.measure.effort], 9);
        }
      }),
    );
  });

  it('orders by priority, then impact, effort, dimension and measure order', () => {
    fc.assert(
      fc.property(answeredArb, ({ q, answers }) => {
        const picked = selectMeasures(q, scoreAssessment(q, lookup(answers)));
        for (let i = 1; i < picked.length; i++) expect(before(q, picked[i - 1]!, picked[i]!)).toBeLessThan(0);
      }),
    );
  });

  it('a limit keeps the most urgent ones: the first n of the full list', () => {
    fc.assert(
      fc.property(answeredArb, fc.nat(5), ({ q, answers }, limit) => {
        const score = scoreAssessment(q, lookup(answers));
        expect(selectMeasures(q, score, limit)).toEqual(selectMeasures(q, score).slice(0, limit));
      }),
    );
  });
});
