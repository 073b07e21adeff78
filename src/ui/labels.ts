// Display names for ids stored in assessments (perspective, questionnaire).
import { BUILT_IN_PERSPECTIVES, WORKSHOP_PERSPECTIVE, type Assessment } from '../core/assessment';
import type { Perspective } from '../core/questionnaire';
import { localize, type LocalizedText } from '../core/text';
import { formatDate, lang } from './i18n';

/** The perspective's name in the UI language (its id if unknown); `q` adds its own perspectives. */
export function perspectiveName(id: string, q?: { perspectives?: readonly Perspective[] } | null): string {
  const p = [...BUILT_IN_PERSPECTIVES, ...(q?.perspectives ?? []), WORKSHOP_PERSPECTIVE].find((x) => x.id === id);
  return p ? localize(p.label, lang.value) : id;
}

/** The questionnaire's title (its id while the title is not known). */
export function questionnaireName(id: string, q?: { title: LocalizedText } | null): string {
  return q ? localize(q.title, lang.value) : id;
}

/** What tells an assessment from others of the same office: perspective, respondent (if named)
 * and date, in that order. */
export function assessmentFacts(
  a: Pick<Assessment, 'perspective' | 'respondent' | 'date'>,
  q?: { perspectives?: readonly Perspective[] } | null,
): string[] {
  return [perspectiveName(a.perspective, q), a.respondent, formatDate(a.date)].filter((x): x is string => !!x);
}
