// UI texts, German first. English must have every key (a compile error otherwise).
import { signal } from '@preact/signals';
import type { Lang } from '../core/text';
import { loadLanguage, saveLanguage } from '../storage/preferences';

const de = {
  appName: 'Reifegrad-Check',
  skipToContent: 'Zum Inhalt springen',
  language: 'Sprache',
  languageName: 'Deutsch',
  switchLanguage: 'English',
  switchLanguageLabel: 'Switch to English',
  offlineReady: 'Offline bereit: die App funktioniert jetzt auch ohne Netz.',
  updateAvailable: 'Neue Version verfügbar.',
  updateReload: 'Neu laden',
  updateHint: 'Ihre Antworten sind gespeichert und bleiben erhalten.',
  // start
  startTitle: 'Ihre Einschätzungen',
  startIntro: 'Schätzen Sie die digitale Reife Ihres Amts ein. Ihre Antworten bleiben auf diesem Gerät gespeichert – nichts wird gesendet.',
  newAssessment: 'Neue Einschätzung',
  noAssessments: 'Noch keine Einschätzung auf diesem Gerät. Beginnen Sie mit „Neue Einschätzung“.',
  colOffice: 'Amt / Organisationseinheit',
  colPerspective: 'Perspektive',
  colQuestionnaire: 'Fragebogen',
  colDate: 'Datum',
  colProgress: 'Fortschritt',
  colChanged: 'Zuletzt geändert',
  resume: 'Fortsetzen',
  reopen: 'Öffnen',
  delete: 'Löschen',
  complete: 'vollständig',
  progressOf: (done: number, total: number) => `${done} von ${total}`,
  deleteTitle: 'Einschätzung löschen?',
  deleteText: (office: string) => `Die Einschätzung „${office}“ und alle ihre Antworten werden von diesem Gerät gelöscht.`,
  deleteConfirm: 'Ja, löschen',
  cancel: 'Abbrechen',
  deleted: (office: string) => `„${office}“ wurde gelöscht.`,
  undo: 'Rückgängig',
  corruptRecords: (n: number) =>
    `${n} gespeicherte${n === 1 ? 'r Datensatz ist' : ' Datensätze sind'} beschädigt und ${n === 1 ? 'wird' : 'werden'} nicht angezeigt:`,
  unknownQuestionnaire: (id: string) => `Fragebogen „${id}“ ist auf diesem Gerät nicht vorhanden.`,
  // new
  newTitle: 'Neue Einschätzung',
  officeLabel: 'Amt / Organisationseinheit',
  officeHint: 'z. B. „Gesundheitsamt“ oder „Fachbereich Bürgerservice“. Frühere Namen werden vorgeschlagen.',
  officeRequired: 'Bitte geben Sie das Amt oder die Organisationseinheit an.',
  perspectiveLabel: 'Ihre Perspektive',
  questionnaireLabel: 'Fragebogen',
  respondentLabel: 'Ihr Name oder Kürzel (freiwillig)',
  respondentHint: 'Kann leer bleiben: die Einschätzung ist dann anonym.',
  dateLabel: 'Datum der Einschätzung',
  start: 'Einschätzung beginnen',
  back: 'Zurück',
  questionsCount: (n: number) => `${n} Fragen`,
  loading: 'Wird geladen …',
  // walk-through
  questionOf: (n: number, total: number) => `Frage ${n} von ${total}`,
  answeredOf: (n: number, total: number) => `${n} von ${total} beantwortet`,
  level: (n: number) => `Stufe ${n}`,
  dontKnow: 'Weiß nicht',
  dontKnowHint: 'Wird nicht bewertet, aber als „unbekannt“ gezählt.',
  notApplicable: 'Trifft nicht zu',
  notApplicableHint: 'Die Frage passt nicht zu Ihrem Bereich; sie wird nicht bewertet.',
  yourAnswer: 'Ihre Antwort',
  note: 'Notiz (freiwillig)',
  noteHint: 'Beispiele, Gründe, offene Punkte – wird mit der Antwort gespeichert.',
  previous: 'Zurück',
  next: 'Weiter',
  overview: 'Übersicht',
  toStart: 'Alle Einschätzungen',
  finish: 'Zur Übersicht',
  saved: 'Gespeichert',
  savedAt: (time: string) => `Gespeichert um ${time}`,
  keyboardHelp: 'Tastatur: Ziffern wählen die Stufe, W = weiß nicht, N = trifft nicht zu, ←/→ vorige/nächste Frage.',
  dependsOn: 'Hängt auch ab von:',
  dependency: { bund: 'Bund', land: 'Land', efa: 'Einer-für-Alle-Leistungen (EfA)', 'it-dienstleister': 'IT-Dienstleister' },
  storageFull:
    'Der Speicher dieses Geräts ist voll. Ihre letzten Antworten sind nur vorläufig gesichert und gehen verloren, wenn Sie die Seite schließen. Bitte schaffen Sie Platz (z. B. andere Daten im Browser löschen); die App speichert dann automatisch nach.',
  storageError: 'Speichern ist fehlgeschlagen. Die App versucht es erneut; bitte schließen Sie die Seite noch nicht.',
  retryNow: 'Jetzt erneut speichern',
  pendingSaves: (n: number) => `${n} Antwort${n === 1 ? '' : 'en'} noch nicht gespeichert`,
  changedElsewhere: 'In einem anderen Fenster geändert – hier aktualisiert.',
  notFound: 'Diese Einschätzung gibt es auf diesem Gerät nicht (mehr).',
  // overview
  overviewTitle: 'Übersicht',
  overviewIntro: 'Wählen Sie eine Frage, um sie zu beantworten oder zu ändern.',
  allAnswered: 'Alle Fragen sind beantwortet. Sie können jede Antwort weiterhin ändern.',
  openQuestions: (n: number) => `Noch ${n} Frage${n === 1 ? '' : 'n'} offen.`,
  continueOpen: 'Mit der nächsten offenen Frage weitermachen',
  statusOpen: 'offen',
  statusDontKnow: 'weiß nicht',
  statusNotApplicable: 'trifft nicht zu',
  dimensionProgress: (done: number, total: number) => `${done}/${total}`,
  // results (the rest of their texts travel with the results part: results/texts.ts)
  showResults: 'Ergebnis anzeigen',
  results: 'Ergebnis',
  toolsLabel: 'Workshop, vergleichen und austauschen',
  workshopTool: 'Workshop',
  receiveTool: 'QR empfangen',
  handoverTool: 'Übergeben (QR-Code)',
  compareTitle: 'Vergleichen',
  importTitle: 'Importieren',
  exportTitle: 'Exportieren',
  chunkFailed: 'Dieser Teil der App konnte nicht geladen werden. Bitte laden Sie die Seite neu – Ihre Antworten bleiben erhalten.',
  footerPrivacy: 'Alle Daten bleiben auf diesem Gerät. Keine Anmeldung, kein Tracking.',
};

