// UI texts, German first. English must have every key (a compile error otherwise).
import { signal } from '@preact/signals';
import type { Lang } from '../core/text';
import { loadLanguage, saveLanguage } from '../app/preferences';

const de = {
  appName: 'Reifegrad-Check',
  skipToContent: 'Zum Inhalt springen',
  switchLanguage: 'English',
  switchLanguageLabel: 'Switch to English',
  offlineReady: 'Offline bereit: die App funktioniert jetzt auch ohne Netz.',
  updateAvailable: 'Neue Version verfügbar.',
  updateReload: 'Neu laden',
  updateHint: 'Ihre Antworten sind gespeichert und bleiben erhalten.',
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
  deleteText: (name: string) => `Die Einschätzung „${name}“ und alle ihre Antworten werden von diesem Gerät gelöscht.`,
  deleteConfirm: 'Ja, löschen',
  cancel: 'Abbrechen',
  deleted: (name: string) => `Die Einschätzung „${name}“ wurde gelöscht.`,
  undo: 'Rückgängig',
  toWorkshop: 'Zum Workshop',
  showMore: (n: number, rest: number) => `Weitere ${n} anzeigen (noch ${rest})`,
  corruptRecords: (n: number) =>
    `${n} gespeicherte${n === 1 ? 'r Datensatz ist' : ' Datensätze sind'} beschädigt und ${n === 1 ? 'wird' : 'werden'} nicht angezeigt:`,
  unknownQuestionnaire: (id: string) => `Fragebogen „${id}“ ist auf diesem Gerät nicht vorhanden.`,
  officeLabel: 'Amt / Organisationseinheit',
  questionnaireLabel: 'Fragebogen',
  respondentLabel: 'Ihr Name oder Kürzel (freiwillig)',
  respondentShort: 'Befragte Person',
  orderLabel: 'Reihenfolge',
  workshopsOnDevice: 'Workshops auf diesem Gerät',
  workshopContinue: (office: string, date: string) => `${office}, ${date} – fortsetzen`,
  orderRecent: 'zuletzt geänderte zuerst',
  orderOffice: 'nach Amt',
  assessmentsCount: (n: number) => `${n} Einschätzung${n === 1 ? '' : 'en'}`,
  dateLabel: 'Datum der Einschätzung',
  back: 'Zurück',
  loading: 'Wird geladen …',
  level: (n: number) => `Stufe ${n}`,
  dontKnow: 'Weiß nicht',
  notApplicable: 'Trifft nicht zu',
  overview: 'Übersicht',
  toStart: 'Alle Einschätzungen',
  previous: 'Zurück',
  next: 'Weiter',
  dependency: { bund: 'Bund', land: 'Land', efa: 'Einer-für-Alle-Leistungen (EfA)', 'it-dienstleister': 'IT-Dienstleister' },
  storageFull:
    'Der Speicher dieses Geräts ist voll. Ihre letzten Antworten sind nur vorläufig gesichert und gehen verloren, wenn Sie die Seite schließen. Bitte schaffen Sie Platz (z. B. andere Daten im Browser löschen); die App speichert dann automatisch nach.',
  storageError: 'Speichern ist fehlgeschlagen. Die App versucht es erneut; bitte schließen Sie die Seite noch nicht.',
  retryNow: 'Jetzt erneut speichern',
  notSavedList: (items: string[]) => `Nicht gespeichert: ${items.join(', ')}.`,
  andMore: (n: number) => `und ${n} weitere`,
  langNames: { de: 'Deutsch', en: 'Englisch' } as Record<Lang, string>,
  contentOnlyIn: (names: string) => `Dieser Fragebogen liegt nur auf ${names} vor; seine Texte werden so gezeigt.`,
  sourceLabel: 'Quelle',
  licenceLabel: 'Lizenz',
  subject: {
    answer: (n: string) => `die Antwort auf Frage ${n}`,
    note: (n: string) => `die Notiz zu Frage ${n}`,
    noteTooLong: (n: string) => `die Notiz zu Frage ${n}, weil sie länger als 5.000 Zeichen ist (bitte kürzen)`,
    targets: (_label: string) => 'das Soll-Profil',
    newAssessment: (office: string) => `die neue Einschätzung „${office}“`,
    delete: (label: string) => `das Löschen von „${label}“`,
    restore: (label: string) => `das Wiederherstellen von „${label}“`,
    workshop: (label: string) => `der Stand des Workshops „${label}“`,
    consensus: (label: string) => `der Konsens des Workshops „${label}“`,
    plan: (label: string) => `die Maßnahme „${label}“`,
    import: (label: string) => `der Import von „${label}“`,
    export: (label: string) => `der Export „${label}“`,
    questionnaire: (label: string) => `der Fragebogen „${label}“`,
  },
  newerVersionTitle: 'Eine neuere Version der App ist in einem anderen Tab geöffnet.',
  newerVersionText:
    'Diese Seite speichert nichts mehr. Was Sie hier noch eingeben, ist vorgemerkt und wird gespeichert, sobald Sie die Seite neu laden.',
  reloadPage: 'Seite neu laden',
  blockedTitle: 'Die App wird aktualisiert, aber ein anderer Tab mit der älteren Version hält die Daten offen.',
  blockedText: 'Bitte schließen Sie alle anderen Tabs und Fenster von Reifegrad-Check. Danach geht es hier von selbst weiter.',
  vanishedTitle: 'Der Browser hat die gespeicherten Daten dieser App gelöscht, während sie geöffnet war.',
  vanishedText:
    'Was diese Seite noch zeigt, ist nur im Arbeitsspeicher. „Jetzt wiederherstellen“ schreibt die geöffnete Einschätzung und den geöffneten Workshop zurück; bis dahin wird nichts gespeichert.',
  restoreNow: 'Jetzt wiederherstellen',
  restoreFailed: 'Das Wiederherstellen ist fehlgeschlagen. Bitte versuchen Sie es erneut; schließen Sie die Seite nicht.',
  waitsForReload: 'Vorgemerkt: wird nach dem Neuladen gespeichert.',
  waitsForRestore: 'Wird gespeichert, sobald die Daten wiederhergestellt sind.',
  shortenNote: 'Die Notiz bleibt im Feld stehen; gespeichert wird sie, sobald sie höchstens 5.000 Zeichen lang ist.',
  pageNotFound: 'Diese Seite gibt es nicht.',
  pageNotFoundText: 'Die Adresse ist unvollständig oder gehört nicht zu dieser App. Ihre Einschätzungen sind davon nicht berührt.',
  tryAgain: 'Erneut versuchen',
  openFailed: 'Das konnte nicht geladen werden. Ihre gespeicherten Daten sind nicht verändert.',
  pendingSaves: (n: number) => `${n} Antwort${n === 1 ? '' : 'en'} noch nicht gespeichert`,
  notFound: 'Diese Einschätzung gibt es auf diesem Gerät nicht (mehr).',
  workshopMissing: 'Diesen Workshop gibt es auf diesem Gerät nicht (mehr).',
  statusOpen: 'offen',
  statusDontKnow: 'weiß nicht',
  statusNotApplicable: 'trifft nicht zu',
  results: 'Ergebnis',
  toolsLabel: 'Workshop, vergleichen, austauschen, Fragebögen und Anleitung',
  workshopTool: 'Workshop',
  receiveTool: 'QR empfangen',
  compareTitle: 'Vergleichen',
  importTitle: 'Importieren',
  exportTitle: 'Exportieren',
  libraryTool: 'Fragebögen',
  guideTool: 'So geht’s',
  chunkFailed: 'Dieser Teil der App konnte nicht geladen werden. Bitte laden Sie die Seite neu – Ihre Antworten bleiben erhalten.',
  footerPrivacy: 'Alle Daten bleiben auf diesem Gerät. Keine Anmeldung, kein Tracking.',
};

