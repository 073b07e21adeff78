// What the results screen and the report show, computed once from the questionnaire, the answers
// and the targets: scores, strengths and gaps, the target helpers, and per-question detail.
import type { Dependency, Dimension, Question, Questionnaire, ScaleLevel } from './questionnaire';
import type { AnswerValue, Answers, Assessment } from './assessment';
import { lookupFrom, reachedLevel, scoreAssessment, type AssessmentScore, type DimensionScore } from './scoring';
import { questionDependencies, selectMeasures, type SelectedMeasure } from './measures';

// kept here too for the screens that import them from results
export { dependenciesOf } from './questionnaire';
export { reachedLevel };

export interface Results {
  score: AssessmentScore;
  /** every applicable measure, most urgent first (the screen shows the first few) */
  measures: SelectedMeasure[];
  /** the (up to) two dimensions with the highest score */
  strengths: DimensionScore[];
  /** the (up to) two dimensions with the largest positive gap */
  gaps: DimensionScore[];
  /** true when no question is open */
  complete: boolean;
}

/** Scores, measures, strengths and gaps of one assessment. */
export function resultsOf(q: Questionnaire, answers: Answers, assessment: Pick<Assessment, 'targets'>): Results {
  const answer = lookupFrom(answers);
  const score = scoreAssessment(q, answer, assessment);
  return {
    score,
    measures: selectMeasures(q, score, Infinity, answer),
    strengths: strengthsOf(score),
    gaps: largestGaps(score),
    complete: score.coverage.open === 0,
  };
}

const order = (score: AssessmentScore) => new Map(score.dimensions.map((d, i) => [d.dimensionId, i]));

/** The `n` dimensions with the highest score (ties: questionnaire order). */
export function strengthsOf(score: AssessmentScore, n = 2): DimensionScore[] {
  const pos = order(score);
  return score.dimensions
    .filter((d) => d.score !== null)
    .sort((a, b) => b.score! - a.score! || pos.get(a.dimensionId)! - pos.get(b.dimensionId)!)
    .slice(0, n);
}

/** The `n` dimensions furthest below their target (ties: questionnaire order). */
export function largestGaps(score: AssessmentScore, n = 2): DimensionScore[] {
  const pos = order(score);
  return score.dimensions
    .filter((d) => d.gap !== null && d.gap > 0)
    .sort((a, b) => b.gap! - a.gap! || pos.get(a.dimensionId)! - pos.get(b.dimensionId)!)
    .slice(0, n);
}

/** "Ist + 1": for every dimension with a score, the next scale level above the reached one
 * (the highest level if it is reached already). Dimensions without score keep their target. */
export function targetsIstPlusOne(q: Questionnaire, score: AssessmentScore, current: Pick<Assessment, 'targets'>): Record<string, number> {
  const values = q.scale.levels.map((l) => l.value);
  const out: Record<string, number> = { ...current.targets };
  for (const d of score.dimensions) {
    if (d.score === null) continue;
    const reached = reachedLevel(d.score);
    out[d.dimensionId] = values.find((v) => v > reached) ?? values.at(-1)!;
  }
  return out;
}

/** Whether `value` may be the target of a dimension: it must be a level of the scale. */
export function isValidTarget(q: Questionnaire, dimensionId: string, value: number): boolean {
  return q.dimensions.some((d) => d.id === dimensionId) && q.scale.levels.some((l) => l.value === value);
}

/** One scale level as it applies to one question: its number, name and this question's descriptor. */
export interface LevelDescription {
  level: ScaleLevel;
  descriptor: Question['levels'][number];
}

export interface QuestionDetail {
  question: Question;
  value: AnswerValue | null;
  /** the chosen level with its descriptor (null unless a level was chosen) */
  chosen: LevelDescription | null;
  /** the level above the chosen one — what "Stufe n+1" would look like (null at the top or without a level) */
  next: LevelDescription | null;
  note: string | null;
  /** the actors outside the office this question depends on (none when answered „trifft nicht zu“) */
  dependsOn: Dependency[];
}

/** Each question of a dimension with the chosen level, the next level, the note and its outside dependencies. */
export function questionDetails(q: Questionnaire, dimension: Dimension, answers: Answers): QuestionDetail[] {
  const levels = q.scale.levels;
  return dimension.questions.map((question) => {
    const record = answers.get(question.id);
    const value = record?.value ?? null;
    const describe = (i: number): LevelDescription | null =>
      i >= 0 && i < levels.length ? { level: levels[i]!, descriptor: question.levels[i]! } : null;
    const i = value?.kind === 'level' ? levels.findIndex((l) => l.value === value.level) : -1;
    return {
      question,
      value,
      chosen: i === -1 ? null : describe(i),
      next: i === -1 ? null : describe(i + 1),
      note: record?.note ? record.note : null,
      dependsOn: questionDependencies(question, value),
    };
  });
}
