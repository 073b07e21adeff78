import { describe, expect, it } from 'vitest';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import fc from 'fast-check';
import { PartCollector, base45Decode, base45Encode, crc32, fromCompact, parsePart, toCompact, toParts } from '../../src/core/handover';
import { toExported } from '../../src/core/exchange';
import type { AnswerRecord } from '../../src/core/assessment';
import { assessment, loadQuestionnaire } from '../helpers';

const q = loadQuestionnaire('questionnaires/digitale-verwaltung.json');
const questions = q.dimensions.flatMap((d) => d.questions);
const at = '2026-11-23T10:00:00.000Z';

function sample(withNote = true) {
  const a = assessment({
    id: '0b6c7f8e-1d2a-4c3b-9e8f-7a6b5c4d3e2f',
    questionnaireId: q.id,
    questionnaireVersion: q.version,
    office: 'Gesundheitsamt Halle (Saale) <b>',
    respondent: 'Jörg Müller',
    targets: { [q.dimensions[1]!.id]: 4 },
  });
  const answers = new Map<string, AnswerRecord>();
  questions.forEach((x, i) => {
    if (i === 36) return; // one open
    const value = i % 9 === 8 ? { kind: 'dontKnow' as const } : { kind: 'level' as const, level: i % 5 };
    const note = withNote && i === 2 ? 'Lange Notiz mit Umlauten äöüß und Emoji 🙂 – '.repeat(20) : undefined;
    answers.set(x.id, { assessmentId: a.id, questionId: x.id, value, ...(note ? { note } : {}), updatedAt: at });
  });
  return { a, answers };
}

const find = (id: string, v: string) => (id === q.id && v === q.version ? q : undefined);

describe('handover format', () => {
  it('Base45 round-trips any bytes (RFC 9285 examples too)', () => {
    expect(base45Encode(new TextEncoder().encode('AB'))).toBe('BB8');
    expect(base45Encode(new TextEncoder().encode('Hello!!'))).toBe('%69 VD92EX0');
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (b) => {
        expect(base45Decode(base45Encode(b))).toEqual(b);
      }),
    );
    expect(base45Decode('GGW')).toBeNull(); // > 0xffff
    expect(base45Decode('a')).toBeNull();
  });

  it('CRC-32 matches the standard check value', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });

  it('carries an assessment field by field, notes only when chosen', () => {
    const { a, answers } = sample();
    const back = fromCompact(toCompact(q, a, answers, true), find);
    expect(back).toEqual({ ok: true, value: toExported(a, answers) });
    const noNotes = fromCompact(toCompact(q, a, answers, false), find);
    expect(noNotes.ok && noNotes.value.answers.some((x) => x.note)).toBe(false);
  });

  it('survives compression, parts in any order, and refuses damage', () => {
    const { a, answers } = sample();
    const compressed = new Uint8Array(deflateRawSync(Buffer.from(toCompact(q, a, answers, true))));
    const parts = toParts(compressed);
    expect(parts.length).toBeGreaterThan(1);
    const collector = new PartCollector();
    for (const p of [...parts].reverse()) {
      const r = parsePart(p);
      if (!r.ok) throw new Error(r.errors[0]);
      collector.add(r.value);
      if (collector.missing.length) expect(collector.result()).toBeNull();
    }
    const r = collector.result();
    if (!r?.ok) throw new Error('not assembled');
    const back = fromCompact(new TextDecoder().decode(inflateRawSync(r.value)), find);
    expect(back.ok && back.value).toEqual(toExported(a, answers));

    // one character changed in one part: the checksum says so
    const damaged = new PartCollector();
    parts.forEach((p, i) => {
      const text = i === 0 ? p.slice(0, -5) + (p.at(-5) === 'A' ? 'B' : 'A') + p.slice(-4) : p;
      const part = parsePart(text);
      if (part.ok) damaged.add(part.value);
    });
    expect(damaged.result()).toMatchObject({ ok: false, errors: [expect.stringMatching(/Prüfsumme/)] });
  });

  it('says which parts are missing, and refuses codes from elsewhere', () => {
    const parts = toParts(new Uint8Array(2000).map((_, i) => (i * 7) % 251));
    const c = new PartCollector();
    const first = parsePart(parts[0]!);
    if (first.ok) c.add(first.value);
    expect(c.missing).toEqual(Array.from({ length: parts.length - 1 }, (_, i) => i + 2));
    expect(parsePart('https://example.org/boese')).toMatchObject({ ok: false, errors: [expect.stringMatching(/Internetadresse/)] });
    expect(parsePart('irgendein Text')).toMatchObject({ ok: false, errors: [expect.stringMatching(/nicht von Reifegrad-Check/)] });
    expect(parsePart('RC1:ABCD:3:2:XYZ')).toMatchObject({ ok: false });
  });

  it('refuses an unknown questionnaire version and answers that do not fit', () => {
    const { a, answers } = sample(false);
    const text = toCompact(q, { ...a, questionnaireVersion: '9.0.0' }, answers, false);
    expect(fromCompact(text, find)).toMatchObject({
      ok: false,
      errors: [expect.stringMatching(/Version 9\.0\.0, der auf diesem Gerät fehlt/)],
    });
    const short = JSON.stringify({ ...(JSON.parse(toCompact(q, a, answers, false)) as object), a: '0123' });
    expect(fromCompact(short, find)).toMatchObject({ ok: false, errors: [expect.stringMatching(/4 statt 37 Fragen/)] });
    expect(fromCompact('{"v":1,"__proto__":{}}', find)).toMatchObject({ ok: false });
  });
});
