// Handing an assessment over as QR codes (issue 8, the format only; no screen uses it yet).
// An assessment is written compactly (answers as one character per question, in questionnaire
// order), compressed (deflate, by the caller: the browser's CompressionStream), protected by a
// CRC-32, written in Base45 (QR's alphanumeric mode packs it densely) and cut into numbered parts:
//   RC1:<set>:<part>:<of>:<data>
// A wrong, foreign or partial scan is recognised, never half-imported.
import * as z from 'zod/mini';
import { IsoDateTime, RecordId, ShortText, type AnswerRecord, type Assessment } from './assessment';
import { toExported, type ExportedAssessment } from './exchange';
import { allQuestions, type Questionnaire } from './questionnaire';
import type { ParseResult } from './result';

export const HANDOVER_TAG = 'RC1';
/** Characters of Base45 data per QR code: version 13 at error correction M holds 259 bytes in
 * byte mode but 427 alphanumeric characters; 400 leave room for the header. */
export const PART_CHARS = 400;

// ---- Base45 (RFC 9285) ------------------------------------------------------------------------

const B45 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:';

export function base45Encode(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 2) {
    if (i + 1 < bytes.length) {
      let n = bytes[i]! * 256 + bytes[i + 1]!;
      for (let k = 0; k < 3; k++) {
        out += B45[n % 45];
        n = Math.floor(n / 45);
      }
    } else {
      let n = bytes[i]!;
      for (let k = 0; k < 2; k++) {
        out += B45[n % 45];
        n = Math.floor(n / 45);
      }
    }
  }
  return out;
}

export function base45Decode(text: string): Uint8Array | null {
  const out: number[] = [];
  for (let i = 0; i < text.length; i += 3) {
    const chunk = text.slice(i, i + 3);
    const d = [...chunk].map((c) => B45.indexOf(c));
    if (d.some((x) => x < 0) || chunk.length === 1) return null;
    const n = d.reduce((acc, x, k) => acc + x * 45 ** k, 0);
    if (chunk.length === 3) {
      if (n > 0xffff) return null;
      out.push(n >> 8, n & 0xff);
    } else {
      if (n > 0xff) return null;
      out.push(n);
    }
  }
  return new Uint8Array(out);
}

// ---- CRC-32 -----------------------------------------------------------------------------------

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

// ---- the compact form -------------------------------------------------------------------------

// the fields follow the Assessment schema, so that what a QR code carries is as checked (and its
// timestamps as canonical) as what an export file carries
const Compact = z.strictObject({
  v: z.literal(1),
  q: z.string().check(z.minLength(1), z.maxLength(80)),
  qv: z.string().check(z.minLength(1), z.maxLength(20)),
  id: RecordId,
  o: ShortText.check(z.minLength(1)),
  p: z.string().check(z.minLength(1), z.maxLength(80)),
  r: z.optional(ShortText),
  d: z.iso.date(),
  c: IsoDateTime,
  u: IsoDateTime,
  /** one character per question in questionnaire order: scale index 0–9/A–…, "W", "N", "-" open */
  a: z.string().check(z.maxLength(1000)),
  /** targets per dimension index (absent: the questionnaire's default) */
  t: z.optional(z.record(z.string().check(z.regex(/^\d{1,3}$/)), z.int())),
  /** notes by question index, only when the user chose to hand them over */
  n: z.optional(z.record(z.string().check(z.regex(/^\d{1,4}$/)), z.string().check(z.maxLength(5000)))),
});
type Compact = z.infer<typeof Compact>;

const LEVEL_CODES = '0123456789ABCDEFGHIJKLMNOPQRSTUV';

/** The compact JSON text of an assessment (answers in questionnaire order). */
export function toCompact(
  q: Questionnaire,
  assessment: Assessment,
  answers: ReadonlyMap<string, AnswerRecord>,
  withNotes: boolean,
): string {
  const list = allQuestions(q);
  const a = list
    .map(({ question }) => {
      const v = answers.get(question.id)?.value;
      if (!v) return '-';
      if (v.kind === 'dontKnow') return 'W';
      if (v.kind === 'notApplicable') return 'N';
      return LEVEL_CODES[q.scale.levels.findIndex((l) => l.value === v.level)] ?? '-';
    })
    .join('');
  const t: Record<string, number> = {};
  q.dimensions.forEach((d, i) => {
    if (d.id in assessment.targets) t[String(i)] = assessment.targets[d.id]!;
  });
  const n: Record<string, string> = {};
  if (withNotes)
    list.forEach(({ question }, i) => {
      const note = answers.get(question.id)?.note;
      if (note) n[String(i)] = note;
    });
  const compact: Compact = {
    v: 1,
    q: assessment.questionnaireId,
    qv: assessment.questionnaireVersion,
    id: assessment.id,
    o: assessment.office,
    p: assessment.perspective,
    ...(assessment.respondent ? { r: assessment.respondent } : {}),
    d: assessment.date,
    c: assessment.createdAt,
    u: assessment.updatedAt,
    a,
    ...(Object.keys(t).length ? { t } : {}),
    ...(Object.keys(n).length ? { n } : {}),
  };
  return JSON.stringify(compact);
}