export type Texts = typeof de;

const en: Texts = {
  appName: 'Reifegrad-Check',
  skipToContent: 'Skip to content',
  language: 'Language',
  languageName: 'English',
  switchLanguage: 'Deutsch',
  switchLanguageLabel: 'Auf Deutsch umschalten',
  offlineReady: 'Ready offline: the app now works without a network.',
  updateAvailable: 'A new version is available.',
  updateReload: 'Reload',
  updateHint: 'Your answers are saved and will be kept.',
  startTitle: 'Your assessments',
  startIntro: "Assess your office's digital maturity. Your answers stay on this device – nothing is sent.",
  newAssessment: 'New assessment',
  noAssessments: 'No assessment on this device yet. Start with “New assessment”.',
  colOffice: 'Office / unit',
  colPerspective: 'Perspective',
  colQuestionnaire: 'Questionnaire',
  colDate: 'Date',
  colProgress: 'Progress',
  colChanged: 'Last change',
  resume: 'Continue',
  reopen: 'Open',
  delete: 'Delete',
  complete: 'complete',
  progressOf: (done, total) => `${done} of ${total}`,
  deleteTitle: 'Delete assessment?',
  deleteText: (office) => `The assessment “${office}” and all its answers will be deleted from this device.`,
  deleteConfirm: 'Yes, delete',
  cancel: 'Cancel',
  deleted: (office) => `“${office}” was deleted.`,
  undo: 'Undo',
  corruptRecords: (n) => `${n} stored record${n === 1 ? ' is' : 's are'} damaged and not shown:`,
  unknownQuestionnaire: (id) => `Questionnaire “${id}” is not available on this device.`,
  newTitle: 'New assessment',
  officeLabel: 'Office / organisational unit',
  officeHint: 'e.g. “Gesundheitsamt” (public health office). Names used before are suggested.',
  officeRequired: 'Please enter the office or organisational unit.',
  perspectiveLabel: 'Your perspective',
  questionnaireLabel: 'Questionnaire',
  respondentLabel: 'Your name or initials (optional)',
  respondentHint: 'May stay empty: the assessment is then anonymous.',
  dateLabel: 'Date of the assessment',
  start: 'Start assessment',
  back: 'Back',
  questionsCount: (n) => `${n} questions`,
  loading: 'Loading …',
  questionOf: (n, total) => `Question ${n} of ${total}`,
  answeredOf: (n, total) => `${n} of ${total} answered`,
  level: (n) => `Level ${n}`,
  dontKnow: "Don't know",
  dontKnowHint: 'Not scored, but counted as “unknown”.',
  notApplicable: 'Not applicable',
  notApplicableHint: 'The question does not fit your area; it is not scored.',
  yourAnswer: 'Your answer',
  note: 'Note (optional)',
  noteHint: 'Examples, reasons, open points – saved with the answer.',
  previous: 'Back',
  next: 'Next',
  overview: 'Overview',
  toStart: 'All assessments',
  finish: 'To the overview',
  saved: 'Saved',
  savedAt: (time) => `Saved at ${time}`,
  keyboardHelp: "Keyboard: digits choose the level, W = don't know, N = not applicable, ←/→ previous/next question.",
  dependsOn: 'Also depends on:',
  dependency: { bund: 'Federal level', land: 'State (Land)', efa: 'One-for-all services (EfA)', 'it-dienstleister': 'IT service provider' },
  storageFull:
    "This device's storage is full. Your latest answers are only held temporarily and are lost if you close the page. Please free some space (e.g. delete other browser data); the app then saves them automatically.",
  storageError: 'Saving failed. The app keeps trying; please do not close the page yet.',
  retryNow: 'Save again now',
  pendingSaves: (n) => `${n} answer${n === 1 ? '' : 's'} not saved yet`,
  changedElsewhere: 'Changed in another window – updated here.',
  notFound: 'This assessment does not exist on this device (any more).',
  overviewTitle: 'Overview',
  overviewIntro: 'Choose a question to answer or change it.',
  allAnswered: 'All questions are answered. You can still change any answer.',
  openQuestions: (n) => `${n} question${n === 1 ? '' : 's'} still open.`,
  continueOpen: 'Continue with the next open question',
  statusOpen: 'open',
  statusDontKnow: "don't know",
  statusNotApplicable: 'not applicable',
  dimensionProgress: (done, total) => `${done}/${total}`,
  showResults: 'Show results',
  results: 'Results',
  toolsLabel: 'Workshop, compare and exchange',
  workshopTool: 'Workshop',
  receiveTool: 'Receive QR',
  handoverTool: 'Hand over (QR code)',
  compareTitle: 'Compare',
  importTitle: 'Import',
  exportTitle: 'Export',
  chunkFailed: 'This part of the app could not be loaded. Please reload the page – your answers are kept.',
  footerPrivacy: 'All data stays on this device. No sign-in, no tracking.',
};

