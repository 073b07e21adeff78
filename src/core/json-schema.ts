// The questionnaire's JSON Schema, generated from the zod schema (for editors; the cross-checks
// such as "one descriptor per level" live only in parseQuestionnaire).
import * as z from 'zod/mini';
import { Questionnaire } from './questionnaire';
import { LocalizedText } from './text';

/** JSON Schema (draft 2020-12) of a questionnaire file. */
export function questionnaireJsonSchema(): Record<string, unknown> {
  const metadata = z.registry<{ id?: string; description?: string }>();
  metadata.add(LocalizedText, {
    id: 'Text',
    description:
      'Ein Text je Sprache: { "de": "…", "en": "…" }. Welche Sprachen jeder Text haben muss, sagt „languages“ des Fragebogens (ohne die Angabe: Deutsch); die App zeigt die Sprache der Oberfläche, wo vorhanden, sonst die vorhandene.',
  });
  const schema = z.toJSONSchema(Questionnaire, { target: 'draft-2020-12', io: 'input', metadata }) as Record<string, unknown>;
  return {
    ...schema,
    $id: 'questionnaire.schema.json',
    title: 'Reifegrad-Check: Fragebogen',
    description:
      'Ein Fragebogen zur digitalen Reife (schemaVersion 1). Regeln, die ein JSON Schema nicht ausdrücken kann, prüft `npm run validate`.',
  };
}
