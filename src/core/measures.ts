// Measure selection (explainable, stable):
// - The dimension's current level is its score rounded down (level n counts as reached only when
//   the mean is at least n). A measure applies when that level lies within its [min, max].
// - Only dimensions below their target (gap > 0) get measures.
// - Priority = weight × gap × impact ÷ effort (gering 1, mittel 2, hoch 3).
// - Order: priority (high first), then impact (high first), effort (low first), then questionnaire
//   order of dimension and measure — so equal inputs always give the same list.
import { dependenciesOf, type Dependency, type Measure, type Questionnaire, type Rating } from './questionnaire';
import { reachedLevel, type AssessmentScore } from './scoring';

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
  /** actors outside the office on whom some of this dimension's questions depend */
  dependsOn: Dependency[];
}

export interface SelectedMeasure {
  measure: Measure;
  reason: MeasureReason;
}

/** The measures that fit each dimension's current level, most urgent first. */
export function selectMeasures(q: Questionnaire, score: AssessmentScore, limit = Infinity): SelectedMeasure[] {
  const dimOrder = new Map(q.dimensions.map((d, i) => [d.id, i]));
  const measureOrder = new Map(q.measures.map((m, i) => [m.id, i]));
  const out: SelectedMeasure[] = [];
  for (const ds of score.dimensions) {
    if (ds.score === null || ds.gap === null || ds.gap <= 0) continue;
    const dimension = q.dimensions[dimOrder.get(ds.dimensionId)!]!;
    const currentLevel = reachedLevel(ds.score);
    const dependsOn = dependenciesOf(dimension);
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
          dependsOn,
        },
      });
    }
  }
  out.sort(
    (a, b) =>
      b.reason.priority - a.reason.priority ||
      RATING_VALUE[b.measure.impact] - RATING_VALUE[a.measure.impact] ||
      RATING_VALUE[a.measure.effort] - RATING_VALUE[b.measure.effort] ||
      dimOrder.get(a.reason.dimensionId)! - dimOrder.get(b.reason.dimensionId)! ||
      measureOrder.get(a.measure.id)! - measureOrder.get(b.measure.id)!,
  );
  return out.slice(0, limit);
}
