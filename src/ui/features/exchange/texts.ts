// Texts of the import and export screens, German first; English must have every key.
import { extendTexts } from '../../i18n';
import { importTexts } from '../../shared/import-texts';

const de = {
  exportIntro:
    'Geben Sie Einschätzungen an ein anderes Gerät weiter (JSON-Datei für diese App) oder öffnen Sie sie in Excel (CSV). Die Datei wird nur auf diesem Gerät gespeichert; wohin sie dann geht, entscheiden Sie.',
  exportWhich: 'Welche Einschätzungen?',
  selectAll: 'Alle auswählen',
  selectNone: 'Keine auswählen',
  selectedCount: (n: number, total: number) => `${n} von ${total} ausgewählt`,
  answersCount: (n: number) => `${n} Antwort${n === 1 ? '' : 'en'}`,
  exportFormat: 'Format',
  exportKinds: {
    json: {
      title: 'JSON-Datei für Reifegrad-Check',
      text: 'Zum Import auf einem anderen Gerät: vollständig, mit Notizen und Soll-Profil.',
    },
    'answers-csv': {
      title: 'Antworten als CSV (Excel)',
      text: 'Eine Zeile je Frage: Amt, Perspektive, Person, Datum, Dimension, Frage, Stufe, Notiz.',
    },
    'scores-csv': {
      title: 'Dimensionswerte als CSV (Excel)',
      text: 'Eine Zeile je Dimension: Ist, Soll, Lücke, Gewicht und Datengrundlage.',
    },
  },
  exportPrivacy: 'Die Datei enthält Antworten und Notizen. Geben Sie sie nur an Personen weiter, die sie sehen dürfen.',
  exportDownload: 'Datei herunterladen',
  exportShare: 'Teilen',
  exportShared: 'Die Datei wurde an das Teilen-Menü des Geräts übergeben.',
  exportShareDownloaded: (name: string) => `Teilen von Dateien geht in diesem Browser nicht – „${name}“ wurde stattdessen heruntergeladen.`,
  exportFailed: 'Die Datei konnte nicht erstellt werden, weil die gespeicherten Daten nicht lesbar waren. Es wurde nichts verändert.',
  exportNothing: 'Bitte wählen Sie mindestens eine Einschätzung aus.',
  exportDone: (name: string, n: number) => `„${name}“ wurde gespeichert (${n} Einschätzung${n === 1 ? '' : 'en'}).`,
  importIntro:
    'Übernehmen Sie Einschätzungen, die auf anderen Geräten exportiert wurden, oder einen Fragebogen. Jede Datei wird vollständig geprüft und ganz oder gar nicht übernommen – Vorhandenes wird nie beschädigt.',
  importChoose: 'Dateien auswählen',
  importHint: 'Oder Dateien hierher ziehen. Mehrere Dateien auf einmal sind möglich (JSON, höchstens 40 MB je Datei).',
  importRunning: (now: string, next: string[]) =>
    `Wird geprüft: „${now}“${next.length ? ` – danach ${next.map((n) => `„${n}“`).join(', ')}` : ''} …`,
  importSaid: (name: string, status: string) =>
    `„${name}“: ${status === 'imported' ? 'übernommen' : status === 'present' ? 'schon vorhanden' : status === 'ask' ? 'Rückfrage, siehe unten' : 'abgelehnt, siehe unten'}.`,
  importBusy: 'Dateien werden geprüft …',
  importResults: 'Ergebnis des Imports',
};

export type ExchangeTexts = typeof de;

const en: ExchangeTexts = {
  exportIntro:
    'Pass assessments on to another device (JSON file for this app) or open them in Excel (CSV). The file is only saved on this device; where it goes next is your decision.',
  exportWhich: 'Which assessments?',
  selectAll: 'Select all',
  selectNone: 'Select none',
  selectedCount: (n, total) => `${n} of ${total} selected`,
  answersCount: (n) => `${n} answer${n === 1 ? '' : 's'}`,
  exportFormat: 'Format',
  exportKinds: {
    json: { title: 'JSON file for Reifegrad-Check', text: 'To import on another device: complete, with notes and target profile.' },
    'answers-csv': {
      title: 'Answers as CSV (Excel)',
      text: 'One row per question: office, perspective, person, date, dimension, question, level, note.',
    },
    'scores-csv': { title: 'Dimension scores as CSV (Excel)', text: 'One row per dimension: actual, target, gap, weight and basis.' },
  },
  exportPrivacy: 'The file contains answers and notes. Only pass it to people who may see them.',
  exportDownload: 'Download file',
  exportShare: 'Share',
  exportShared: "The file was handed to the device's share menu.",
  exportShareDownloaded: (name) => `This browser cannot share files – “${name}” was downloaded instead.`,
  exportFailed: 'The file could not be created because the stored data could not be read. Nothing was changed.',
  exportNothing: 'Please select at least one assessment.',
  exportDone: (name, n) => `“${name}” was saved (${n} assessment${n === 1 ? '' : 's'}).`,
  importIntro:
    'Take over assessments exported on other devices, or a questionnaire. Every file is checked completely and taken whole or not at all – nothing stored is ever damaged.',
  importChoose: 'Choose files',
  importHint: 'Or drag files here. Several files at once are fine (JSON, at most 40 MB each).',
  importRunning: (now, next) => `Checking “${now}”${next.length ? ` – then ${next.map((n) => `“${n}”`).join(', ')}` : ''} …`,
  importSaid: (name, status) =>
    `“${name}”: ${status === 'imported' ? 'imported' : status === 'present' ? 'already present' : status === 'ask' ? 'question, see below' : 'rejected, see below'}.`,
  importBusy: 'Checking files …',
  importResults: 'Import result',
};

/** The texts of the import and export screens in the current language (read inside a component). */
export const xt = extendTexts(importTexts, de, en);
