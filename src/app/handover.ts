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
