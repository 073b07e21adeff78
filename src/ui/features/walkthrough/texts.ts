// Texts of the walk-through (new assessment, questions, overview), German first; English must
// have every key. They travel with the walk-through's chunk.
import { extendTexts, t } from '../../i18n';

const de = {
  consensusTitle: (office: string) => `Konsens des Workshops: ${office}`,
  consensusText: (date: string) =>
    `Diese Einschätzung ist das Ergebnis des Workshops vom ${date}. Sie gehört der Gruppe und wird nicht hier, sondern im Workshop geändert.`,
  newTitle: 'Neue Einschätzung',
  officeHint: 'z. B. „Gesundheitsamt“ oder „Fachbereich Bürgerservice“. Frühere Namen werden vorgeschlagen.',
  officeRequired: 'Bitte geben Sie das Amt oder die Organisationseinheit an.',
  perspectiveLabel: 'Ihre Perspektive',
  respondentHint: 'Kann leer bleiben: die Einschätzung ist dann anonym.',
  start: 'Einschätzung beginnen',
  questionsCount: (n: number) => `${n} Fragen`,
  moreText: 'Ganze Beschreibung',
  lessText: 'Beschreibung kürzen',
  questionnaireFacts: (version: string, questions: number, onlyIn: string) =>
    `Version ${version}, ${questions} Fragen${onlyIn ? `, nur auf ${onlyIn}` : ''}`,
  toLibrary: 'Fragebögen ansehen oder importieren',
  changedQuestion: 'Geändert seit der früheren Version – bitte neu beantworten.',
  statusChanged: 'geändert – offen',
  jumpTo: 'Springen zu',
  digits: (from: number, to: number) => (from === to ? `die Ziffer ${from}` : `die Ziffern ${from}–${to}`),
  unfoldAll: 'Alle aufklappen',
  foldAll: 'Alle zuklappen',
  questionOf: (n: number, total: number) => `Frage ${n} von ${total}`,
  answeredOf: (n: number, total: number) => `${n} von ${total} beantwortet`,
  dontKnowHint: 'Wird nicht bewertet, aber als „unbekannt“ gezählt.',
  notApplicableHint: 'Passt nicht zu Ihrem Bereich; wird nicht bewertet.',
  yourAnswer: 'Ihre Antwort',
  note: 'Notiz (freiwillig)',
  noteHint: 'Beispiele, Gründe, offene Punkte – wird mit der Antwort gespeichert.',
  finish: 'Zur Übersicht',
  saved: 'Gespeichert',
  savedAt: (time: string) => `Gespeichert um ${time}`,
  keyboardHelp: (digits: string, notApplicable: boolean) =>
    `Tastatur: ${digits} wählen die Stufe, W = weiß nicht${notApplicable ? ', N = trifft nicht zu' : ''}, ↑/↓ wechseln die Antwort, ←/→ vorige/nächste Frage (auch auf einer Antwort).`,
  dependsOn: 'Hängt auch ab von:',
  changedElsewhere: 'In einem anderen Fenster geändert – hier aktualisiert.',
  overviewTitle: 'Übersicht',
  overviewIntro: 'Wählen Sie eine Frage, um sie zu beantworten oder zu ändern.',
  allAnswered: 'Alle Fragen sind beantwortet. Sie können jede Antwort weiterhin ändern.',
  openQuestions: (n: number) => `Noch ${n} Frage${n === 1 ? '' : 'n'} offen.`,
  continueOpen: 'Mit der nächsten offenen Frage weitermachen',
  dimensionProgress: (done: number, total: number) => `${done}/${total}`,
  showResults: 'Ergebnis anzeigen',
  handoverTool: 'Übergeben (QR-Code)',
};

export type WalkthroughTexts = typeof de;

const en: WalkthroughTexts = {
  consensusTitle: (office) => `Consensus of the workshop: ${office}`,
  consensusText: (date) =>
    `This assessment is the result of the workshop of ${date}. It belongs to the group and is changed in the workshop, not here.`,
  newTitle: 'New assessment',
  officeHint: 'e.g. “Gesundheitsamt” (public health office). Names used before are suggested.',
  officeRequired: 'Please enter the office or organisational unit.',
  perspectiveLabel: 'Your perspective',
  respondentHint: 'May stay empty: the assessment is then anonymous.',
  start: 'Start assessment',
  questionsCount: (n) => `${n} questions`,
  moreText: 'Full description',
  lessText: 'Shorten description',
  questionnaireFacts: (version, questions, onlyIn) => `version ${version}, ${questions} questions${onlyIn ? `, only in ${onlyIn}` : ''}`,
  toLibrary: 'View or import questionnaires',
  changedQuestion: 'Changed since the earlier version – please answer again.',
  statusChanged: 'changed – open',
  jumpTo: 'Jump to',
  digits: (from, to) => (from === to ? `the digit ${from}` : `the digits ${from}–${to}`),
  unfoldAll: 'Unfold all',
  foldAll: 'Fold all',
  questionOf: (n, total) => `Question ${n} of ${total}`,
  answeredOf: (n, total) => `${n} of ${total} answered`,
  dontKnowHint: 'Not scored, but counted as “unknown”.',
  notApplicableHint: 'Does not fit your area; not scored.',
  yourAnswer: 'Your answer',
  note: 'Note (optional)',
  noteHint: 'Examples, reasons, open points – saved with the answer.',
  finish: 'To the overview',
  saved: 'Saved',
  savedAt: (time) => `Saved at ${time}`,
  keyboardHelp: (digits, notApplicable) =>
    `Keyboard: ${digits} choose the level, W = don't know${notApplicable ? ', N = not applicable' : ''}, ↑/↓ change the answer, ←/→ previous/next question (also on an answer).`,
  dependsOn: 'Also depends on:',
  changedElsewhere: 'Changed in another window – updated here.',
  overviewTitle: 'Overview',
  overviewIntro: 'Choose a question to answer or change it.',
  allAnswered: 'All questions are answered. You can still change any answer.',
  openQuestions: (n) => `${n} question${n === 1 ? '' : 's'} still open.`,
  continueOpen: 'Continue with the next open question',
  dimensionProgress: (done, total) => `${done}/${total}`,
  showResults: 'Show results',
  handoverTool: 'Hand over (QR code)',
};

/** The app's and the walk-through's texts in the current language (read inside a component). */
export const wkt = extendTexts(t, de, en);
