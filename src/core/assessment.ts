// An assessment: one respondent's (or one group's) answers to one questionnaire version.
// Answers are stored one record per question so that every choice is its own small write.
import * as z from 'zod/mini';
import type { LocalizedText } from './text';
import type { Perspective } from './questionnaire';
import { IsoDateTime, latest } from './time';

export { IsoDateTime };

/** A given answer: a level of the scale, "weiß nicht", or "trifft nicht zu". */
export const AnswerValue = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('level'), level: z.int() }),
  z.strictObject({ kind: z.literal('dontKnow') }),
  z.strictObject({ kind: z.literal('notApplicable') }),
]);
export type AnswerValue = z.infer<typeof AnswerValue>;

const IsoDate = z.iso.date();
/** Record ids: generated UUIDs; letters, digits and . _ : - only, so that no id can carry markup or control characters. */
export const RecordId = z
  .string()
  .check(z.regex(/^[A-Za-z0-9._:-]{1,100}$/, 'eine ID aus Buchstaben, Ziffern und . _ : - (höchstens 100 Zeichen)'));

const QuestionId = z.string().check(z.minLength(1), z.maxLength(80));
const Note = z.string().check(z.maxLength(5000));

/** A stored answer value (database v2+): written on its own, so a choice is one blind write. */
export const StoredAnswer = z.strictObject({
  assessmentId: RecordId,
  questionId: QuestionId,
  value: z.nullable(AnswerValue),
  updatedAt: IsoDateTime,
});
export type StoredAnswer = z.infer<typeof StoredAnswer>;

/** One question's answer with its note: what the screens show and exports carry.
 * No value = not answered yet (a note may exist alone). */
export const AnswerRecord = z.extend(StoredAnswer, { note: z.optional(Note) });
export type AnswerRecord = z.infer<typeof AnswerRecord>;

/** A stored note (database v2+), apart from the value so that two tabs never overwrite each other. */
export const StoredNote = z.strictObject({
  assessmentId: RecordId,
  questionId: QuestionId,
  note: Note.check(z.minLength(1)),
  updatedAt: IsoDateTime,
});
export type StoredNote = z.infer<typeof StoredNote>;

/** The answer as shown: value and note of one question together (the later change's time). */
export function mergeAnswer(
  assessmentId: string,
  questionId: string,
  answer: StoredAnswer | undefined,
  note: StoredNote | undefined,
): AnswerRecord {
  const updatedAt = latest(answer?.updatedAt, note?.updatedAt) ?? new Date(0).toISOString();
  return { assessmentId, questionId, value: answer?.value ?? null, ...(note ? { note: note.note } : {}), updatedAt };
}

/** A trimmed line of text such as an office name (at most 200 characters). */
export const ShortText = z.string().check(z.trim(), z.maxLength(200));

export const Assessment = z.strictObject({
  id: RecordId,
  questionnaireId: z.string().check(z.minLength(1), z.maxLength(80)),
  questionnaireVersion: z.string().check(z.minLength(1), z.maxLength(20)),
  office: ShortText.check(z.minLength(1)),
  perspective: z.string().check(z.minLength(1), z.maxLength(80)),
  respondent: z.optional(ShortText),
  /** the day the assessment is about (YYYY-MM-DD) */
  date: IsoDate,
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  /** target level per dimension id, overriding the questionnaire's default */
  targets: z.record(z.string(), z.number()),
  /** made from another assessment of an older version of the questionnaire (core/carry-over):
   * which one, and the questions whose text or levels changed (left open, to be answered anew) */
  carriedOver: z.optional(
    z.strictObject({
      from: RecordId,
      fromVersion: z.string().check(z.minLength(1), z.maxLength(20)),
      changed: z.array(QuestionId).check(z.maxLength(1000)),
    }),
  ),
});
export type Assessment = z.infer<typeof Assessment>;

/** The answers of one assessment, by question id. */
export type Answers = ReadonlyMap<string, AnswerRecord>;

/** The perspectives every questionnaire offers; a questionnaire may add its own. */
export const BUILT_IN_PERSPECTIVES: readonly { id: string; label: LocalizedText }[] = [
  { id: 'fuehrung', label: { de: 'Führungskraft', en: 'Leader' } },
  { id: 'mitarbeitende', label: { de: 'Mitarbeitende', en: 'Staff' } },
  { id: 'it', label: { de: 'IT', en: 'IT' } },
  { id: 'externe', label: { de: 'Externe', en: 'External' } },
];

/** The perspective of a workshop's consensus: the group's, not one person's (never offered in
 * the form for a new assessment). */
export const WORKSHOP_PERSPECTIVE: { id: string; label: LocalizedText } = {
  id: 'workshop',
  label: { de: 'Workshop (Konsens)', en: 'Workshop (consensus)' },
};

/** Built-in perspectives followed by those the questionnaire adds (no duplicates). */
export function perspectivesFor(q: { perspectives?: readonly Perspective[] }): Perspective[] {
  const out: Perspective[] = [...BUILT_IN_PERSPECTIVES];
  for (const p of q.perspectives ?? []) if (!out.some((o) => o.id === p.id)) out.push(p);
  return out;
}

/** The target level of a dimension: the assessment's own, else the questionnaire's default. */
export function targetFor(assessment: Pick<Assessment, 'targets'>, dimension: { id: string; defaultTarget: number }): number {
  const t = assessment.targets[dimension.id];
  return typeof t === 'number' ? t : dimension.defaultTarget;
}

/** Whether two answers are the same choice (absent counts as no answer). */
export function sameAnswer(a: AnswerValue | null | undefined, b: AnswerValue | null | undefined): boolean {
  if (!a || !b) return !a && !b;
  return a.kind === b.kind && (a.kind !== 'level' || (b.kind === 'level' && a.level === b.level));
}

/** What an answer write changes: the value, the note, or both. */
export interface AnswerPatch {
  value?: AnswerValue | null;
  note?: string;
}

/** The answer record after a change: fields not in the patch are kept; an empty note is removed. */
export function applyAnswerPatch(
  previous: AnswerRecord | undefined,
  assessmentId: string,
  questionId: string,
  patch: AnswerPatch,
  at: string,
): AnswerRecord {
  const note = patch.note !== undefined ? patch.note : previous?.note;
  return {
    assessmentId,
    questionId,
    value: patch.value !== undefined ? patch.value : (previous?.value ?? null),
    ...(note ? { note } : {}),
    updatedAt: at,
  };
}
