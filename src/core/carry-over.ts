// Carrying an assessment over to a newer version of its questionnaire. The old assessment stays
// as it was (its results keep working with the version it was made with); a new one is made for
// the newer version:
// - an answer moves when its question (same id) reads the same in both versions: the same text,
//   the same level descriptors, the same scale, and „trifft nicht zu“ still allowed if chosen;
// - a question whose text or levels changed is left open and marked, to be answered anew; its
//   note moves (it is the person's own text);
// - questions only in the newer version are open; answers to questions it no longer has stay in
//   the old assessment only;
// - targets move for the dimensions that are still there, where the level is still on the scale.
import type { AnswerRecord, Answers, Assessment } from './assessment';
import { canonicalEqual } from './equal';
import { questionById, type Question, type Questionnaire } from './questionnaire';

export interface CarryOver {
  /** the new assessment (for the newer version) */
  assessment: Assessment;
  /** its answers and notes, by question id */
  answers: Map<string, AnswerRecord>;
  /** questions in both versions whose text or levels changed: open and marked */
  changed: string[];
  /** questions only in the newer version */
  added: string[];
  /** questions answered in the old assessment that the newer version does not have */
  dropped: string[];
  /** answers that moved */
  moved: number;
}

const sameScale = (a: Questionnaire, b: Questionnaire) =>
  canonicalEqual(
    a.scale.levels.map((l) => l.value),
    b.scale.levels.map((l) => l.value),
  );

/** Whether a question reads the same in both versions (text and level descriptors). */
function sameQuestion(a: Question, b: Question): boolean {
  return canonicalEqual(a.text, b.text) && canonicalEqual(a.levels, b.levels);
}

/** The new assessment for questionnaire `to`, made from `from` (an assessment of `old`). */
export function carryOver(
  from: Assessment,
  answers: Answers,
  old: Questionnaire,
  to: Questionnaire,
  ids: { id: string; now: Date },
): CarryOver {
  const at = ids.now.toISOString();
  const scaleKept = sameScale(old, to);
  const out = new Map<string, AnswerRecord>();
  const changed: string[] = [];
  const added: string[] = [];
  let moved = 0;
  for (const d of to.dimensions)
    for (const q of d.questions) {
      const before = questionById(old, q.id)?.question;
      if (!before) {
        added.push(q.id);
        continue;
      }
      const a = answers.get(q.id);
      const same = scaleKept && sameQuestion(before, q);
      if (!same) changed.push(q.id);
      const value = same && a?.value && (a.value.kind !== 'notApplicable' || q.allowNotApplicable) ? a.value : null;
      if (value) moved++;
      if (value || a?.note)
        out.set(q.id, { assessmentId: ids.id, questionId: q.id, value, ...(a?.note ? { note: a.note } : {}), updatedAt: at });
    }
  const dropped = [...answers.values()]
    .filter((a) => (a.value !== null || a.note) && !questionById(to, a.questionId))
    .map((a) => a.questionId);
  const levels = new Set(to.scale.levels.map((l) => l.value));
  const dims = new Set(to.dimensions.map((d) => d.id));
  const targets = Object.fromEntries(Object.entries(from.targets).filter(([d, t]) => dims.has(d) && levels.has(t)));
  const { carriedOver: _earlier, ...rest } = from;
  return {
    assessment: {
      ...rest,
      id: ids.id,
      questionnaireVersion: to.version,
      targets,
      createdAt: at,
      updatedAt: at,
      carriedOver: { from: from.id, fromVersion: old.version, changed },
    },
    answers: out,
    changed,
    added,
    dropped,
    moved,
  };
}
