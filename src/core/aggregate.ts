// Several respondents of one questionnaire: per question and per dimension the median and spread,
// and a disagreement flag where respondents are two or more levels apart (a workshop topic).
// Unknown and not-applicable answers are counted, never averaged.
import type { Questionnaire } from './questionnaire';
import type { Assessment } from './assessment';
import { scoreDimension, type AnswerLookup } from './scoring';
import { targetFor } from './assessment';
import { spreadOf, type Spread } from './stats';

/** Levels this far apart (max − min) or more count as disagreement. */
export const DISAGREEMENT_LEVELS = 2;

export interface Respondent {
  assessment: Assessment;
  answer: AnswerLookup;
}

export interface QuestionAggregate {
  questionId: string;
  dimensionId: string;
  spread: Spread | null;
  /** how many respondents chose each level, by level value */
  histogram: Record<number, number>;
  dontKnow: number;
  notApplicable: number;
  open: number;
  disagreement: boolean;
}

export interface DimensionAggregate {
  dimensionId: string;
  /** spread of the respondents' dimension scores (respondents without a score left out) */
  spread: Spread | null;
  /** median of the respondents' targets */
  target: number;
  /** number of this dimension's questions with disagreement */
  disagreements: number;
}

export interface Aggregate {
  respondents: number;
  questions: QuestionAggregate[];
  dimensions: DimensionAggregate[];
}

/** Median, spread and disagreement over respondents of the same questionnaire. */
export function aggregate(q: Questionnaire, respondents: readonly Respondent[]): Aggregate {
  const questions: QuestionAggregate[] = [];
  const dimensions: DimensionAggregate[] = [];
  for (const d of q.dimensions) {
    let disagreements = 0;
    for (const question of d.questions) {
      const levels: number[] = [];
      const histogram: Record<number, number> = Object.fromEntries(q.scale.levels.map((l) => [l.value, 0]));
      let dontKnow = 0;
      let notApplicable = 0;
      let open = 0;
      for (const r of respondents) {
        const a = r.answer(question.id);
        if (!a) open++;
        else if (a.kind === 'dontKnow') dontKnow++;
        else if (a.kind === 'notApplicable') notApplicable++;
        else {
          levels.push(a.level);
          histogram[a.level] = (histogram[a.level] ?? 0) + 1;
        }
      }
      const spread = spreadOf(levels);
      const disagreement = spread !== null && spread.max - spread.min >= DISAGREEMENT_LEVELS;
      if (disagreement) disagreements++;
      questions.push({ questionId: question.id, dimensionId: d.id, spread, histogram, dontKnow, notApplicable, open, disagreement });
    }
    const scores = respondents
      .map((r) => scoreDimension(d, r.answer, targetFor(r.assessment, d)).score)
      .filter((s): s is number => s !== null);
    const targets = respondents.map((r) => targetFor(r.assessment, d));
    dimensions.push({ dimensionId: d.id, spread: spreadOf(scores), target: spreadOf(targets)?.median ?? d.defaultTarget, disagreements });
  }
  return { respondents: respondents.length, questions, dimensions };
}

export type GroupKey = 'office' | 'perspective' | 'date' | 'questionnaireId';

/** Assessments grouped by office, perspective, date or questionnaire; groups sorted by key. */
export function groupBy<T extends { assessment: Assessment }>(items: readonly T[], key: GroupKey): { key: string; items: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const it of items) {
    const k = it.assessment[key];
    const g = groups.get(k);
    if (g) g.push(it);
    else groups.set(k, [it]);
  }
  return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b, 'de')).map(([k, v]) => ({ key: k, items: v }));
}
