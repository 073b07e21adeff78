// Texts of the QR hand-over screens, German first; English must have every key.
import { extendTexts, type Texts } from '../i18n';
import { rt, type ResultsTexts } from '../results/texts';

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
  receiveTitle: 'Empfangen (QR-Code)',
  receiveIntro:
    'Halten Sie die QR-Codes des Tablets vor die Kamera – bei mehreren Teilen in beliebiger Reihenfolge – oder wählen Sie Fotos bzw. Bildschirmfotos der Codes. Die Einschätzung wird wie eine Datei geprüft und übernommen.',
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
  receiveTitle: 'Receive (QR code)',
  receiveIntro:
    "Hold the tablet's QR codes in front of the camera – several parts in any order – or choose photos or screenshots of the codes. The assessment is checked and imported like a file.",
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

/** All texts a hand-over screen needs, in the current language (read inside a component). */
export const ht: () => Texts & ResultsTexts & HandoverTexts = extendTexts(rt, de, en);
