import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { lookupFrom, mean, overallScore, scoreAssessment, scoreDimension, type Coverage } from '../../src/core/scoring';
import { allQuestions, scaleRange, type Questionnaire } from '../../src/core/questionnaire';
import { answeredArb, type AnswerMap } from '../support/arbitraries';
import { DONT_KNOW, NOT_APPLICABLE, level, lookup, mini } from '../helpers';

describe('scoreDimension', () => {
  const q = mini();
  const alpha = q.dimensions[0]!;

  it('is the mean of the chosen levels, with target and gap', () => {
    const s = scoreDimension(alpha, lookup({ 'alpha-1': level(1), 'alpha-2': level(2) }), 3);
    expect(s).toEqual({
      dimensionId: 'alpha',
      score: 1.5,
      target: 3,
      gap: 1.5,
      weight: 2,
      coverage: { total: 2, answered: 2, dontKnow: 0, notApplicable: 0, open: 0 },
    });
  });

  it('leaves "weiß nicht" and "trifft nicht zu" out of the mean and counts them', () => {
    const s = scoreDimension(alpha, lookup({ 'alpha-1': level(3), 'alpha-2': DONT_KNOW }), 2);
    expect(s.score).toBe(3);
    expect(s.gap).toBe(-1);
    expect(s.coverage).toEqual({ total: 2, answered: 1, dontKnow: 1, notApplicable: 0, open: 0 });
    const t = scoreDimension(alpha, lookup({ 'alpha-2': NOT_APPLICABLE }), 2);
    expect(t.score).toBeNull();
    expect(t.gap).toBeNull();
    expect(t.coverage).toEqual({ total: 2, answered: 0, dontKnow: 0, notApplicable: 1, open: 1 });
  });

  it('gives no score (not zero) without answers', () => {
    expect(scoreDimension(alpha, lookup({}), 2).score).toBeNull();
  });
});

describe('scoreAssessment', () => {
  it('weights the overall score and skips dimensions without score', () => {
    const q = mini();
    const s = scoreAssessment(q, lookup({ 'alpha-1': level(3), 'alpha-2': level(1), 'beta-1': level(0) }));
    // alpha 2 × weight 2, beta 0 × weight 1 → 4 / 3
    expect(s.overall).toBeCloseTo(4 / 3, 10);
    expect(s.coverage).toEqual({ total: 3, answered: 3, dontKnow: 0, notApplicable: 0, open: 0 });
    const partial = scoreAssessment(q, lookup({ 'beta-1': level(2) }));
    expect(partial.overall).toBe(2);
  });

  it('uses the assessment targets over the questionnaire defaults', () => {
    const q = mini();
    const s = scoreAssessment(q, lookup({ 'beta-1': level(1) }), { targets: { beta: 2 } });
    expect(s.dimensions.map((d) => d.target)).toEqual([2, 2]);
    expect(s.dimensions[1]!.gap).toBe(1);
  });

  it('has no overall score when nothing is answered', () => {
    expect(scoreAssessment(mini(), lookup({})).overall).toBeNull();
    expect(overallScore([])).toBeNull();
    expect(mean([])).toBeNull();
  });
});

// ---- properties, over generated questionnaires ----

function scores(q: Questionnaire, answers: AnswerMap) {
  return scoreAssessment(q, lookup(answers));
}

/** A questionnaire, answers, and one of its questions. */
const withQuestion = answeredArb.chain(({ q, answers }) =>
  fc.constantFrom(...allQuestions(q).map((x) => x.question)).map((question) => ({ q, answers, question })),
);

