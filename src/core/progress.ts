// Where a respondent stands in a questionnaire: pure helpers for the walk-through.
import { allQuestions, type Questionnaire } from './questionnaire';
import type { AnswerLookup } from './scoring';

export interface DimensionProgress {
  dimensionId: string;
  /** index of the dimension's first question in questionnaire order */
  firstIndex: number;
  total: number;
  done: number;
}

/** Index of the first question without an answer, or null when all are answered. */
export function firstOpenIndex(q: Questionnaire, answer: AnswerLookup): number | null {
  const i = allQuestions(q).findIndex(({ question }) => !answer(question.id));
  return i === -1 ? null : i;
}

/** Answered / total per dimension, in questionnaire order. */
export function progressByDimension(q: Questionnaire, answer: AnswerLookup): DimensionProgress[] {
  let index = 0;
  return q.dimensions.map((d) => {
    const firstIndex = index;
    index += d.questions.length;
    return { dimensionId: d.id, firstIndex, total: d.questions.length, done: d.questions.filter((x) => answer(x.id)).length };
  });
}

/** The number of questions in a questionnaire. */
export function questionCount(q: Questionnaire): number {
  return q.dimensions.reduce((n, d) => n + d.questions.length, 0);
}

/** How many questions have an answer (a level, "weiß nicht" or "trifft nicht zu"). */
export function answeredCount(q: Questionnaire, answer: AnswerLookup): number {
  return allQuestions(q).filter(({ question }) => answer(question.id)).length;
}
