// Texts of carrying an assessment over to a newer questionnaire version, German first.
import { extendTexts, t } from '../i18n';

const de = {
  newerVersion: (newer: string, current: string) =>
    `Von diesem Fragebogen gibt es eine neuere Version (${newer}). Diese Einschätzung bleibt bei Version ${current}; ihr Ergebnis gilt weiter.`,
  carryOver: (version: string) => `Auf Version ${version} übertragen`,
  carryOverHint:
    'Das legt eine neue Einschätzung an: unveränderte Fragen übernehmen ihre Antwort, geänderte Fragen bleiben offen und sind markiert. Diese Einschätzung bleibt, wie sie ist.',
  carriedOverTo: (version: string) => `Zur übertragenen Einschätzung (Version ${version})`,
  carryOverFailed: 'Die Einschätzung konnte nicht übertragen werden: ein Fragebogen fehlt auf diesem Gerät.',
  carriedOverFrom: (version: string, changed: number) =>
    `Übertragen aus Version ${version}. ${changed === 0 ? 'Keine Frage hat sich geändert.' : `${changed} ${changed === 1 ? 'Frage hat' : 'Fragen haben'} sich geändert und ${changed === 1 ? 'ist' : 'sind'} als „geändert“ markiert: bitte neu beantworten.`}`,
};

const en: typeof de = {
  newerVersion: (newer, current) =>
    `There is a newer version of this questionnaire (${newer}). This assessment stays with version ${current}; its results remain valid.`,
  carryOver: (version) => `Carry over to version ${version}`,
  carryOverHint:
    'This makes a new assessment: unchanged questions keep their answer, changed questions stay open and are marked. This assessment stays as it is.',
  carriedOverTo: (version) => `To the carried-over assessment (version ${version})`,
  carryOverFailed: 'The assessment could not be carried over: a questionnaire is missing on this device.',
  carriedOverFrom: (version, changed) =>
    `Carried over from version ${version}. ${changed === 0 ? 'No question changed.' : `${changed} question${changed === 1 ? ' has' : 's have'} changed and ${changed === 1 ? 'is' : 'are'} marked “changed”: please answer again.`}`,
};

/** The carry-over texts in the current UI language. */
export const ct = extendTexts(t, de, en);