describe('scoring invariants (property-based)', () => {
  it('scores stay within the scale', () => {
    fc.assert(
      fc.property(answeredArb, ({ q, answers }) => {
        const { min, max } = scaleRange(q);
        const s = scores(q, answers);
        for (const d of s.dimensions) {
          if (d.score === null) continue;
          expect(d.score).toBeGreaterThanOrEqual(min - 1e-9);
          expect(d.score).toBeLessThanOrEqual(max + 1e-9);
        }
        if (s.overall !== null) {
          expect(s.overall).toBeGreaterThanOrEqual(min - 1e-9);
          expect(s.overall).toBeLessThanOrEqual(max + 1e-9);
        }
      }),
    );
  });

  it('a dimension score is the mean of its level answers, null without any', () => {
    fc.assert(
      fc.property(answeredArb, ({ q, answers }) => {
        const s = scores(q, answers);
        q.dimensions.forEach((d, i) => {
          const levels = d.questions.flatMap((x) => {
            const a = answers[x.id];
            return a?.kind === 'level' ? [a.level] : [];
          });
          const got = s.dimensions[i]!;
          if (levels.length === 0) expect(got.score).toBeNull();
          else expect(got.score).toBeCloseTo(levels.reduce((a, b) => a + b, 0) / levels.length, 9);
          expect(got.gap === null ? null : got.gap + got.score!).toBe(got.score === null ? null : got.target);
        });
      }),
    );
  });

  it('unknown and not-applicable answers never change a score', () => {
    fc.assert(
      fc.property(withQuestion, fc.constantFrom(DONT_KNOW, NOT_APPLICABLE, null), ({ q, answers, question }, unknown) => {
        fc.pre(answers[question.id]?.kind !== 'level'); // replace a non-level by another non-level
        fc.pre(unknown?.kind !== 'notApplicable' || question.allowNotApplicable);
        const a = scores(q, answers);
        const b = scores(q, { ...answers, [question.id]: unknown });
        expect(b.dimensions.map((d) => d.score)).toEqual(a.dimensions.map((d) => d.score));
        expect(b.dimensions.map((d) => d.gap)).toEqual(a.dimensions.map((d) => d.gap));
        expect(b.overall).toEqual(a.overall);
      }),
    );
  });

  it('raising one answer never lowers a dimension score or the overall score', () => {
    fc.assert(
      fc.property(withQuestion, fc.nat(10), ({ q, answers, question }, step) => {
        const before = answers[question.id];
        fc.pre(before?.kind === 'level');
        const higher = q.scale.levels.map((l) => l.value).filter((v) => v >= before.level);
        const raised = higher[step % higher.length]!;
        const a = scores(q, answers);
        const b = scores(q, { ...answers, [question.id]: level(raised) });
        a.dimensions.forEach((d, i) => {
          if (d.score === null) expect(b.dimensions[i]!.score).toBeNull();
          else expect(b.dimensions[i]!.score! + 1e-9).toBeGreaterThanOrEqual(d.score);
        });
        expect(b.overall! + 1e-9).toBeGreaterThanOrEqual(a.overall!);
      }),
    );
  });

  it('a new answer at or above a dimension score never lowers it', () => {
    fc.assert(
      fc.property(withQuestion, fc.nat(10), ({ q, answers, question }, step) => {
        fc.pre(answers[question.id]?.kind !== 'level');
        const dim = q.dimensions.findIndex((d) => d.questions.includes(question));
        const a = scores(q, answers).dimensions[dim]!.score;
        const candidates = q.scale.levels.map((l) => l.value).filter((v) => a === null || v >= a);
        fc.pre(candidates.length > 0);
        const added = candidates[step % candidates.length]!;
        const b = scores(q, { ...answers, [question.id]: level(added) }).dimensions[dim]!.score!;
        expect(b + 1e-9).toBeGreaterThanOrEqual(a ?? added);
      }),
    );
  });

  it('the overall score is the weighted mean of the dimension scores, between the lowest and the highest', () => {
    fc.assert(
      fc.property(answeredArb, ({ q, answers }) => {
        const s = scores(q, answers);
        const scored = s.dimensions.filter((d) => d.score !== null);
        if (scored.length === 0) {
          expect(s.overall).toBeNull();
          return;
        }
        const weights = scored.map((d) => q.dimensions.find((x) => x.id === d.dimensionId)!.weight);
        const expected = scored.reduce((sum, d, i) => sum + d.score! * weights[i]!, 0) / weights.reduce((a, b) => a + b, 0);
        expect(s.overall).toBeCloseTo(expected, 9);
        expect(s.overall!).toBeGreaterThanOrEqual(Math.min(...scored.map((d) => d.score!)) - 1e-9);
        expect(s.overall!).toBeLessThanOrEqual(Math.max(...scored.map((d) => d.score!)) + 1e-9);
      }),
    );
  });

  it('coverage counts add up to the number of questions, per dimension and overall', () => {
    fc.assert(
      fc.property(answeredArb, ({ q, answers }) => {
        const s = scores(q, answers);
        const count = (c: Coverage) => c.answered + c.dontKnow + c.notApplicable + c.open;
        q.dimensions.forEach((d, i) => {
          const c = s.dimensions[i]!.coverage;
          expect(c.total).toBe(d.questions.length);
          expect(count(c)).toBe(c.total);
          expect(c.answered).toBe(d.questions.filter((x) => answers[x.id]?.kind === 'level').length);
          expect(c.open).toBe(d.questions.filter((x) => !answers[x.id]).length);
        });
        expect(s.coverage.total).toBe(allQuestions(q).length);
        expect(count(s.coverage)).toBe(s.coverage.total);
        expect(s.coverage.dontKnow).toBe(Object.values(answers).filter((a) => a?.kind === 'dontKnow').length);
        expect(s.coverage.notApplicable).toBe(Object.values(answers).filter((a) => a?.kind === 'notApplicable').length);
      }),
    );
  });

  it('does not depend on the order in which the answers are held', () => {
    fc.assert(
      fc.property(
        answeredArb.chain(({ q, answers }) =>
          fc
            .shuffledSubarray(Object.entries(answers), { minLength: Object.keys(answers).length })
            .map((entries) => ({ q, answers, entries })),
        ),
        ({ q, answers, entries }) => {
          const shuffled = new Map(entries.map(([id, value]) => [id, { value }]));
          expect(scoreAssessment(q, lookupFrom(shuffled))).toEqual(scores(q, answers));
        },
      ),
    );
  });
});

const Q = mini();

import { answeredCount, firstOpenIndex, progressByDimension, questionCount } from '../../src/core/progress';

describe('progress', () => {
  it('finds the first open question and counts per dimension', () => {
    const answers = lookup({ 'alpha-1': level(1), 'alpha-2': DONT_KNOW });
    expect(firstOpenIndex(Q, answers)).toBe(2);
    expect(firstOpenIndex(Q, lookup({ 'alpha-2': level(0) }))).toBe(0);
    expect(firstOpenIndex(Q, lookup({ 'alpha-1': level(1), 'alpha-2': NOT_APPLICABLE, 'beta-1': level(3) }))).toBeNull();
    expect(progressByDimension(Q, answers)).toEqual([
      { dimensionId: 'alpha', firstIndex: 0, total: 2, done: 2 },
      { dimensionId: 'beta', firstIndex: 2, total: 1, done: 0 },
    ]);
    expect(questionCount(Q)).toBe(3);
  });

  it('counts unknown and not-applicable answers as answered, open ones not', () => {
    expect(answeredCount(Q, lookup({ 'alpha-1': level(1), 'alpha-2': DONT_KNOW, 'beta-1': null }))).toBe(2);
    expect(answeredCount(Q, lookup({}))).toBe(0);
  });
});
