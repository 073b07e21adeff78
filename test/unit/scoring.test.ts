import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { scoreAssessment, scoreDimension, overallScore, mean } from '../../src/core/scoring';
import type { AnswerValue } from '../../src/core/assessment';
import type { Questionnaire } from '../../src/core/questionnaire';
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

// ---- properties ----
const Q = mini();
const MAX = 3;
const QUESTION_IDS = Q.dimensions.flatMap((d) => d.questions.map((x) => x.id));
const answerArb: fc.Arbitrary<AnswerValue | null> = fc.oneof(
  fc.integer({ min: 0, max: MAX }).map(level),
  fc.constant(DONT_KNOW),
  fc.constant(NOT_APPLICABLE),
  fc.constant(null),
);
const answersArb = fc
  .tuple(...QUESTION_IDS.map(() => answerArb))
  .map((vals) => Object.fromEntries(QUESTION_IDS.map((id, i) => [id, vals[i]!])));

function scores(q: Questionnaire, answers: Record<string, AnswerValue | null>) {
  return scoreAssessment(q, lookup(answers));
}

describe('scoring invariants (property-based)', () => {
  it('scores stay within the scale', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const s = scores(Q, answers);
        for (const d of s.dimensions) if (d.score !== null) expect(d.score >= 0 && d.score <= MAX).toBe(true);
        if (s.overall !== null) expect(s.overall >= 0 && s.overall <= MAX).toBe(true);
      }),
    );
  });

  it('unknown and not-applicable answers never change a score', () => {
    fc.assert(
      fc.property(
        answersArb,
        fc.constantFrom(...QUESTION_IDS),
        fc.constantFrom(DONT_KNOW, NOT_APPLICABLE, null),
        (answers, id, unknown) => {
          if (answers[id]?.kind === 'level') return; // only replace non-levels
          const a = scores(Q, answers);
          const b = scores(Q, { ...answers, [id]: unknown });
          expect(b.dimensions.map((d) => d.score)).toEqual(a.dimensions.map((d) => d.score));
          expect(b.overall).toEqual(a.overall);
        },
      ),
    );
  });

  it('raising one answer never lowers a dimension score or the overall score', () => {
    fc.assert(
      fc.property(answersArb, fc.constantFrom(...QUESTION_IDS), fc.integer({ min: 0, max: MAX }), (answers, id, raised) => {
        const before = answers[id];
        const from = before?.kind === 'level' ? before.level : null;
        if (from === null || raised < from) return;
        const a = scores(Q, answers);
        const b = scores(Q, { ...answers, [id]: level(raised) });
        a.dimensions.forEach((d, i) => expect(b.dimensions[i]!.score! + 1e-12 >= d.score!).toBe(true));
        expect(b.overall! + 1e-12 >= a.overall!).toBe(true);
      }),
    );
  });

  it('adding an answer at or above a dimension score never lowers it', () => {
    fc.assert(
      fc.property(answersArb, fc.constantFrom(...QUESTION_IDS), fc.integer({ min: 0, max: MAX }), (answers, id, add) => {
        if (answers[id]?.kind === 'level') return;
        const dim = Q.dimensions.findIndex((d) => d.questions.some((x) => x.id === id));
        const a = scores(Q, answers).dimensions[dim]!.score;
        if (a !== null && add < a) return;
        const b = scores(Q, { ...answers, [id]: level(add) }).dimensions[dim]!.score!;
        expect(b + 1e-12 >= (a ?? 0)).toBe(true);
      }),
    );
  });
});

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
