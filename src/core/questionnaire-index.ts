// What a list of questionnaires needs to know without loading one: the index entry. The build
// writes one per bundled file; screens show titles and counts from it and fetch the full file
// only when an assessment or workshop opens.
import { languagesOf, type Perspective, type Questionnaire } from './questionnaire';
import type { Lang, LocalizedText } from './text';

export interface QuestionnaireIndexEntry {
  id: string;
  version: string;
  title: LocalizedText;
  description: LocalizedText;
  /** the languages its texts are written in */
  languages: readonly Lang[];
  dimensions: number;
  questions: number;
  /** the perspectives the questionnaire adds to the built-in ones */
  perspectives: Perspective[];
}

/** The index entry of a questionnaire. */
export function indexEntryOf(q: Questionnaire): QuestionnaireIndexEntry {
  return {
    id: q.id,
    version: q.version,
    title: q.title,
    description: q.description,
    languages: languagesOf(q),
    dimensions: q.dimensions.length,
    questions: q.dimensions.reduce((n, d) => n + d.questions.length, 0),
    perspectives: q.perspectives ?? [],
  };
}
