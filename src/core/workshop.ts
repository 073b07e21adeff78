// A workshop: a moderator leads a group of one office through the questions; the group agrees a
// level per question (the consensus). Pre-votes (assessments made beforehand) and a show of hands
// give each question its histogram; the agenda puts the widest disagreement first. Pure rules
// here; the screens and the storage of a running workshop build on them.
import * as z from 'zod/mini';
import {
  AnswerValue,
  IsoDateTime,
  RecordId as Id,
  ShortText,
  WORKSHOP_PERSPECTIVE,
  type AnswerRecord,
  type Assessment,
} from './assessment';
import type { Aggregate, QuestionAggregate } from './aggregate';
import { allQuestions, questionIndex, type Questionnaire } from './questionnaire';

export { WORKSHOP_PERSPECTIVE };

const QuestionId = z.string().check(z.minLength(1), z.maxLength(80));

/** Hands counted per level value ("2": 5 means five people held up level 2). */
export const Hands = z.record(z.string().check(z.regex(/^\d{1,3}$/)), z.int().check(z.minimum(0), z.maximum(10_000)));
export type Hands = z.infer<typeof Hands>;

export const Workshop = z.strictObject({
  id: Id,
  office: ShortText.check(z.minLength(1)),
  questionnaireId: z.string().check(z.minLength(1), z.maxLength(80)),
  questionnaireVersion: z.string().check(z.minLength(1), z.maxLength(20)),
  date: z.iso.date(),
  moderator: z.optional(ShortText),
  participants: z.int().check(z.minimum(0), z.maximum(10_000)),
  /** the assessments brought in as pre-votes */
  preVotes: z.array(Id).check(z.maxLength(500)),
  /** walk in questionnaire order, or along the agenda (widest disagreement first) */
  order: z.enum(['questionnaire', 'agenda']),
  /** position in the current order */
  position: z.int().check(z.minimum(0)),
  agreed: z.record(QuestionId, AnswerValue),
  notes: z.record(QuestionId, z.string().check(z.maxLength(5000))),
  hands: z.record(QuestionId, Hands),
  /** whether the notes are shown on the projector (they are not, unless the moderator says so) */
  showNotes: z.boolean(),
  /** the id under which the consensus is saved as an assessment (fixed at the start) */
  consensusId: Id,
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type Workshop = z.infer<typeof Workshop>;

/** The question ids in the order the workshop walks them. */
export function walkOrder(q: Questionnaire, w: Pick<Workshop, 'order'>, preVotes: Aggregate | null): string[] {
  const ids = allQuestions(q).map(({ question }) => question.id);
  return w.order === 'agenda' && preVotes ? agenda(q, preVotes) : ids;
}

const width = (x: QuestionAggregate) => (x.spread ? x.spread.max - x.spread.min : -1);

/** Every question, widest spread of the pre-votes first (then the wider middle half, then
 * questionnaire order); questions without pre-votes last, in questionnaire order. */
export function agenda(q: Questionnaire, preVotes: Aggregate): string[] {
  const index = questionIndex(q);
  const pos = (id: string) => index.get(id)?.index ?? Number.MAX_SAFE_INTEGER;
  return [...preVotes.questions]
    .sort((a, b) => width(b) - width(a) || (b.spread?.iqr ?? -1) - (a.spread?.iqr ?? -1) || pos(a.questionId) - pos(b.questionId))
    .map((x) => x.questionId);
}

/** A question's histogram: the hands counted in the room if any, else the pre-votes'. */
export function histogramFor(
  q: Questionnaire,
  questionId: string,
  w: Pick<Workshop, 'hands'>,
  preVotes: Aggregate | null,
): Record<number, number> {
  const empty = Object.fromEntries(q.scale.levels.map((l) => [l.value, 0])) as Record<number, number>;
  const hands = w.hands[questionId];
  if (hands && Object.values(hands).some((n) => n > 0)) {
    for (const [level, n] of Object.entries(hands)) if (Number(level) in empty) empty[Number(level)] = n;
    return empty;
  }
  const pre = preVotes?.questions.find((x) => x.questionId === questionId);
  return pre ? { ...empty, ...pre.histogram } : empty;
}

/** What can change in a running workshop: each a small, replayable step. */
export type WorkshopAction =
  | { type: 'agree'; questionId: string; value: AnswerValue | null }
  | { type: 'note'; questionId: string; note: string }
  | { type: 'hands'; questionId: string; hands: Hands }
  | { type: 'go'; position: number }
  | { type: 'order'; order: Workshop['order'] }
  | { type: 'participants'; participants: number }
  | { type: 'showNotes'; show: boolean };

/** The workshop after one action (a new object; positions are kept inside the question list). */
export function applyAction(w: Workshop, action: WorkshopAction, questionCount: number, now: string): Workshop {
  const next = { ...w, updatedAt: now };
  switch (action.type) {
    case 'agree': {
      const agreed = { ...w.agreed };
      if (action.value) agreed[action.questionId] = action.value;
      else delete agreed[action.questionId];
      return { ...next, agreed };
    }
    case 'note': {
      const notes = { ...w.notes };
      if (action.note) notes[action.questionId] = action.note;
      else delete notes[action.questionId];
      return { ...next, notes };
    }
    case 'hands':
      return { ...next, hands: { ...w.hands, [action.questionId]: action.hands } };
    case 'go':
      return { ...next, position: Math.min(Math.max(0, action.position), Math.max(0, questionCount - 1)) };
    case 'order':
      return { ...next, order: action.order, position: 0 };
    case 'participants':
      return { ...next, participants: Math.max(0, Math.round(action.participants)) };
    case 'showNotes':
      return { ...next, showNotes: action.show };
  }
}

/** The consensus as an ordinary assessment of the office, so that results, comparison and export
 * treat it like any other; `id` stays the same when the workshop is saved again. */
export function consensusAssessment(w: Workshop, now: string): { assessment: Assessment; answers: Map<string, AnswerRecord> } {
  const id = w.consensusId;
  const assessment: Assessment = {
    id,
    questionnaireId: w.questionnaireId,
    questionnaireVersion: w.questionnaireVersion,
    office: w.office,
    perspective: WORKSHOP_PERSPECTIVE.id,
    respondent: `${w.participants} Teilnehmende${w.moderator ? `, Moderation: ${w.moderator}` : ''}`.slice(0, 200),
    date: w.date,
    createdAt: w.createdAt,
    updatedAt: now,
    targets: {},
  };
  const answers = new Map<string, AnswerRecord>();
  for (const qid of new Set([...Object.keys(w.agreed), ...Object.keys(w.notes)])) {
    const note = w.notes[qid];
    answers.set(qid, { assessmentId: id, questionId: qid, value: w.agreed[qid] ?? null, ...(note ? { note } : {}), updatedAt: now });
  }
  return { assessment, answers };
}

// ---- the plan of measures that leaves the room --------------------------------------------------

export const PLAN_STATUS = ['offen', 'in-arbeit', 'erledigt'] as const;
export type PlanStatus = (typeof PLAN_STATUS)[number];

export const PlanItem = z.strictObject({
  id: Id,
  office: ShortText.check(z.minLength(1)),
  questionnaireId: z.string().check(z.minLength(1), z.maxLength(80)),
  /** the questionnaire's measure, or absent for a measure the group added */
  measureId: z.optional(z.string().check(z.maxLength(80))),
  title: ShortText.check(z.minLength(1)),
  owner: ShortText,
  due: z.optional(z.iso.date()),
  status: z.enum(PLAN_STATUS),
  workshopId: z.optional(Id),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type PlanItem = z.infer<typeof PlanItem>;

/** The plan in the order to work it: open first, then in progress, then done; by due date. */
export function planOrder(items: readonly PlanItem[]): PlanItem[] {
  const rank: Record<PlanStatus, number> = { offen: 0, 'in-arbeit': 1, erledigt: 2 };
  return [...items].sort(
    (a, b) => rank[a.status] - rank[b.status] || (a.due ?? '9999').localeCompare(b.due ?? '9999') || a.title.localeCompare(b.title, 'de'),
  );
}
