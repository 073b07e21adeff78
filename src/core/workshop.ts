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
import { inRecord, parseWith, quote } from './issues';
import { allQuestions, questionIndex, type Questionnaire } from './questionnaire';
import type { ParseResult } from './result';
import { compareInstants } from './time';

export { WORKSHOP_PERSPECTIVE };

const QuestionId = z.string().check(z.minLength(1), z.maxLength(80));

/** Hands counted per level value ("2": 5 means five people held up level 2). */
export const Hands = z.record(z.string().check(z.regex(/^\d{1,3}$/)), z.int().check(z.minimum(0), z.maximum(10_000)));
export type Hands = z.infer<typeof Hands>;

/** What a workshop is, fixed when it starts: who, which questionnaire, the pre-votes brought in,
 * and the agenda — the walk order by the pre-votes' disagreement, frozen then, so that every window
 * walks the same questions in the same order even when a pre-vote is deleted later. */
export const WorkshopRecord = z.strictObject({
  id: Id,
  office: ShortText.check(z.minLength(1)),
  questionnaireId: z.string().check(z.minLength(1), z.maxLength(80)),
  questionnaireVersion: z.string().check(z.minLength(1), z.maxLength(20)),
  date: z.iso.date(),
  moderator: z.optional(ShortText),
  /** the assessments brought in as pre-votes */
  preVotes: z.array(Id).check(z.maxLength(500)),
  /** question ids, widest disagreement of the pre-votes first (questionnaire order without pre-votes) */
  agenda: z.array(QuestionId).check(z.maxLength(1000)),
  /** the id under which the consensus is saved as an assessment (fixed at the start) */
  consensusId: Id,
  createdAt: IsoDateTime,
});
export type WorkshopRecord = z.infer<typeof WorkshopRecord>;

/** The most participants a workshop counts (and hands per level). */
export const MAX_PARTICIPANTS = 10_000;
/** The longest note. */
export const MAX_NOTE = 5000;

const Order = z.enum(['questionnaire', 'agenda']);
const Participants = z.int().check(z.minimum(0), z.maximum(MAX_PARTICIPANTS));
const WorkshopNote = z.string().check(z.maxLength(MAX_NOTE));

/** One fact of a running workshop, written on its own (so that two windows never overwrite each
 * other's facts): `agreed:<question>`, `hands:<question>`, `note:<question>`, `position` (the
 * question the room is at), `order`, `participants`, `showNotes`. The newest fact per key wins
 * (`at`, then the window `by`, so that every window settles on the same). */
export const WorkshopFact = z.strictObject({
  workshopId: Id,
  key: z.string().check(z.regex(/^(?:(?:agreed|hands|note):[a-z0-9]+(?:-[a-z0-9]+)*|position|order|participants|showNotes)$/)),
  value: z.unknown(),
  at: IsoDateTime,
  by: z.string().check(z.maxLength(100)),
});
export type WorkshopFact = z.infer<typeof WorkshopFact>;

/** Each fact's value, by the first part of its key (null clears an agreement). */
const FACT_VALUES = {
  agreed: z.nullable(AnswerValue),
  hands: Hands,
  note: WorkshopNote,
  position: QuestionId,
  order: Order,
  participants: Participants,
  showNotes: z.boolean(),
} as const;

const FACT_NAMES: Record<keyof typeof FACT_VALUES, string> = {
  agreed: 'Einigung',
  hands: 'Handzeichen',
  note: 'Notiz',
  position: 'Aktuelle Frage',
  order: 'Reihenfolge der Fragen',
  participants: 'Zahl der Teilnehmenden',
  showNotes: 'Notizen zeigen',
};

/** A fact with a value that fits its key, or the German reason why not (naming the fact and its
 * question: „Handzeichen zu „strategie-beschluss“ › 2: …“). */
export function checkFact(fact: WorkshopFact): ParseResult<WorkshopFact> {
  const [kind, question] = fact.key.split(':') as [keyof typeof FACT_VALUES, string | undefined];
  const name = question === undefined ? FACT_NAMES[kind] : `${FACT_NAMES[kind]} zu ${quote(question, 80)}`;
  const r = parseWith(FACT_VALUES[kind] as z.ZodMiniType<unknown>, fact.value, (path) =>
    path.length ? `${name} › ${inRecord(path)}` : name,
  );
  return r.ok ? { ok: true, value: { ...fact, value: r.value } } : r;
}

/** A running workshop as the screens see it: the record with every fact applied. */
export interface Workshop extends WorkshopRecord {
  order: z.infer<typeof Order>;
  /** the question the room is at (null: the first of the order) */
  position: string | null;
  participants: number;
  showNotes: boolean;
  agreed: Record<string, AnswerValue>;
  notes: Record<string, string>;
  hands: Record<string, Hands>;
  /** the newest fact's time (the record's creation without facts) */
  updatedAt: string;
  /** when each key was last set and by which window: what decides between two facts */
  stamps: Record<string, { at: string; by: string }>;
}

/** Whether fact `a` is newer than the stamp `b` (equal times: the larger window id wins). */
export function isNewerFact(a: { at: string; by: string }, b: { at: string; by: string } | undefined): boolean {
  if (!b) return true;
  const c = compareInstants(a.at, b.at);
  return c > 0 || (c === 0 && a.by > b.by);
}

/** A workshop without any fact yet. */
export function startingState(record: WorkshopRecord, participants = 0): Workshop {
  return {
    ...record,
    order: record.preVotes.length ? 'agenda' : 'questionnaire',
    position: null,
    participants: clampParticipants(participants),
    showNotes: false,
    agreed: {},
    notes: {},
    hands: {},
    updatedAt: record.createdAt,
    stamps: {},
  };
}

