// Display names for ids stored in assessments (perspective, questionnaire).
import { BUILT_IN_PERSPECTIVES, WORKSHOP_PERSPECTIVE, perspectivesFor } from '../core/assessment';
import { localize } from '../core/text';
import type { Questionnaire } from '../core/questionnaire';
import { lang } from './i18n';

/** The perspective's name in the UI language (its id if unknown). */
export function perspectiveName(id: string, q?: Questionnaire | null): string {
  const list = [...(q ? perspectivesFor(q) : BUILT_IN_PERSPECTIVES), WORKSHOP_PERSPECTIVE];
  const p = list.find((x) => x.id === id);
  return p ? localize(p.label, lang.value) : id;
}

/** The questionnaire's title (its id until it is loaded). */
export function questionnaireName(id: string, q?: Questionnaire | null): string {
  return q ? localize(q.title, lang.value) : id;
}
