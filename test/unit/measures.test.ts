import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { selectMeasures } from '../../src/core/measures';
import { scoreAssessment } from '../../src/core/scoring';
import { level, lookup, mini, DONT_KNOW } from '../helpers';

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
      dependsOn: ['land'],
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

  it('is stable: the same input always gives the same order, sorted by priority', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 3 }), (a, b, c) => {
        const score = scoreAssessment(q, lookup({ 'alpha-1': level(a), 'alpha-2': level(b), 'beta-1': level(c) }));
        const one = selectMeasures(q, score).map((p) => p.measure.id);
        const two = selectMeasures(q, structuredClone(score)).map((p) => p.measure.id);
        expect(one).toEqual(two);
        const prios = selectMeasures(q, score).map((p) => p.reason.priority);
        expect([...prios].sort((x, y) => y - x)).toEqual(prios);
      }),
    );
  });
});
