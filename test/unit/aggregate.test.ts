import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DISAGREEMENT_LEVELS, aggregate, groupBy, type Respondent } from '../../src/core/aggregate';
import { spreadOf, quantileSorted } from '../../src/core/stats';
import type { AnswerValue } from '../../src/core/assessment';
import { answersArb, questionnaireArb } from '../support/arbitraries';
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
});

/** A questionnaire and 1–8 respondents (each with answers and own targets), plus the same respondents in another order. */
const respondentsArb = questionnaireArb.chain((q) => {
  const levels = q.scale.levels.map((l) => l.value);
  const one = fc.record({
    answers: answersArb(q),
    targets: fc.dictionary(fc.constantFrom(...q.dimensions.map((d) => d.id)), fc.constantFrom(...levels), { maxKeys: q.dimensions.length }),
  });
  return fc.array(one, { minLength: 1, maxLength: 8 }).chain((list) => {
    const rs = list.map((r, i) => respondent(`r${i}`, r.answers, { targets: r.targets }));
    return fc.shuffledSubarray(rs, { minLength: rs.length }).map((shuffled) => ({ q, rs, shuffled, answers: list.map((r) => r.answers) }));
  });
});

describe('aggregate (property-based)', () => {
  it('does not depend on the order of respondents', () => {
    fc.assert(
      fc.property(respondentsArb, ({ q, rs, shuffled }) => {
        expect(aggregate(q, shuffled)).toEqual(aggregate(q, rs));
      }),
    );
  });

  it('counts every respondent once per question, and the median lies within min..max and the quartiles', () => {
    fc.assert(
      fc.property(respondentsArb, ({ q, rs, answers }) => {
        const a = aggregate(q, rs);
        for (const x of a.questions) {
          const given = answers.map((r) => r[x.questionId] ?? null);
          const levels = given.flatMap((v) => (v?.kind === 'level' ? [v.level] : []));
          expect(x.open).toBe(given.filter((v) => v === null).length);
          expect((x.spread?.n ?? 0) + x.dontKnow + x.notApplicable + x.open).toBe(rs.length);
          expect(Object.values(x.histogram).reduce((n, k) => n + k, 0)).toBe(levels.length);
          if (levels.length === 0) {
            expect(x.spread).toBeNull();
            continue;
          }
          const s = x.spread!;
          expect([s.min, s.max]).toEqual([Math.min(...levels), Math.max(...levels)]);
          expect(s.q1).toBeGreaterThanOrEqual(s.min);
          expect(s.median).toBeGreaterThanOrEqual(s.q1);
          expect(s.q3).toBeGreaterThanOrEqual(s.median);
          expect(s.max).toBeGreaterThanOrEqual(s.q3);
          expect(x.disagreement).toBe(s.max - s.min >= DISAGREEMENT_LEVELS);
        }
        for (const d of a.dimensions) {
          if (d.spread === null) continue;
          expect(d.spread.median).toBeGreaterThanOrEqual(d.spread.min);
          expect(d.spread.median).toBeLessThanOrEqual(d.spread.max);
        }
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
