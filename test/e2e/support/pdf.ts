// Reads the text of a PDF (pdf.js, the same reader Firefox uses) so that tests can check what a
// printed report says. No system tool needed.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfText {
  /** page sizes in PostScript points (A4 portrait ≈ 595 × 842) */
  pages: { width: number; height: number; text: string }[];
}

export async function pdfText(data: Uint8Array): Promise<PdfText> {
  const doc = await getDocument({ data, isEvalSupported: false, useSystemFonts: false }).promise;
  const pages: PdfText['pages'] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i);
    const [x0, y0, x1, y1] = page.view as [number, number, number, number];
    const content = await page.getTextContent();
    const text = content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join('');
    pages.push({ width: x1 - x0, height: y1 - y0, text });
  }
  await doc.destroy();
  return { pages };
}

/** Text without any whitespace: line breaks in a PDF fall anywhere, words stay whole. */
export const squash = (s: string): string => s.replace(/\s+/g, '');
