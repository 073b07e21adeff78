// How a level of the scale is named on screen: its number, then its label („2 · teilweise
// umgesetzt“). Some questionnaires repeat the number in the label („Stufe 2 – teilweise
// umgesetzt“); that repetition is left out, so no screen says „Stufe 2 · Stufe 2 – …“.
import { localize, type LocalizedText } from '../../core/text';
import { lang } from '../i18n';

/** The label of a level without a number (or „Stufe n“, „Level n“) it starts with. */
export function levelLabel(value: number, label: LocalizedText): string {
  const text = localize(label, lang.value);
  const repeated = new RegExp(`^\\s*(?:(?:stufe|level|niveau|reifegrad)\\s*)?${value}(?!\\d)\\s*[-–—:·.)]?\\s*`, 'iu');
  const rest = text.replace(repeated, '').trim();
  return rest || text;
}

/** „2 · teilweise umgesetzt“. */
export function levelName(value: number, label: LocalizedText): string {
  return `${value} · ${levelLabel(value, label)}`;
}
