import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { canonicalEqual, canonicalJson } from '../../src/core/equal';
import { arrivalOf, buildExport, parseImportText, planImport, type ExportedAssessment } from '../../src/core/exchange';
import type { Questionnaire } from '../../src/core/questionnaire';
import { assessment, level, mini } from '../helpers';

/** The same data with the keys of every object written in reverse order. */
function reversedKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(reversedKeys);
  if (v === null || typeof v !== 'object') return v;
  return Object.fromEntries(
    Object.entries(v)
      .reverse()
      .map(([k, x]) => [k, reversedKeys(x)]),
  );
}

describe('canonicalJson', () => {
  it('sorts object keys at every depth, keeps array order and leaves undefined properties out', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: undefined } })).toBe('{"a":{"d":[3,{"y":2,"z":1}]},"b":1}');
    expect(canonicalJson([undefined, 'x'])).toBe('[null,"x"]'); // as JSON.stringify writes it
    expect(canonicalJson('ä"\n')).toBe(JSON.stringify('ä"\n'));
    expect(canonicalJson(null)).toBe('null');
    expect(canonicalJson({ when: new Date('2026-01-01T00:00:00.000Z') })).toBe('{"when":"2026-01-01T00:00:00.000Z"}');
  });

  it('reads back as the same value, whatever the key order', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        expect(JSON.parse(canonicalJson(v))).toEqual(JSON.parse(JSON.stringify(v)));
        expect(canonicalJson(reversedKeys(v))).toBe(canonicalJson(v));
      }),
    );
  });
});

describe('canonicalEqual', () => {
  it('ignores key order and undefined properties, not values or array order', () => {
    expect(canonicalEqual({ a: 1, b: [1, 2] }, { b: [1, 2], a: 1 })).toBe(true);
    expect(canonicalEqual({ a: 1, x: undefined }, { a: 1 })).toBe(true);
    expect(canonicalEqual({ a: 1, b: [1, 2] }, { a: 1, b: [2, 1] })).toBe(false);
    expect(canonicalEqual({ a: 1 }, { a: '1' })).toBe(false);
    expect(canonicalEqual({ a: null }, { a: undefined })).toBe(false);
  });
});

describe('content equality in the exchange', () => {
  it('counts a stored copy as the same when only the order of keys differs', () => {
    const x: ExportedAssessment = {
      assessment: assessment({ targets: { alpha: 3, beta: 1 } }),
      answers: [{ questionId: 'alpha-1', value: level(2), note: 'n', updatedAt: '2026-11-23T10:00:00.000Z' }],
    };
    expect(arrivalOf(reversedKeys(x) as ExportedAssessment, x)).toEqual({ kind: 'same' });
    const other = { ...x, assessment: { ...x.assessment, targets: { alpha: 3, beta: 2 } } };
    expect(arrivalOf(other, x)).toMatchObject({ kind: 'conflict' });
  });

  it('knows a questionnaire it holds already even when its keys come in another order', () => {
    const q = mini();
    const text = JSON.stringify(buildExport([], [q], '0.1.0', new Date('2026-11-23T10:00:00.000Z')));
    const parsed = parseImportText(text);
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    const held = reversedKeys(q) as Questionnaire;
    const plan = planImport(parsed.value, () => held, new Map());
    expect(plan).toMatchObject({ ok: true, value: { questionnaires: [], knownQuestionnaires: 1 } });
    const changed = { ...held, title: { de: 'anders' } };
    expect(planImport(parsed.value, () => changed, new Map())).toMatchObject({
      ok: false,
      errors: [expect.stringMatching(/schon vorhanden, aber mit anderem Inhalt/)],
    });
  });
});