/** Reads the compact form back, against the questionnaire it names (looked up by the caller). */
export function fromCompact(
  text: string,
  find: (id: string, version: string) => Questionnaire | undefined,
): ParseResult<ExportedAssessment> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, errors: ['Der Inhalt des QR-Codes ist beschädigt.'] };
  }
  const r = Compact.safeParse(data);
  if (!r.success) return { ok: false, errors: ['Der QR-Code hat nicht die Form, die diese App schreibt.'] };
  const c = r.data;
  const q = find(c.q, c.qv);
  if (!q) return { ok: false, errors: [`Die Einschätzung gehört zum Fragebogen „${c.q}“ in Version ${c.qv}, der auf diesem Gerät fehlt.`] };
  const list = allQuestions(q);
  if (c.a.length !== list.length)
    return {
      ok: false,
      errors: [`Die Antworten passen nicht zum Fragebogen „${c.q}“ ${c.qv} (${c.a.length} statt ${list.length} Fragen).`],
    };
  const answers = new Map<string, AnswerRecord>();
  for (const [i, { question }] of list.entries()) {
    const code = c.a[i]!;
    const note = c.n?.[String(i)];
    let value: AnswerRecord['value'] = null;
    if (code === 'W') value = { kind: 'dontKnow' };
    else if (code === 'N') value = { kind: 'notApplicable' };
    else if (code !== '-') {
      const level = q.scale.levels[LEVEL_CODES.indexOf(code)];
      if (!level) return { ok: false, errors: [`Antwort ${i + 1}: „${code}“ ist keine Stufe dieses Fragebogens.`] };
      value = { kind: 'level', level: level.value };
    }
    if (value || note)
      answers.set(question.id, { assessmentId: c.id, questionId: question.id, value, ...(note ? { note } : {}), updatedAt: c.u });
  }
  const targets: Record<string, number> = {};
  for (const [i, t] of Object.entries(c.t ?? {})) {
    const d = q.dimensions[Number(i)];
    if (!d) return { ok: false, errors: ['Das Soll-Profil im QR-Code passt nicht zum Fragebogen.'] };
    targets[d.id] = t;
  }
  const assessment: Assessment = {
    id: c.id,
    questionnaireId: c.q,
    questionnaireVersion: c.qv,
    office: c.o,
    perspective: c.p,
    ...(c.r ? { respondent: c.r } : {}),
    date: c.d,
    createdAt: c.c,
    updatedAt: c.u,
    targets,
  };
  return { ok: true, value: toExported(assessment, answers) };
}

// ---- parts ------------------------------------------------------------------------------------

/** Compressed bytes → the texts of the QR codes (each with tag, set, number and count). */
export function toParts(compressed: Uint8Array, partChars = PART_CHARS): string[] {
  const crc = crc32(compressed);
  const framed = new Uint8Array(compressed.length + 4);
  framed.set(compressed);
  framed.set([crc >>> 24, (crc >>> 16) & 0xff, (crc >>> 8) & 0xff, crc & 0xff], compressed.length);
  const data = base45Encode(framed);
  const set = (crc % 45 ** 4).toString(36).toUpperCase().padStart(4, '0').slice(-4);
  const chunks: string[] = [];
  for (let i = 0; i < data.length; i += partChars) chunks.push(data.slice(i, i + partChars));
  return chunks.map((c, i) => `${HANDOVER_TAG}:${set}:${i + 1}:${chunks.length}:${c}`);
}

export interface Part {
  set: string;
  index: number;
  count: number;
  data: string;
}

/** One scanned text as a part, or why it is not one. */
export function parsePart(text: string): ParseResult<Part> {
  const m = /^RC1:([0-9A-Z]{4}):(\d{1,3}):(\d{1,3}):([0-9A-Z $%*+\-./:]+)$/.exec(text.trim());
  if (!m) {
    const looksLikeUrl = /^[a-z]+:\/\//i.test(text.trim());
    return {
      ok: false,
      errors: [
        looksLikeUrl
          ? 'Dieser QR-Code enthält eine Internetadresse, keine Einschätzung. Er wird nicht geöffnet.'
          : 'Dieser QR-Code stammt nicht von Reifegrad-Check.',
      ],
    };
  }
  const index = Number(m[2]);
  const count = Number(m[3]);
  if (index < 1 || count < 1 || index > count) return { ok: false, errors: [`Die Teilnummer ${index} von ${count} ist ungültig.`] };
  return { ok: true, value: { set: m[1]!, index, count, data: m[4]! } };
}

/** Collects parts in any order; says which are missing; gives the compressed bytes once all are
 * there and the checksum matches. */
export class PartCollector {
  private set: string | null = null;
  private count = 0;
  private parts = new Map<number, string>();

  /** Adds a part; a part of another set starts over (a new hand-over). */
  add(part: Part): void {
    if (this.set !== part.set || this.count !== part.count) {
      this.set = part.set;
      this.count = part.count;
      this.parts.clear();
    }
    this.parts.set(part.index, part.data);
  }

  get received(): number[] {
    return [...this.parts.keys()].sort((a, b) => a - b);
  }

  get missing(): number[] {
    return Array.from({ length: this.count }, (_, i) => i + 1).filter((i) => !this.parts.has(i));
  }

  get total(): number {
    return this.count;
  }

  /** The compressed bytes when complete and intact; an error when damaged; null while parts are missing. */
  result(): ParseResult<Uint8Array> | null {
    if (this.count === 0 || this.missing.length) return null;
    const data = this.received.map((i) => this.parts.get(i)!).join('');
    const framed = base45Decode(data);
    if (!framed || framed.length < 5)
      return { ok: false, errors: ['Die QR-Codes sind beschädigt (Prüfsumme fehlt). Bitte noch einmal scannen.'] };
    const body = framed.slice(0, -4);
    const crc =
      ((framed[framed.length - 4]! << 24) |
        (framed[framed.length - 3]! << 16) |
        (framed[framed.length - 2]! << 8) |
        framed[framed.length - 1]!) >>>
      0;
    if (crc32(body) !== crc)
      return {
        ok: false,
        errors: [
          'Die Prüfsumme stimmt nicht: ein Code wurde falsch gelesen oder gehört zu einer anderen Übergabe. Bitte noch einmal scannen.',
        ],
      };
    return { ok: true, value: body };
  }
}
