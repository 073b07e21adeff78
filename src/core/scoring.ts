// Scoring rules (the one place they are stated; the UI explains them in the same words):
// - A dimension's score is the arithmetic mean of the levels chosen for its questions.
// - "weiß nicht" and "trifft nicht zu" are not levels: they are left out of the mean and counted
//   separately as coverage, so the result shows how much is unknown. No answer → no score (null),
//   never a zero.
// - The overall score is the mean of the dimension scores weighted by the dimensions' weights,
//   over the dimensions that have a score.
// - Gap = target − score (positive: below target). A dimension without score has no gap.
import type { Dimension, Questionnaire } from './questionnaire';
import type { AnswerValue, Assessment } from './assessment';
import { targetFor } from './assessment';

/** How a dimension's (or the whole questionnaire's) questions were answered. */
export interface Coverage {
  total: number;
  answered: number;
  dontKnow: number;
  notApplicable: number;
  open: number;
}

export interface DimensionScore {
  dimensionId: string;
  /** mean level, or null when no question has a level */
  score: number | null;
  target: number;
  /** target − score, or null without score */
  gap: number | null;
  weight: number;
  coverage: Coverage;
}

export interface AssessmentScore {
  dimensions: DimensionScore[];
  overall: number | null;
  coverage: Coverage;
}

/** Looks up a question's given answer (null/undefined = not answered). */
export type AnswerLookup = (questionId: string) => AnswerValue | null | undefined;

/** Mean of numbers, null for none. */
export function mean(xs: readonly number[]): number | null {
  if (xs.length === 0) return null;
  return xs.reduce((a, b) => a + b, 0) / xs.length;
}

/** Counts answered / unknown / not applicable / open over some questions. */
export function coverageOf(questionIds: readonly string[], answer: AnswerLookup): Coverage {
  const c: Coverage = { total: questionIds.length, answered: 0, dontKnow: 0, notApplicable: 0, open: 0 };
  for (const id of questionIds) {
    const a = answer(id);
    if (!a) c.open++;
    else if (a.kind === 'level') c.answered++;
    else if (a.kind === 'dontKnow') c.dontKnow++;
    else c.notApplicable++;
  }
  return c;
}

/** Score, target, gap and coverage of one dimension. */
export function scoreDimension(dimension: Dimension, answer: AnswerLookup, target: number): DimensionScore {
  const levels: number[] = [];
  for (const q of dimension.questions) {
    const a = answer(q.id);
    if (a?.kind === 'level') levels.push(a.level);
  }
  const score = mean(levels);
  return {
    dimensionId: dimension.id,
    score,
    target,
    gap: score === null ? null : target - score,
    weight: dimension.weight,
    coverage: coverageOf(
      dimension.questions.map((q) => q.id),
      answer,
    ),
  };
}

/** The level a score has reached: the score rounded down, with a tolerance for floating-point error
 * (a mean of 2.9999999999999996 has reached 3). Measure selection and "Ist + 1" both use it. */
export function reachedLevel(score: number): number {
  return Math.floor(score + 1e-9);
}

/** Weighted mean of the dimension scores that exist. */
export function overallScore(dimensions: readonly Pick<DimensionScore, 'score' | 'weight'>[]): number | null {
  let sum = 0;
  let weights = 0;
  for (const d of dimensions) {
    if (d.score === null) continue;
    sum += d.score * d.weight;
    weights += d.weight;
  }
  return weights === 0 ? null : sum / weights;
}

/** Scores a whole assessment against its questionnaire. */
export function scoreAssessment(
  q: Questionnaire,
  answer: AnswerLookup,
  targets: Pick<Assessment, 'targets'> = { targets: {} },
): AssessmentScore {
  const dimensions = q.dimensions.map((d) => scoreDimension(d, answer, targetFor(targets, d)));
  const all = dimensions.map((d) => d.coverage);
  const coverage = all.reduce<Coverage>(
    (a, c) => ({
      total: a.total + c.total,
      answered: a.answered + c.answered,
      dontKnow: a.dontKnow + c.dontKnow,
      notApplicable: a.notApplicable + c.notApplicable,
      open: a.open + c.open,
    }),
    { total: 0, answered: 0, dontKnow: 0, notApplicable: 0, open: 0 },
  );
  return { dimensions, overall: overallScore(dimensions), coverage };
}

/** An answer lookup over a map of answer records (or plain values). */
export function lookupFrom(answers: ReadonlyMap<string, { value: AnswerValue | null } | AnswerValue | null>): AnswerLookup {
  return (id) => {
    const a = answers.get(id);
    if (!a) return null;
    return 'kind' in a ? a : a.value;
  };
}
