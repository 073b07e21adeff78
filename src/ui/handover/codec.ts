// The browser's side of the QR hand-over: compression with the built-in CompressionStream,
// QR codes drawn as SVG (qrcode-generator), and reading codes from pixels (BarcodeDetector
// where the browser has it, else jsQR, loaded only when needed).
import { buildExport, type ExportedAssessment } from '../../core/exchange';
import { fromCompact, toCompact, toParts } from '../../core/handover';
import type { AnswerRecord, Assessment } from '../../core/assessment';
import type { Questionnaire } from '../../core/questionnaire';
import type { ParseResult } from '../../core/result';

async function through(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const out = new Blob([new Uint8Array(bytes)]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(out).arrayBuffer());
}

/** The QR texts for an assessment (one or more parts). */
export async function handoverParts(
  q: Questionnaire,
  a: Assessment,
  answers: ReadonlyMap<string, AnswerRecord>,
  withNotes: boolean,
): Promise<{ parts: string[]; bytes: number }> {
  const compressed = await through(new TextEncoder().encode(toCompact(q, a, answers, withNotes)), new CompressionStream('deflate-raw'));
  return { parts: toParts(compressed), bytes: compressed.length };
}

/** Assembled bytes → the assessment, or why not. */
export async function readHandover(
  bytes: Uint8Array,
  find: (id: string, version: string) => Questionnaire | undefined,
): Promise<ParseResult<ExportedAssessment>> {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(await through(bytes, new DecompressionStream('deflate-raw')));
  } catch {
    return { ok: false, errors: ['Der Inhalt der QR-Codes lässt sich nicht entpacken; bitte noch einmal scannen.'] };
  }
  return fromCompact(text, find);
}

/** An export file (text) holding one handed-over assessment: it goes through the normal import. */
export function asExportText(item: ExportedAssessment): string {
  return JSON.stringify(buildExport([item], [], __APP_VERSION__, new Date()));
}

/** The QR code of `text` (error correction M, alphanumeric mode) as an SVG path of dark modules,
 * with a quiet zone of four modules; `size` is the number of modules across. The generator is
 * loaded on first use (its own chunk). */
export async function qrPath(text: string): Promise<{ d: string; size: number }> {
  const { default: qrcode } = await import('qrcode-generator');
  const qr = qrcode(0, 'M');
  qr.addData(text, 'Alphanumeric');
  qr.make();
  const n = qr.getModuleCount();
  let d = '';
  for (let r = 0; r < n; r++) for (let c = 0; c < n; c++) if (qr.isDark(r, c)) d += `M${c + 4} ${r + 4}h1v1h-1z`;
  return { d, size: n + 8 };
}

type Detector = (image: ImageData) => Promise<string[]>;
let detector: Promise<Detector> | null = null;

/** Reads the QR codes in an image (BarcodeDetector if the browser has one, else jsQR). */
export function qrDetector(): Promise<Detector> {
  detector ??= (async () => {
    const BD = (
      globalThis as { BarcodeDetector?: new (o: { formats: string[] }) => { detect(i: ImageData): Promise<{ rawValue: string }[]> } }
    ).BarcodeDetector;
    if (BD) {
      const d = new BD({ formats: ['qr_code'] });
      return async (image: ImageData) => (await d.detect(image)).map((x) => x.rawValue);
    }
    const { default: jsQR } = await import('jsqr');
    return (image: ImageData) => {
      const r = jsQR(image.data, image.width, image.height, { inversionAttempts: 'dontInvert' });
      return Promise.resolve(r ? [r.data] : []);
    };
  })();
  return detector;
}

/** The pixels of an image file (photo, screenshot, SVG), scaled to at most `max` pixels across. */
export async function imagePixels(file: Blob, max = 1600): Promise<ImageData> {
  const url = URL.createObjectURL(file);
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const scale = Math.min(1, max / Math.max(img.naturalWidth || max, img.naturalHeight || max));
    const w = Math.max(1, Math.round((img.naturalWidth || max) * scale));
    const h = Math.max(1, Math.round((img.naturalHeight || max) * scale));
    const canvas = document.createElement('canvas');
    canvas.width = w;
    canvas.height = h;
    const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, w, h);
    ctx.drawImage(img, 0, 0, w, h);
    return ctx.getImageData(0, 0, w, h);
  } finally {
    URL.revokeObjectURL(url);
  }
}
