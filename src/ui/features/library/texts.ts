// Texts of the questionnaire library, German first; English must have every key.
import { extendTexts } from '../../i18n';
import { importTexts } from '../../shared/import-texts';

const de = {
  libraryTitle: 'Fragebögen',
  libraryIntro:
    'Alle Fragebögen auf diesem Gerät: die mit der App gelieferten und die importierten. Jede Einschätzung behält die Fassung, mit der sie begonnen wurde – auch nach einem Update der App.',
  importQuestionnaire: 'Fragebogen-Datei importieren',
  importQuestionnaireHint:
    'Eine JSON-Datei im Format von Reifegrad-Check (siehe „questionnaires/README.md“). Sie wird vollständig geprüft; ist etwas falsch, sagt die App, was und wo, und übernimmt nichts.',
  checking: (name: string) => `„${name}“ wird geprüft …`,
  originBundled: 'mit der App geliefert',
  originEarlierApp: 'mit einer früheren Version der App geliefert',
  originImported: 'importiert',
  versionLabel: 'Version',
  facts: (dimensions: number, questions: number, measures: number | null) =>
    `${dimensions} Dimension${dimensions === 1 ? '' : 'en'} · ${questions} Frage${questions === 1 ? '' : 'n'}${measures === null ? '' : ` · ${measures} Maßnahme${measures === 1 ? '' : 'n'}`}`,
  languagesLabel: 'Sprachen',
  usedBy: (assessments: number, workshops: number) =>
    assessments === 0 && workshops === 0
      ? 'Noch von keiner Einschätzung verwendet'
      : `Verwendet von ${[assessments ? `${assessments} Einschätzung${assessments === 1 ? '' : 'en'}` : '', workshops ? `${workshops} Workshop${workshops === 1 ? '' : 's'}` : ''].filter(Boolean).join(' und ')}`,
  usageUnknown: 'Verwendung wird gezählt …',
  details: 'Details',
  startWith: 'Neue Einschätzung damit',
  remove: 'Entfernen',
  removeTitle: 'Fragebogen entfernen?',
  removeText: (title: string, version: string) =>
    `„${title}“ in Version ${version} wird von diesem Gerät entfernt. Sie können ihn später wieder importieren.`,
  removeConfirm: 'Ja, entfernen',
  removed: (title: string, version: string) => `„${title}“ (Version ${version}) wurde entfernt.`,
  removeInUse: (title: string, assessments: number, workshops: number) =>
    `„${title}“ kann nicht entfernt werden: ${[assessments ? `${assessments} Einschätzung${assessments === 1 ? '' : 'en'}` : '', workshops ? `${workshops} Workshop${workshops === 1 ? '' : 's'}` : ''].filter(Boolean).join(' und ')} ${assessments + workshops === 1 ? 'verwendet' : 'verwenden'} ihn. Löschen Sie diese zuerst, wenn er wirklich weg soll.`,
  removeBundled: 'Mit der App gelieferte Fragebögen können nicht entfernt werden.',
  removeFailed: 'Der Fragebogen konnte nicht entfernt werden, weil die gespeicherten Daten nicht lesbar waren. Es wurde nichts verändert.',
  unreadable: (n: number) =>
    `${n} gespeicherte${n === 1 ? 'r Fragebogen ist' : ' Fragebögen sind'} beschädigt und ${n === 1 ? 'wird' : 'werden'} nicht angezeigt:`,
  notFound: 'Diesen Fragebogen gibt es auf diesem Gerät nicht (mehr).',
  toLibrary: 'Alle Fragebögen',
  scaleTitle: 'Skala',
  dimensionsTitle: 'Dimensionen',
  weightTarget: (weight: string, target: number) => `Gewicht ${weight} · Standard-Ziel Stufe ${target}`,
  questionsOf: (n: number) => `${n} Frage${n === 1 ? '' : 'n'} anzeigen`,
  notApplicableAllowed: '„Trifft nicht zu“ möglich',
  measuresTitle: 'Maßnahmen',
  measuresCount: (n: number) =>
    `${n} Maßnahme${n === 1 ? '' : 'n'} hinterlegt; welche empfohlen werden, zeigt das Ergebnis einer Einschätzung.`,
};

export type LibraryTexts = typeof de;

const en: LibraryTexts = {
  libraryTitle: 'Questionnaires',
  libraryIntro:
    'Every questionnaire on this device: those that come with the app and those imported. Each assessment keeps the version it was started with – also after an app update.',
  importQuestionnaire: 'Import a questionnaire file',
  importQuestionnaireHint:
    'A JSON file in the format of Reifegrad-Check (see “questionnaires/README.md”). It is checked completely; if something is wrong, the app says what and where and takes nothing.',
  checking: (name) => `Checking “${name}” …`,
  originBundled: 'comes with the app',
  originEarlierApp: 'came with an earlier version of the app',
  originImported: 'imported',
  versionLabel: 'Version',
  facts: (dimensions, questions, measures) =>
    `${dimensions} dimension${dimensions === 1 ? '' : 's'} · ${questions} question${questions === 1 ? '' : 's'}${measures === null ? '' : ` · ${measures} measure${measures === 1 ? '' : 's'}`}`,
  languagesLabel: 'Languages',
  usedBy: (assessments, workshops) =>
    assessments === 0 && workshops === 0
      ? 'Not used by any assessment yet'
      : `Used by ${[assessments ? `${assessments} assessment${assessments === 1 ? '' : 's'}` : '', workshops ? `${workshops} workshop${workshops === 1 ? '' : 's'}` : ''].filter(Boolean).join(' and ')}`,
  usageUnknown: 'Counting where it is used …',
  details: 'Details',
  startWith: 'New assessment with it',
  remove: 'Remove',
  removeTitle: 'Remove questionnaire?',
  removeText: (title, version) => `“${title}” version ${version} is removed from this device. You can import it again later.`,
  removeConfirm: 'Yes, remove',
  removed: (title, version) => `“${title}” (version ${version}) was removed.`,
  removeInUse: (title, assessments, workshops) =>
    `“${title}” cannot be removed: ${[assessments ? `${assessments} assessment${assessments === 1 ? '' : 's'}` : '', workshops ? `${workshops} workshop${workshops === 1 ? '' : 's'}` : ''].filter(Boolean).join(' and ')} use${assessments + workshops === 1 ? 's' : ''} it. Delete those first if it really has to go.`,
  removeBundled: 'Questionnaires that come with the app cannot be removed.',
  removeFailed: 'The questionnaire could not be removed because the stored data could not be read. Nothing was changed.',
  unreadable: (n) => `${n} stored questionnaire${n === 1 ? ' is' : 's are'} damaged and not shown:`,
  notFound: 'This questionnaire is not (or no longer) on this device.',
  toLibrary: 'All questionnaires',
  scaleTitle: 'Scale',
  dimensionsTitle: 'Dimensions',
  weightTarget: (weight, target) => `Weight ${weight} · default target level ${target}`,
  questionsOf: (n) => `Show ${n} question${n === 1 ? '' : 's'}`,
  notApplicableAllowed: '“Not applicable” possible',
  measuresTitle: 'Measures',
  measuresCount: (n) => `${n} measure${n === 1 ? '' : 's'} on file; which are recommended is shown by an assessment's results.`,
};

/** The library's texts in the current UI language. */
export const lt = extendTexts(importTexts, de, en);