/** The workshop with one more fact (a new object; an older fact than the one known changes nothing). */
export function applyFact(w: Workshop, fact: WorkshopFact): Workshop {
  if (fact.workshopId !== w.id || !isNewerFact(fact, w.stamps[fact.key])) return w;
  const next: Workshop = { ...w, stamps: { ...w.stamps, [fact.key]: { at: fact.at, by: fact.by } } };
  if (compareInstants(fact.at, w.updatedAt) > 0) next.updatedAt = fact.at;
  const [kind, questionId = ''] = fact.key.split(':') as [keyof typeof FACT_VALUES, string?];
  const set = <T>(map: Record<string, T>, value: T | null | undefined | '') => {
    const copy = { ...map };
    if (value === null || value === undefined || value === '') delete copy[questionId];
    else copy[questionId] = value;
    return copy;
  };
  switch (kind) {
    case 'agreed':
      return { ...next, agreed: set(w.agreed, fact.value as AnswerValue | null) };
    case 'hands':
      return { ...next, hands: set(w.hands, fact.value as Hands) };
    case 'note':
      return { ...next, notes: set(w.notes, fact.value as string) };
    case 'position':
      return { ...next, position: fact.value as string };
    case 'order':
      return { ...next, order: fact.value as Workshop['order'] };
    case 'participants':
      return { ...next, participants: fact.value as number };
    case 'showNotes':
      return { ...next, showNotes: fact.value as boolean };
  }
}

/** A workshop assembled from its record and its stored facts (in any order). */
export function assembleWorkshop(record: WorkshopRecord, facts: readonly WorkshopFact[], participants = 0): Workshop {
  return facts.reduce(applyFact, startingState(record, participants));
}

/** The question ids in the order the workshop walks them. */
export function walkOrder(q: Questionnaire, w: Pick<Workshop, 'order' | 'agenda'>): string[] {
  const inQuestionnaire = allQuestions(q).map(({ question }) => question.id);
  if (w.order !== 'agenda') return inQuestionnaire;
  // the frozen agenda, and any question it lacks (a questionnaire cannot change under a workshop,
  // but a damaged record must not hide a question) at the end
  const known = new Set(inQuestionnaire);
  const order = w.agenda.filter((id) => known.has(id));
  return [...order, ...inQuestionnaire.filter((id) => !order.includes(id))];
}

/** Where in the walk order the room is (0 without a position, or when it is not in the order). */
export function positionIndex(order: readonly string[], w: Pick<Workshop, 'position'>): number {
  const i = w.position === null ? 0 : order.indexOf(w.position);
  return Math.max(0, i);
}

const width = (x: QuestionAggregate) => (x.spread ? x.spread.max - x.spread.min : -1);

/** Every question, widest spread of the pre-votes first (then the wider middle half, then
 * questionnaire order); questions without pre-votes last, in questionnaire order. */
export function agenda(q: Questionnaire, preVotes: Aggregate | null): string[] {
  const index = questionIndex(q);
  const inOrder = allQuestions(q).map(({ question }) => question.id);
  if (!preVotes) return inOrder;
  return [...preVotes.questions]
    .sort(
      (a, b) =>
        width(b) - width(a) ||
        (b.spread?.iqr ?? -1) - (a.spread?.iqr ?? -1) ||
        (index.get(a.questionId)?.index ?? 0) - (index.get(b.questionId)?.index ?? 0),
    )
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

/** What can change in a running workshop: each becomes one fact (an order change two). */
export type WorkshopAction =
  | { type: 'agree'; questionId: string; value: AnswerValue | null }
  | { type: 'note'; questionId: string; note: string }
  | { type: 'hands'; questionId: string; hands: Hands }
  | { type: 'go'; questionId: string }
  | { type: 'order'; order: Workshop['order']; first: string }
  | { type: 'participants'; participants: number }
  | { type: 'showNotes'; show: boolean };

/** A participant count the workshop can store: a whole number from 0 to 10,000. */
export function clampParticipants(n: number): number {
  return Number.isFinite(n) ? Math.min(MAX_PARTICIPANTS, Math.max(0, Math.round(n))) : 0;
}

/** The facts one action writes, stamped with its time and the window that acted; values are
 * brought into what the schema accepts (participants and hands 0–10,000, notes ≤ 5,000 characters). */
export function factsOf(workshopId: string, action: WorkshopAction, at: string, by: string): WorkshopFact[] {
  const fact = (key: string, value: unknown): WorkshopFact => ({ workshopId, key, value, at, by });
  switch (action.type) {
    case 'agree':
      return [fact(`agreed:${action.questionId}`, action.value)];
    case 'note':
      return [fact(`note:${action.questionId}`, action.note.slice(0, MAX_NOTE))];
    case 'hands':
      return [
        fact(
          `hands:${action.questionId}`,
          Object.fromEntries(Object.entries(action.hands).map(([level, n]) => [level, clampParticipants(n)])),
        ),
      ];
    case 'go':
      return [fact('position', action.questionId)];
    case 'order':
      return [fact('order', action.order), fact('position', action.first)];
    case 'participants':
      return [fact('participants', clampParticipants(action.participants))];
    case 'showNotes':
      return [fact('showNotes', action.show)];
  }
}

/** The consensus as an ordinary assessment of the office, so that results, comparison and export
 * treat it like any other; `id` stays the same when the workshop is saved again. Exactly what the
 * room agreed: the agreed levels and the notes, nothing else. */
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
