// Small UI preferences (language). Not answers: kept in localStorage, losing one is harmless.
import type { Lang } from '../core/text';

const LANG_KEY = 'reifegrad-check.lang';

/** The stored language, German by default. */
export function loadLanguage(): Lang {
  try {
    return localStorage.getItem(LANG_KEY) === 'en' ? 'en' : 'de';
  } catch {
    return 'de';
  }
}

/** Remembers the language for the next visit. */
export function saveLanguage(lang: Lang): void {
  try {
    localStorage.setItem(LANG_KEY, lang);
  } catch {
    // private mode or full storage: the choice lasts for this visit only
  }
}
