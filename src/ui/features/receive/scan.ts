// Reading QR codes from pixels: BarcodeDetector where the browser has it, else jsQR (loaded only
// when needed, in its own chunk); photos and screenshots become pixels through a canvas.

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
