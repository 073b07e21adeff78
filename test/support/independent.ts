// An independent computation of an assessment's scores, written from the rules in README.md („How the
// scores are computed“), to check the app's core against. It deliberately imports nothing from
// src/core: it reads the questionnaire as the plain parsed JSON of its file.
//
// - A dimension's score is the mean of the levels chosen for its questions; „weiß nicht“ and „trifft
//   nicht zu“ are left out of the mean and counted separately (coverage). No level → no score (null).
// - The overall score is the mean of the dimension scores weighted by the dimensions' weights, over
//   the dimensions that have a score (null when none has).
// - The gap is target − score; it is a shortfall only when the score is below the target.
// - The level a dimension has reached is its score rounded down. A score is a sum of whole levels
//   divided by their count, so when the true mean is a whole number k the sum is exactly k × count
//   and the division is exact: Math.floor needs no tolerance here.

/** The parts of a questionnaire file that scoring reads. */
export interface PlainQuestionnaire {
  dimensions: readonly {
    id: string;
    weight: number;
    defaultTarget: number;
    questions: readonly { id: string }[];
  }[];
}

export type PlainAnswer = { kind: 'level'; level: number } | { kind: 'dontKnow' } | { kind: 'notApplicable' };

export interface IndependentDimension {
  id: string;
  /** mean of the chosen levels, null when no question has a level */
  score: number | null;
  target: number;
  /** target − score (negative above the target), null without score */
  gap: number | null;
  /** how far the score falls short of the target: target − score when below it, else 0; null without score */
  shortfall: number | null;
  /** the score rounded down, null without score */
  reachedLevel: number | null;
  levels: number;
  dontKnow: number;
  notApplicable: number;
  open: number;
}

export interface IndependentResult {
  dimensions: IndependentDimension[];
  overall: number | null;
}

/**
 * Scores answers to a questionnaire. `answers` maps question ids to answers (a missing id is an open
 * question); `targets` maps dimension ids to targets (a missing id takes the dimension's defaultTarget).
 */
export function independentScore(
  questionnaire: PlainQuestionnaire,
  answers: Readonly<Record<string, PlainAnswer | undefined>>,
  targets: Readonly<Record<string, number | undefined>> = {},
): IndependentResult {
  const dimensions = questionnaire.dimensions.map((d): IndependentDimension => {
    const chosen: number[] = [];
    let dontKnow = 0;
    let notApplicable = 0;
    let open = 0;
    for (const question of d.questions) {
      const a = answers[question.id];
      if (a === undefined) open += 1;
      else if (a.kind === 'level') chosen.push(a.level);
      else if (a.kind === 'dontKnow') dontKnow += 1;
      else notApplicable += 1;
    }
    let sum = 0;
    for (const level of chosen) sum += level;
    const score = chosen.length === 0 ? null : sum / chosen.length;
    const target = targets[d.id] ?? d.defaultTarget;
    return {
      id: d.id,
      score,
      target,
      gap: score === null ? null : target - score,
      shortfall: score === null ? null : score < target ? target - score : 0,
      reachedLevel: score === null ? null : Math.floor(score),
      levels: chosen.length,
      dontKnow,
      notApplicable,
      open,
    };
  });

  let weighted = 0;
  let weights = 0;
  questionnaire.dimensions.forEach((d, i) => {
    const score = dimensions[i]!.score;
    if (score === null) return;
    weighted += d.weight * score;
    weights += d.weight;
  });
  return { dimensions, overall: weights === 0 ? null : weighted / weights };
}
