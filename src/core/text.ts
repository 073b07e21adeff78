// Localised text: German is required, English optional (falls back to German).
import * as z from 'zod/mini';

export const LANGS = ['de', 'en'] as const;
export type Lang = (typeof LANGS)[number];

export const LocalizedText = z.strictObject({
  de: z.string().check(z.trim(), z.minLength(1)),
  en: z.optional(z.string().check(z.trim(), z.minLength(1))),
});
export type LocalizedText = z.infer<typeof LocalizedText>;

/** The text in the wanted language, German where no translation exists. */
export function localize(text: LocalizedText, lang: Lang): string {
  return lang === 'en' ? (text.en ?? text.de) : text.de;
}
