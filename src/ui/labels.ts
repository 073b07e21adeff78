// Display names for ids stored in assessments (perspective, questionnaire).
import { BUILT_IN_PERSPECTIVES, WORKSHOP_PERSPECTIVE } from '../core/assessment';
import type { Perspective } from '../core/questionnaire';
import { localize, type LocalizedText } from '../core/text';
import { lang } from './i18n';

/** The perspective's name in the UI language (its id if unknown); `q` adds its own perspectives. */
export function perspectiveName(id: string, q?: { perspectives?: readonly Perspective[] } | null): string {
  const p = [...BUILT_IN_PERSPECTIVES, ...(q?.perspectives ?? []), WORKSHOP_PERSPECTIVE].find((x) => x.id === id);
  return p ? localize(p.label, lang.value) : id;
}

/** The questionnaire's title (its id while the title is not known). */
export function questionnaireName(id: string, q?: { title: LocalizedText } | null): string {
  return q ? localize(q.title, lang.value) : id;
}
