// Comparing assessments: respondents of one office, perspectives, offices, dates. Only
// assessments of one questionnaire id are combined; across its versions only the questions
// that exist in every version count (the caller says so on screen).
import type { Answers, Assessment } from './assessment';
import { aggregate, groupBy, type Aggregate, type GroupKey, type QuestionAggregate } from './aggregate';
import { questionIndex, type Questionnaire } from './questionnaire';
import { lookupFrom } from './scoring';
import type { Spread } from './stats';
import { compareVersions } from './version';

export interface CompareItem {
  assessment: Assessment;
  answers: Answers;
}

export interface Filter {
  questionnaireId: string;
  /** empty = all */
  offices: readonly string[];
  perspectives: readonly string[];
  /** YYYY-MM-DD, inclusive; empty = open */
  from: string;
  to: string;
}

/** The assessments a filter selects. */
export function applyFilter<T extends { assessment: Assessment }>(items: readonly T[], f: Filter): T[] {
  return items.filter(({ assessment: a }) => {
    if (a.questionnaireId !== f.questionnaireId) return false;
    if (f.offices.length && !f.offices.includes(a.office)) return false;
    if (f.perspectives.length && !f.perspectives.includes(a.perspective)) return false;
    if (f.from && a.date < f.from) return false;
    if (f.to && a.date > f.to) return false;
    return true;
  });
}

export interface CommonBase {
  /** the newest version, reduced to the questions every version has */
  questionnaire: Questionnaire;
  versions: string[];
  /** questions of the newest version left out because an older version lacks them */
  dropped: number;
}

/** The ground on which several versions of one questionnaire can be compared. */
export function commonBase(versions: readonly Questionnaire[]): CommonBase {
  const sorted = [...versions].sort((a, b) => compareVersions(a.version, b.version));
  const newest = sorted.at(-1)!;
  const inAll = (id: string) => sorted.every((q) => questionIndex(q).has(id));
  let dropped = 0;
  const dimensions = newest.dimensions
    .map((d) => {
      const questions = d.questions.filter((x) => inAll(x.id));
      dropped += d.questions.length - questions.length;
      return { ...d, questions };
    })
    .filter((d) => d.questions.length > 0);
  return { questionnaire: { ...newest, dimensions }, versions: sorted.map((q) => q.version), dropped };
}

export interface GroupResult {
  key: string;
  n: number;
  aggregate: Aggregate;
}

/** Median and spread per dimension for each group (office, perspective or date). */
export function compareGroups(q: Questionnaire, items: readonly CompareItem[], by: GroupKey): GroupResult[] {
  return groupBy(items, by).map((g) => ({
    key: g.key,
    n: g.items.length,
    aggregate: aggregate(
      q,
      g.items.map((i) => ({ assessment: i.assessment, answer: lookupFrom(i.answers) })),
    ),
  }));
}

/** A group's median of one dimension (null: no respondent has a score there). */
export function medianOf(g: GroupResult, dimensionId: string): number | null {
  return g.aggregate.dimensions.find((d) => d.dimensionId === dimensionId)?.spread?.median ?? null;
}

export interface DimensionDifference {
  dimensionId: string;
  medians: (number | null)[];
  /** largest − smallest median among the groups that have one (null with fewer than two) */
  difference: number | null;
}

/** Per dimension the groups' medians, largest difference first (ties: questionnaire order). */
export function differences(q: Questionnaire, groups: readonly GroupResult[]): DimensionDifference[] {
  const out = q.dimensions.map((d, i) => {
    const medians = groups.map((g) => medianOf(g, d.id));
    const known = medians.filter((m): m is number => m !== null);
    return { dimensionId: d.id, medians, difference: known.length >= 2 ? Math.max(...known) - Math.min(...known) : null, i };
  });
  out.sort((a, b) => (b.difference ?? -1) - (a.difference ?? -1) || a.i - b.i);
  return out.map(({ i: _i, ...rest }) => rest);
}

/** Each group's median minus the median over all groups' medians, per dimension. */
export function deltasToAll(
  q: Questionnaire,
  groups: readonly GroupResult[],
): { reference: (number | null)[]; deltas: (number | null)[][] } {
  const reference = q.dimensions.map((d) => {
    const ms = groups
      .map((g) => medianOf(g, d.id))
      .filter((m): m is number => m !== null)
      .sort((a, b) => a - b);
    if (ms.length === 0) return null;
    const mid = (ms.length - 1) / 2;
    return (ms[Math.floor(mid)]! + ms[Math.ceil(mid)]!) / 2;
  });
  const deltas = groups.map((g) =>
    q.dimensions.map((d, i) => {
      const m = medianOf(g, d.id);
      const r = reference[i]!;
      return m === null || r === null ? null : m - r;
    }),
  );
  return { reference, deltas };
}

/** The questions respondents disagree on (≥ 2 levels apart), widest first: a workshop agenda. */
export function disagreementAgenda(agg: Aggregate): (QuestionAggregate & { spread: Spread })[] {
  const order = new Map(agg.questions.map((x, i) => [x.questionId, i]));
  return agg.questions
    .filter((x): x is QuestionAggregate & { spread: Spread } => x.disagreement && x.spread !== null)
    .sort(
      (a, b) =>
        b.spread.max - b.spread.min - (a.spread.max - a.spread.min) ||
        b.spread.iqr - a.spread.iqr ||
        order.get(a.questionId)! - order.get(b.questionId)!,
    );
}

/** Change per dimension from the first to the last date (groups by date, oldest first). */
export function changeOverTime(
  q: Questionnaire,
  byDate: readonly GroupResult[],
): { dimensionId: string; first: number | null; last: number | null; change: number | null }[] {
  const first = byDate[0];
  const last = byDate.at(-1);
  return q.dimensions.map((d) => {
    const a = first ? medianOf(first, d.id) : null;
    const b = last ? medianOf(last, d.id) : null;
    return { dimensionId: d.id, first: a, last: b, change: a === null || b === null || byDate.length < 2 ? null : b - a };
  });
}
