// Whether a stored answer fits its questionnaire. The database can hold what the app never writes
// (a record written by hand, a damaged one): such an answer is reported and left out, never scored
// as a fact.
import type { AnswerRecord } from './assessment';
import { questionById, type Questionnaire } from './questionnaire';

/** Why an answer does not fit the questionnaire (a German sentence), or null when it fits. */
export function answerProblem(q: Questionnaire, a: Pick<AnswerRecord, 'questionId' | 'value'>): string | null {
  const found = questionById(q, a.questionId);
  if (!found) return `Die Frage „${a.questionId}“ gibt es im Fragebogen „${q.id}“ ${q.version} nicht.`;
  const v = a.value;
  if (v?.kind === 'level' && !q.scale.levels.some((l) => l.value === v.level))
    return `Frage ${found.index + 1}: Stufe ${v.level} gibt es auf der Skala dieses Fragebogens nicht (${q.scale.levels.map((l) => l.value).join(', ')}).`;
  if (v?.kind === 'notApplicable' && !found.question.allowNotApplicable)
    return `Frage ${found.index + 1}: „trifft nicht zu“ ist bei dieser Frage nicht vorgesehen.`;
  return null;
}

/** The answers that fit, and the problems of those that do not (keyed by question). */
export function splitAnswers(
  q: Questionnaire,
  answers: ReadonlyMap<string, AnswerRecord>,
): { fitting: Map<string, AnswerRecord>; problems: { questionId: string; reason: string }[] } {
  const fitting = new Map<string, AnswerRecord>();
  const problems: { questionId: string; reason: string }[] = [];
  for (const [id, a] of answers) {
    const reason = answerProblem(q, a);
    if (reason) problems.push({ questionId: id, reason });
    else fitting.set(id, a);
  }
  return { fitting, problems };
}