export type Texts = typeof de;

const en: Texts = {
  appName: 'Reifegrad-Check',
  skipToContent: 'Skip to content',
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
  deleteText: (name) => `The assessment “${name}” and all its answers will be deleted from this device.`,
  deleteConfirm: 'Yes, delete',
  cancel: 'Cancel',
  deleted: (name) => `The assessment “${name}” was deleted.`,
  undo: 'Undo',
  toWorkshop: 'To the workshop',
  showMore: (n, rest) => `Show ${n} more (${rest} left)`,
  corruptRecords: (n) => `${n} stored record${n === 1 ? ' is' : 's are'} damaged and not shown:`,
  unknownQuestionnaire: (id) => `Questionnaire “${id}” is not available on this device.`,
  officeLabel: 'Office / organisational unit',
  questionnaireLabel: 'Questionnaire',
  respondentLabel: 'Your name or initials (optional)',
  respondentShort: 'Respondent',
  orderLabel: 'Order',
  workshopsOnDevice: 'Workshops on this device',
  workshopContinue: (office, date) => `${office}, ${date} – continue`,
  orderRecent: 'last changed first',
  orderOffice: 'by office',
  assessmentsCount: (n) => `${n} assessment${n === 1 ? '' : 's'}`,
  dateLabel: 'Date of the assessment',
  back: 'Back',
  loading: 'Loading …',
  level: (n) => `Level ${n}`,
  dontKnow: "Don't know",
  notApplicable: 'Not applicable',
  overview: 'Overview',
  toStart: 'All assessments',
  previous: 'Back',
  next: 'Next',
  dependency: { bund: 'Federal level', land: 'State (Land)', efa: 'One-for-all services (EfA)', 'it-dienstleister': 'IT service provider' },
  storageFull:
    "This device's storage is full. Your latest answers are only held temporarily and are lost if you close the page. Please free some space (e.g. delete other browser data); the app then saves them automatically.",
  storageError: 'Saving failed. The app keeps trying; please do not close the page yet.',
  retryNow: 'Save again now',
  notSavedList: (items) => `Not saved: ${items.join(', ')}.`,
  andMore: (n) => `and ${n} more`,
  langNames: { de: 'German', en: 'English' },
  contentOnlyIn: (names) => `This questionnaire is only available in ${names}; its texts are shown as they are.`,
  sourceLabel: 'Source',
  licenceLabel: 'Licence',
  subject: {
    answer: (n) => `the answer to question ${n}`,
    note: (n) => `the note on question ${n}`,
    noteTooLong: (n) => `the note on question ${n}, because it is longer than 5,000 characters (please shorten it)`,
    targets: () => 'the target profile',
    newAssessment: (office) => `the new assessment “${office}”`,
    delete: (label) => `deleting “${label}”`,
    restore: (label) => `restoring “${label}”`,
    workshop: (label) => `the state of the workshop “${label}”`,
    consensus: (label) => `the consensus of the workshop “${label}”`,
    plan: (label) => `the measure “${label}”`,
    import: (label) => `the import of “${label}”`,
    export: (label) => `the export “${label}”`,
    questionnaire: (label) => `the questionnaire “${label}”`,
  },
  newerVersionTitle: 'A newer version of the app is open in another tab.',
  newerVersionText: 'This page saves nothing any more. What you still enter here is kept aside and saved as soon as you reload the page.',
  reloadPage: 'Reload page',
  blockedTitle: 'The app is being updated, but another tab with the older version keeps the data open.',
  blockedText: 'Please close all other tabs and windows of Reifegrad-Check. It then continues here by itself.',
  vanishedTitle: 'The browser deleted the data of this app while it was open.',
  vanishedText:
    'What this page still shows exists only in memory. “Restore now” writes the open assessment and the open workshop back; until then nothing is saved.',
  restoreNow: 'Restore now',
  restoreFailed: 'Restoring failed. Please try again; do not close the page.',
  waitsForReload: 'Kept aside: saved after the reload.',
  waitsForRestore: 'Saved as soon as the data is restored.',
  shortenNote: 'The note stays in its field; it is saved once it is at most 5,000 characters long.',
  pageNotFound: 'This page does not exist.',
  pageNotFoundText: 'The address is incomplete or does not belong to this app. Your assessments are not affected.',
  tryAgain: 'Try again',
  openFailed: 'This could not be loaded. Your stored data is unchanged.',
  pendingSaves: (n) => `${n} answer${n === 1 ? '' : 's'} not saved yet`,
  notFound: 'This assessment does not exist on this device (any more).',
  workshopMissing: 'This workshop does not exist on this device (any more).',
  statusOpen: 'open',
  statusDontKnow: "don't know",
  statusNotApplicable: 'not applicable',
  results: 'Results',
  toolsLabel: 'Workshop, compare, exchange, questionnaires and guide',
  workshopTool: 'Workshop',
  receiveTool: 'Receive QR',
  compareTitle: 'Compare',
  importTitle: 'Import',
  exportTitle: 'Export',
  libraryTool: 'Questionnaires',
  guideTool: 'How it works',
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

// Intl formatters are costly to build (a 200-row table formats thousands of numbers): one per
// language and kind, kept.
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function formatter<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: (locale: string) => T): T {
  const k = `${lang.value}:${key}`;
  let f = formatters.get(k) as T | undefined;
  if (!f) formatters.set(k, (f = make(lang.value === 'de' ? 'de-DE' : 'en-GB')));
  return f;
}

/** Date and time in the UI language. */
export function formatDateTime(iso: string): string {
  return formatter('datetime', (l) => new Intl.DateTimeFormat(l, { dateStyle: 'medium', timeStyle: 'short' })).format(new Date(iso));
}

/** A number with a fixed count of decimals, with the UI language's decimal sign. */
export function formatNumber(x: number, digits = 1): string {
  return formatter(
    `number:${digits}`,
    (l) => new Intl.NumberFormat(l, { minimumFractionDigits: digits, maximumFractionDigits: digits }),
  ).format(x);
}

/** A calendar date (YYYY-MM-DD) in the UI language. */
export function formatDate(isoDate: string): string {
  return formatter('date', (l) => new Intl.DateTimeFormat(l, { dateStyle: 'medium' })).format(new Date(`${isoDate}T12:00:00`));
}

/** A time of day with seconds in the UI language. */
export function formatTime(iso: string): string {
  return formatter('time', (l) => new Intl.DateTimeFormat(l, { hour: '2-digit', minute: '2-digit', second: '2-digit' })).format(
    new Date(iso),
  );
}
