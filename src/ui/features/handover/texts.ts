// Texts of the QR hand-over screens, German first; English must have every key.
import { extendTexts, t } from '../../i18n';

const de = {
  handoverTitle: 'Übergeben',
  handoverPrivacy:
    'Wer diesen Code sieht oder fotografiert, kann die Antworten lesen. Gesendet wird nichts: das andere Gerät liest den Code mit seiner Kamera.',
  withNotes: 'Notizen mitgeben',
  singleCode: 'Ein Code enthält die ganze Einschätzung.',
  partOf: (n: number, of: number) => `Teil ${n} von ${of}`,
  qrLabel: (n: number, of: number) => `QR-Code, Teil ${n} von ${of}`,
  prevPart: 'Voriger Teil',
  nextPart: 'Nächster Teil',
  autoAdvance: 'Teile von selbst weiterschalten',
  shareTitle: 'Teilen',
  shareHint:
    'Über das Teilen-Menü des Geräts (z. B. AirDrop, Nearby Share oder E-Mail), soweit Ihr Amt es erlaubt: als JSON-Datei zum Import.',
  share: 'Teilen',
  shared: 'Die Datei wurde an das Teilen-Menü übergeben.',
  shareDownloaded: (name: string) => `Teilen von Dateien geht in diesem Browser nicht – „${name}“ wurde stattdessen heruntergeladen.`,
};

export type HandoverTexts = typeof de;

const en: HandoverTexts = {
  handoverTitle: 'Hand over',
  handoverPrivacy:
    'Whoever sees or photographs this code can read the answers. Nothing is sent: the other device reads the code with its camera.',
  withNotes: 'Include notes',
  singleCode: 'One code holds the whole assessment.',
  partOf: (n, of) => `Part ${n} of ${of}`,
  qrLabel: (n, of) => `QR code, part ${n} of ${of}`,
  prevPart: 'Previous part',
  nextPart: 'Next part',
  autoAdvance: 'Advance the parts by themselves',
  shareTitle: 'Share',
  shareHint:
    "Through the device's share menu (e.g. AirDrop, Nearby Share or e-mail), as far as your office allows: as a JSON file to import.",
  share: 'Share',
  shared: 'The file was handed to the share menu.',
  shareDownloaded: (name) => `This browser cannot share files – “${name}” was downloaded instead.`,
};

/** All texts a hand-over screen needs, in the current language (read inside a component). */
export const ht = extendTexts(t, de, en);
