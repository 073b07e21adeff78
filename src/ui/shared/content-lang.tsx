// A questionnaire's texts are in the languages it declares, which need not be the UI's: each text
// is shown in the UI language where it has it, else in its own, and marked with that language
// (`lang`) so that screen readers pronounce it right; a screen says once when the questionnaire
// does not have the UI language at all.
import { textLang, type Lang, type LocalizedText } from '../../core/text';
import { lang, t } from '../i18n';

/** The `lang` attribute for an element showing `text`: its language where it differs from the
 * UI's (undefined otherwise: the page's own `lang` applies). */
export function langOf(text: LocalizedText | undefined): Lang | undefined {
  if (!text) return undefined;
  const l = textLang(text, lang.value);
  return l === lang.value ? undefined : l;
}

/** The languages in words: „Deutsch und Englisch“. */
export function languageNames(languages: readonly Lang[]): string {
  const tx = t();
  const names = languages.map((l) => tx.langNames[l]);
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} ${lang.value === 'de' ? 'und' : 'and'} ${names.at(-1)!}`;
}

/** Says once that the questionnaire is not in the UI language (nothing when it is). */
export function LanguageNote({ languages }: { languages: readonly Lang[] }) {
  if (languages.includes(lang.value)) return null;
  return <p class="notice info language-note">{t().contentOnlyIn(languageNames(languages))}</p>;
}

/** Where a questionnaire comes from and its licence (what an attribution licence asks to show). */
export function SourceNote({ source, licence }: { source?: LocalizedText; licence?: string }) {
  const tx = t();
  if (!source && !licence) return null;
  return (
    <dl class="source-note">
      {source && (
        <>
          <dt>{tx.sourceLabel}</dt>
          <dd lang={langOf(source)}>{source[textLang(source, lang.value)]}</dd>
        </>
      )}
      {licence && (
        <>
          <dt>{tx.licenceLabel}</dt>
          <dd>{licence}</dd>
        </>
      )}
    </dl>
  );
}