const TEXTS: Record<Lang, Texts> = { de, en };

export const lang = signal<Lang>(loadLanguage());

/** The texts of the current language (read inside a component to re-render on switch). */
export function t(): Texts {
  return TEXTS[lang.value];
}

/** Texts of a lazily loaded part on top of `base`: German and English, merged once per language.
 * Read the result inside a component, so that it re-renders on a switch. */
export function extendTexts<B extends object, T extends object>(base: () => B, de: T, en: T): () => B & T {
  const merged: Partial<Record<Lang, B & T>> = {};
  return () => (merged[lang.value] ??= { ...base(), ...(lang.value === 'de' ? de : en) });
}

/** Switches the UI language and remembers it. */
export function setLanguage(next: Lang): void {
  lang.value = next;
  saveLanguage(next);
  document.documentElement.lang = next;
}

/** Date and time in the UI language. */
export function formatDateTime(iso: string): string {
  return new Date(iso).toLocaleString(lang.value === 'de' ? 'de-DE' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' });
}

/** A number with a fixed count of decimals, with the UI language's decimal sign. */
export function formatNumber(x: number, digits = 1): string {
  return x.toLocaleString(lang.value === 'de' ? 'de-DE' : 'en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** A calendar date (YYYY-MM-DD) in the UI language. */
export function formatDate(isoDate: string): string {
  return new Date(`${isoDate}T12:00:00`).toLocaleDateString(lang.value === 'de' ? 'de-DE' : 'en-GB', { dateStyle: 'medium' });
}
