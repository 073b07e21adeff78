// Measure selection (explainable, stable):
// - The dimension's current level is its score rounded down (level n counts as reached only when
//   the mean is at least n). A measure applies when that level lies within its [min, max].
// - Only dimensions below their target (gap > 0) get measures.
// - Priority = weight × gap × impact ÷ effort (gering 1, mittel 2, hoch 3).
// - Order: priority (high first), then impact (high first), effort (low first), then questionnaire
//   order of dimension and measure — so equal inputs always give the same list. Priorities that
//   differ only by floating-point error (within a relative 1e-9, like 0.9999999999999998 and 1) are
//   equal, so rounding never overrules the tie rules.
// - Outside dependencies (Bund, Land, EfA, IT-Dienstleister) belong to questions: a measure has
//   those of the questions it names in `questions` (each once, in order of first mention), except
//   questions answered „trifft nicht zu“. A measure that names no questions has none.
import type { AnswerValue } from './assessment';
import { questionById, type Dependency, type Measure, type Question, type Questionnaire, type Rating } from './questionnaire';
import { reachedLevel, type AnswerLookup, type AssessmentScore } from './scoring';

export const RATING_VALUE: Record<Rating, number> = { gering: 1, mittel: 2, hoch: 3 };

/** Why a measure was chosen: the figures that went into its priority. */
export interface MeasureReason {
  dimensionId: string;
  score: number;
  currentLevel: number;
  target: number;
  gap: number;
  weight: number;
  impact: Rating;
  effort: Rating;
  priority: number;
  /** actors outside the office on whom the questions this measure addresses depend (as answered) */
  dependsOn: Dependency[];
}

export interface SelectedMeasure {
  measure: Measure;
  reason: MeasureReason;
}

/** The outside actors a question depends on as answered: none when it was answered „trifft nicht zu“. */
export function questionDependencies(question: Pick<Question, 'dependsOn'>, value: AnswerValue | null | undefined): Dependency[] {
  return value?.kind === 'notApplicable' ? [] : [...(question.dependsOn ?? [])];
}

/** The outside actors a measure depends on: those of the questions it addresses, less the questions
 * answered „trifft nicht zu“ (each once, in order of first mention); none when it names no question. */
export function measureDependencies(q: Questionnaire, measure: Pick<Measure, 'questions'>, answer: AnswerLookup): Dependency[] {
  const out = new Set<Dependency>();
  for (const id of measure.questions ?? []) {
    const ref = questionById(q, id);
    if (ref) for (const d of questionDependencies(ref.question, answer(id))) out.add(d);
  }
  return [...out];
}

/** Higher priority first; priorities within floating-point error of each other are equal (0). */
export function comparePriority(a: number, b: number): number {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b)) ? 0 : b - a;
}

/** The measures that fit each dimension's current level, most urgent first. `answer` gives the
 * answers for the measures' outside dependencies; without it no question counts as „trifft nicht zu“. */
export function selectMeasures(
  q: Questionnaire,
  score: AssessmentScore,
  limit = Infinity,
  answer: AnswerLookup = () => null,
): SelectedMeasure[] {
  const dimOrder = new Map(q.dimensions.map((d, i) => [d.id, i]));
  const measureOrder = new Map(q.measures.map((m, i) => [m.id, i]));
  const out: SelectedMeasure[] = [];
  for (const ds of score.dimensions) {
    if (ds.score === null || ds.gap === null || ds.gap <= 0) continue;
    const currentLevel = reachedLevel(ds.score);
    for (const m of q.measures) {
      if (m.dimension !== ds.dimensionId) continue;
      if (currentLevel < m.levels.min || currentLevel > m.levels.max) continue;
      const priority = (ds.weight * ds.gap * RATING_VALUE[m.impact]) / RATING_VALUE[m.effort];
      out.push({
        measure: m,
        reason: {
          dimensionId: ds.dimensionId,
          score: ds.score,
          currentLevel,
          target: ds.target,
          gap: ds.gap,
          weight: ds.weight,
          impact: m.impact,
          effort: m.effort,
          priority,
          dependsOn: measureDependencies(q, m, answer),
        },
      });
    }
  }
  out.sort(
    (a, b) =>
      comparePriority(a.reason.priority, b.reason.priority) ||
      RATING_VALUE[b.measure.impact] - RATING_VALUE[a.measure.impact] ||
      RATING_VALUE[a.measure.effort] - RATING_VALUE[b.measure.effort] ||
      dimOrder.get(a.reason.dimensionId)! - dimOrder.get(b.reason.dimensionId)! ||
      measureOrder.get(a.measure.id)! - measureOrder.get(b.measure.id)!,
  );
  return out.slice(0, limit);
}
