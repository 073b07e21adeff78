// Handing an assessment over as QR codes, the data side: the compact form (core/handover) is
// compressed with the browser's own CompressionStream and cut into parts; received parts are
// unpacked and become an ordinary export text that goes through the normal import.
import type { AnswerRecord, Assessment } from '../core/assessment';
import { buildExport, type ExportedAssessment } from '../core/exchange';
import { fromCompact, toCompact, toParts } from '../core/handover';
import type { Questionnaire } from '../core/questionnaire';
import type { ParseResult } from '../core/result';

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

/** The most a hand-over may unpack to: an assessment of 1,000 questions, each with a long note,
 * is far below it; a crafted set of codes that unpacks to gigabytes is stopped here. */
export const MAX_UNPACKED = 2_000_000;

class TooLarge extends Error {}

/** Unpacks deflated bytes, stopping as soon as the result would exceed `limit` bytes. */
async function inflate(bytes: Uint8Array, limit: number): Promise<Uint8Array> {
  const reader = new Blob([new Uint8Array(bytes)]).stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > limit) {
      await reader.cancel();
      throw new TooLarge();
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** Assembled bytes → the assessment, or why not. */
export async function readHandover(
  bytes: Uint8Array,
  find: (id: string, version: string) => Questionnaire | undefined,
  limit = MAX_UNPACKED,
): Promise<ParseResult<ExportedAssessment>> {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(await inflate(bytes, limit));
  } catch (e) {
    return {
      ok: false,
      errors: [
        e instanceof TooLarge
          ? 'Die QR-Codes enthalten weit mehr, als eine Einschätzung sein kann; sie werden nicht gelesen.'
          : 'Der Inhalt der QR-Codes lässt sich nicht entpacken; bitte noch einmal scannen.',
      ],
    };
  }
  return fromCompact(text, find);
}

/** An export file (text) holding one handed-over assessment: it goes through the normal import. */
export function asExportText(item: ExportedAssessment): string {
  return JSON.stringify(buildExport([item], [], __APP_VERSION__, new Date()));
}
