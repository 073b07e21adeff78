// Localised text. A questionnaire declares the languages of its texts (`languages`, German when
// absent); each text holds at least one of them. The UI shows a text in its own language where the
// text has it and otherwise in the text's language, and marks it with that language (`lang`).
import * as z from 'zod/mini';

export const LANGS = ['de', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** The name of each content language, in German (for messages and the UI's notes). */
export const LANG_NAMES: Readonly<Record<Lang, string>> = { de: 'Deutsch', en: 'Englisch' };

const Text = z.string().check(z.trim(), z.minLength(1));

export const LocalizedText = z
  .strictObject({ de: z.optional(Text), en: z.optional(Text) })
  .check(
    z.refine(
      (t) => t.de !== undefined || t.en !== undefined,
      'ein Text in mindestens einer Sprache, geschrieben als { "de": "…", "en": "…" }.',
    ),
  );
export type LocalizedText = z.infer<typeof LocalizedText>;

/** The language a text is shown in for the wanted language: that one where the text has it, else
 * German, else English. */
export function textLang(text: LocalizedText, lang: Lang): Lang {
  return text[lang] !== undefined ? lang : text.de !== undefined ? 'de' : 'en';
}

/** The text in the wanted language, else in the language it has (see `textLang`). */
export function localize(text: LocalizedText, lang: Lang): string {
  return text[textLang(text, lang)] ?? '';
}
