import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { aggregate, groupBy, type Respondent } from '../../src/core/aggregate';
import { spreadOf, quantileSorted } from '../../src/core/stats';
import type { AnswerValue } from '../../src/core/assessment';
import { DONT_KNOW, NOT_APPLICABLE, assessment, level, lookup, mini } from '../helpers';

const q = mini();
const respondent = (id: string, answers: Record<string, AnswerValue | null>, over = {}): Respondent => ({
  assessment: assessment({ id, ...over }),
  answer: lookup(answers),
});

describe('spreadOf', () => {
  it('computes median, range and quartiles like QUARTILE.INKL', () => {
    expect(spreadOf([1, 2, 3, 4])).toEqual({ n: 4, median: 2.5, min: 1, max: 4, q1: 1.75, q3: 3.25, iqr: 1.5 });
    expect(spreadOf([2])).toEqual({ n: 1, median: 2, min: 2, max: 2, q1: 2, q3: 2, iqr: 0 });
    expect(spreadOf([])).toBeNull();
    expect(() => quantileSorted([], 0.5)).toThrow();
  });
});

describe('aggregate', () => {
  const rs = [
    respondent('r1', { 'alpha-1': level(0), 'alpha-2': level(1), 'beta-1': level(2) }),
    respondent('r2', { 'alpha-1': level(2), 'alpha-2': DONT_KNOW, 'beta-1': level(2) }),
    respondent('r3', { 'alpha-1': level(1), 'alpha-2': NOT_APPLICABLE, 'beta-1': level(3) }, { targets: { beta: 2 } }),
  ];

  it('gives median, spread, histogram and counts per question', () => {
    const a = aggregate(q, rs);
    expect(a.respondents).toBe(3);
    const a1 = a.questions.find((x) => x.questionId === 'alpha-1')!;
    expect(a1.spread).toMatchObject({ n: 3, median: 1, min: 0, max: 2 });
    expect(a1.histogram).toEqual({ 0: 1, 1: 1, 2: 1, 3: 0 });
    expect(a1.disagreement).toBe(true);
    const a2 = a.questions.find((x) => x.questionId === 'alpha-2')!;
    expect(a2).toMatchObject({ dontKnow: 1, notApplicable: 1, open: 0, disagreement: false });
    expect(a2.spread).toMatchObject({ n: 1, median: 1 });
  });

  it('aggregates dimension scores per respondent, with the median target', () => {
    const a = aggregate(q, rs);
    const alpha = a.dimensions.find((d) => d.dimensionId === 'alpha')!;
    // respondent scores: r1 0.5, r2 2, r3 1
    expect(alpha.spread).toMatchObject({ median: 1, min: 0.5, max: 2 });
    expect(alpha.disagreements).toBe(1);
    const beta = a.dimensions.find((d) => d.dimensionId === 'beta')!;
    expect(beta.target).toBe(3); // targets 3, 3, 2 → median 3
  });

  it('does not depend on the order of respondents', () => {
    const answerArb = fc.oneof(fc.integer({ min: 0, max: 3 }).map(level), fc.constant(DONT_KNOW), fc.constant(null));
    const respArb = fc.array(fc.tuple(answerArb, answerArb, answerArb), { minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(respArb, fc.integer(), (tuples, seed) => {
        const list = tuples.map(([x, y, z], i) => respondent(`r${i}`, { 'alpha-1': x, 'alpha-2': y, 'beta-1': z }));
        const shuffled = [...list].sort(
          (a, b) => ((a.assessment.id.charCodeAt(1) * 31 + seed) % 7) - ((b.assessment.id.charCodeAt(1) * 31 + seed) % 7),
        );
        expect(aggregate(q, shuffled)).toEqual(aggregate(q, list));
        expect(aggregate(q, [...list].reverse())).toEqual(aggregate(q, list));
      }),
    );
  });
});

describe('groupBy', () => {
  it('groups by office, perspective and date, sorted by key', () => {
    const items = [
      { assessment: assessment({ id: '1', office: 'Ordnungsamt', perspective: 'fuehrung' }) },
      { assessment: assessment({ id: '2', office: 'Gesundheitsamt', perspective: 'fuehrung' }) },
      { assessment: assessment({ id: '3', office: 'Gesundheitsamt', perspective: 'mitarbeitende', date: '2025-01-01' }) },
    ];
    expect(groupBy(items, 'office').map((g) => [g.key, g.items.map((i) => i.assessment.id)])).toEqual([
      ['Gesundheitsamt', ['2', '3']],
      ['Ordnungsamt', ['1']],
    ]);
    expect(groupBy(items, 'perspective').map((g) => g.key)).toEqual(['fuehrung', 'mitarbeitende']);
    expect(groupBy(items, 'date').map((g) => g.key)).toEqual(['2025-01-01', '2026-11-23']);
  });
});
