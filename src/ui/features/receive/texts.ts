// Texts of the screen that receives QR codes, German first; English must have every key.
import { extendTexts } from '../../i18n';
import { importTexts } from '../../shared/import-texts';

const de = {
  receiveTitle: 'Empfangen (QR-Code)',
  receiveIntro:
    'Halten Sie die QR-Codes des Tablets vor die Kamera – bei mehreren Teilen in beliebiger Reihenfolge – oder wählen Sie Fotos bzw. Bildschirmfotos der Codes. Die Einschätzung wird so gründlich geprüft wie beim Import einer Datei und erst dann übernommen.',
  startCamera: 'Kamera starten',
  stopCamera: 'Kamera beenden',
  choosePhotos: 'Fotos oder Bildschirmfotos wählen',
  cameraLabel: 'Kamerabild zum Scannen',
  cameraStarting: 'Kamera wird gestartet …',
  scanning: 'Suche QR-Codes …',
  cameraRefused: 'Der Zugriff auf die Kamera wurde nicht erlaubt. Sie können stattdessen Fotos oder Bildschirmfotos der Codes wählen.',
  noCamera: 'Dieses Gerät hat keine nutzbare Kamera. Sie können stattdessen Fotos oder Bildschirmfotos der Codes wählen.',
  photoNoCode: (name: string) => `Auf „${name}“ wurde kein QR-Code gefunden.`,
  photoUnreadable: (name: string) => `„${name}“ ist kein lesbares Bild.`,
  partsProgress: (received: number[], total: number) => `Teil ${received.join(', ')} von ${total} erhalten.`,
  partsMissing: (missing: number[]) => `Es fehlt noch Teil ${missing.join(', ')}.`,
  qrName: 'QR-Code',
};

export type ReceiveTexts = typeof de;

const en: ReceiveTexts = {
  receiveTitle: 'Receive (QR code)',
  receiveIntro:
    "Hold the tablet's QR codes in front of the camera – several parts in any order – or choose photos or screenshots of the codes. The assessment is checked as thoroughly as an imported file before it is imported.",
  startCamera: 'Start camera',
  stopCamera: 'Stop camera',
  choosePhotos: 'Choose photos or screenshots',
  cameraLabel: 'Camera picture for scanning',
  cameraStarting: 'Starting the camera …',
  scanning: 'Looking for QR codes …',
  cameraRefused: 'Access to the camera was not allowed. You can choose photos or screenshots of the codes instead.',
  noCamera: 'This device has no usable camera. You can choose photos or screenshots of the codes instead.',
  photoNoCode: (name) => `No QR code found on “${name}”.`,
  photoUnreadable: (name) => `“${name}” is not a readable image.`,
  partsProgress: (received, total) => `Received part ${received.join(', ')} of ${total}.`,
  partsMissing: (missing) => `Part ${missing.join(', ')} still missing.`,
  qrName: 'QR code',
};

/** The texts of the receive screen in the current language (read inside a component). */
export const qt = extendTexts(importTexts, de, en);
