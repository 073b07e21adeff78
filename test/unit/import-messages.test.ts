// What a refused import says: where (1-based, in German), what, and never more than a reader can
// take in — whatever the file throws at it (issue „Many writers, one truth“, items 5 and 6).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseImportText, planImport, type ParsedFile } from '../../src/core/exchange';
import { parseQuestionnaire, type Questionnaire } from '../../src/core/questionnaire';
import { parseJsonText } from '../../src/core/json';
import { clampMessage } from '../../src/core/issues';
import { mini, readJson } from '../helpers';

const q = mini();
const at = '2026-11-23T10:00:00.000Z';
type Obj = Record<string, unknown>;

const assessment = (over: Obj = {}): Obj => ({
  id: 'a1',
  questionnaireId: q.id,
  questionnaireVersion: q.version,
  office: 'Gesundheitsamt',
  perspective: 'mitarbeitende',
  date: '2026-11-23',
  createdAt: at,
  updatedAt: at,
  targets: {},
  ...over,
});
const answer = (over: Obj = {}): Obj => ({ questionId: 'alpha-1', value: { kind: 'level', level: 2 }, updatedAt: at, ...over });
const planItem = (over: Obj = {}): Obj => ({
  id: 'p1',
  office: 'Gesundheitsamt',
  questionnaireId: q.id,
  title: 'Aktenkeller räumen',
  owner: 'Frau A.',
  status: 'offen',
  createdAt: at,
  updatedAt: at,
  ...over,
});
const envelope = (over: Obj = {}, items: unknown[] = [{ assessment: assessment(), answers: [answer()] }]): Obj => ({
  format: 'reifegrad-check-export',
  formatVersion: 1,
  appVersion: '0.1.0',
  exportedAt: at,
  assessments: items,
  ...over,
});

/** The messages a text is refused with (fails the test if it is read). */
function refused(text: string): string[] {
  const r = parseImportText(text);
  if (r.ok) throw new Error('accepted');
  return r.errors;
}
const refusedJson = (data: unknown) => refused(JSON.stringify(data));

function read(data: unknown): ParsedFile {
  const r = parseImportText(JSON.stringify(data));
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.value;
}
const knowsMini = (id: string, version: string) => (id === q.id && version === q.version ? q : undefined);

// control characters, DEL, C1, and the bidi overrides and isolates
// eslint-disable-next-line no-control-regex
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe('1. a JSON syntax error names line and column', () => {
  it('for a stray comma, a truncated file and a file with a byte order mark', () => {
    expect(refused('{\n "a": 1,\n}').join(' ')).toMatch(/Kein gültiges JSON: .*Zeile 3, Spalte 1\b/);
    expect(refused('{"a":').join(' ')).toMatch(/Kein gültiges JSON: .*endet unerwartet.*Zeile 1, Spalte 6\b/);
    expect(refused('\uFEFF{x}').join(' ')).toMatch(/Zeile 1, Spalte 2\b/);
    expect(refused('{\n  "office": "Gesundheits\u0001amt"\n}').join(' ')).toMatch(/Zeile 2, Spalte 25 \(unerwartetes Zeichen U\+0001\)/);
  });

  it('counts columns in characters, not in UTF-16 units', () => {
    expect(parseJsonText('["🙂", x]')).toEqual({ ok: false, errors: [expect.stringMatching(/Zeile 1, Spalte 7\b/)] });
  });

  it('finds an error exactly where JSON.parse finds one (property-based)', () => {
    const token = fc.constantFrom(
      '{',
      '}',
      '[',
      ']',
      ',',
      ':',
      '"a"',
      '"\\u12"',
      '"\\q"',
      '1',
      '-',
      '0.5',
      '1e',
      'tru',
      'true',
      ' ',
      '\n',
      'x',
    );
    fc.assert(
      fc.property(fc.array(token, { maxLength: 12 }), (tokens) => {
        const text = tokens.join('');
        let valid = true;
        try {
          JSON.parse(text);
        } catch {
          valid = false;
        }
        const r = parseJsonText(text);
        expect(r.ok).toBe(valid);
        if (!r.ok && text.trim() !== '') expect(r.errors[0]).toMatch(/Zeile \d+, Spalte \d+/);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('2. a refusal stays readable however much is wrong', () => {
  it('lists at most 20 problems of 5,000 bad dates, and says how many more', () => {
    const items = Array.from({ length: 5 }, (_, i) => ({
      assessment: assessment({ id: `a${i}` }),
      answers: Array.from({ length: 1000 }, (_, j) => answer({ questionId: `q${j}`, updatedAt: 'gestern' })),
    }));
    const errors = refusedJson(envelope({}, items));
    expect(errors).toHaveLength(21);
    expect(errors[20]).toBe('… und 4.980 weitere Probleme.');
  });

  it('names a handful of 50,000 unknown keys, in one message of at most 300 characters', () => {
    const keys = Object.fromEntries(Array.from({ length: 50_000 }, (_, i) => [`schluessel-${i}`, i]));
    const errors = refusedJson(envelope(keys));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/„schluessel-0“, „schluessel-1“, .* und 49\.99\d weitere/);
    expect(errors[0]!.length).toBeLessThanOrEqual(300);
  });

  it('counts the problems of all travelling questionnaires together', () => {
    const fixture = readJson('test/fixtures/mini-4-stufen.json') as Obj;
    const manyWrong = { ...fixture, id: 'viele', dimensions: Array.from({ length: 25 }, (_, i) => i) };
    const fewWrong = { ...fixture, id: 'wenige', title: 1, description: 2, version: 'x' };
    const errors = refusedJson(envelope({ questionnaires: [manyWrong, fewWrong] }));
    expect(errors).toHaveLength(21);
    expect(errors[0]).toBe('Fragebogen 1, Feld „dimensions[0]“: erwartet ein Objekt { … }, gefunden die Zahl 0.');
    expect(errors[20]).toBe('… und 8 weitere Probleme.');
  });

  it('cuts long quoted values with „…“, and no message is longer than 300 characters', () => {
    const long = 'ü'.repeat(100_000);
    const files = [
      envelope({ formatVersion: long }),
      envelope({}, [{ assessment: assessment({ date: long }), answers: [] }]),
      envelope({}, [{ assessment: assessment({ targets: { [long]: 'hoch' } }), answers: [] }]),
      envelope({ [long]: 1 }),
    ];
    for (const f of files) {
      const errors = refusedJson(f);
      expect(errors.join('\n')).toContain('…');
      for (const e of errors) expect(e.length).toBeLessThanOrEqual(300);
    }
    const office = 'Ä'.repeat(200);
    const r = planImport(
      read(envelope({}, [{ assessment: assessment({ office }), answers: [answer({ questionId: 'x'.repeat(80) })] }])),
      knowsMini,
      new Map(),
    );
    expect(r.ok).toBe(false);
    if (!r.ok) for (const e of r.errors) expect(e.length).toBeLessThanOrEqual(300);
  });
});

describe('3. schema errors of an export speak of Einschätzung, Antwort, Maßnahme and Fragebogen, counted from 1', () => {
  it('names assessment, answer and field', () => {
    const answers = Array.from({ length: 20 }, (_, j) => answer({ questionId: `q${j}` }));
    answers[19] = answer({ questionId: 'q19', updatedAt: 'gestern' });
    const errors = refusedJson(envelope({}, [{ assessment: assessment(), answers }]));
    expect(errors).toEqual([
      'Einschätzung 1, Antwort 20, Feld „updatedAt“: erwartet ein Zeitpunkt wie 2026-11-23T10:00:00Z, gefunden der Text „gestern“.',
    ]);
    expect(refusedJson(envelope({}, [{ assessment: assessment({ office: 7 }), answers: [] }]))).toEqual([
      'Einschätzung 1, Feld „office“: erwartet ein Text, gefunden die Zahl 7.',
    ]);
    expect(refusedJson(envelope({}, [{ assessment: assessment(), answers: [], extra: 1 }]))).toEqual([
      'Einschätzung 1: unbekannte Angabe „extra“ (Tippfehler?).',
    ]);
    expect(refusedJson(envelope({ exportedAt: 5 }))).toEqual(['Feld „exportedAt“: erwartet ein Text, gefunden die Zahl 5.']);
  });

  it('names plan items as „Maßnahme“ and travelling questionnaires as „Fragebogen“', () => {
    const plan = [planItem({ id: 'p1' }), planItem({ id: 'p2' }), planItem({ id: 'p3', status: 'fertig' })];
    expect(refusedJson(envelope({ plan }))).toEqual([
      'Maßnahme 3, Feld „status“: erlaubt sind nur „offen“, „in-arbeit“, „erledigt“; gefunden der Text „fertig“.',
    ]);
    const broken = { ...(readJson('test/fixtures/mini-4-stufen.json') as Obj), id: 'anderer', dimensions: 'keine' };
    expect(refusedJson(envelope({ questionnaires: [q, broken] }))).toEqual([
      'Fragebogen 2, Feld „dimensions“: erwartet eine Liste [ … ], gefunden der Text „keine“.',
    ]);
  });

  it('says „(ganze Datei)“ for the whole file, and keeps JSON paths for questionnaire files', () => {
    expect(refusedJson(envelope({ signatur: 'x' }))).toEqual(['(ganze Datei): unbekannte Angabe „signatur“ (Tippfehler?).']);
    const r = parseQuestionnaire(null);
    expect(r.ok || r.errors).toEqual(['(ganze Datei): erwartet ein Objekt { … }, gefunden null.']);
    const levels = { ...(readJson('test/fixtures/mini-4-stufen.json') as Obj), scale: { levels: [] } };
    expect(refusedJson(levels)).toEqual(['Fragebogen: scale.levels: braucht mindestens 2 Einträge.']);
  });
});

describe('4. every message is a plain German sentence', () => {
  const one = (over: Obj) => refusedJson(envelope({}, [{ assessment: assessment(), answers: [answer(over)] }])).join('\n');

  it('describes dates and instants by example, not by format name', () => {
    const date = refusedJson(envelope({}, [{ assessment: assessment({ date: '20.11.2026' }), answers: [] }])).join('\n');
    expect(date).toBe('Einschätzung 1, Feld „date“: erwartet ein Datum wie 2026-11-23, gefunden der Text „20.11.2026“.');
    expect(one({ updatedAt: 'jetzt' })).toMatch(/erwartet ein Zeitpunkt wie 2026-11-23T10:00:00Z, gefunden der Text „jetzt“\.$/);
    expect(one({ updatedAt: 'jetzt' })).not.toMatch(/\(datetime\)|\(date\)/);
  });

  it('says „die Angabe fehlt“, never „gefunden fehlt“', () => {
    const missingKind = one({ value: { level: 2 } });
    expect(missingKind).toBe(
      'Einschätzung 1, Antwort 1, Feld „value.kind“: die Angabe fehlt; erlaubt sind „level“, „dontKnow“, „notApplicable“.',
    );
    expect(one({ value: { kind: 'vielleicht' } })).toMatch(/Feld „value\.kind“: erlaubt sind nur .*; gefunden der Text „vielleicht“\.$/);
  });

  it('asks for a whole number as a level, without the bound of safe integers', () => {
    const huge = one({ value: { kind: 'level', level: 1e308 } });
    expect(huge).toMatch(/Feld „value\.level“: erwartet eine ganze Zahl/);
    expect(huge).not.toMatch(/9007199254740991/);
    expect(one({ value: { kind: 'level', level: 2.5 } })).toMatch(
      /Feld „value\.level“: erwartet eine ganze Zahl, gefunden die Zahl 2\.5\.$/,
    );
  });
});

describe('4a. a questionnaire whose texts are all plain strings is refused in one summary', () => {
  const plain = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(plain)
      : v && typeof v === 'object'
        ? 'de' in v
          ? (v as { de: string }).de
          : Object.fromEntries(Object.entries(v).map(([k, x]) => [k, plain(x)]))
        : v;
  const summary =
    'An 34 Stellen steht ein einfacher Text, wo ein Text je Sprache hingehört ({ "de": "…", "en": "…" }), z. B. title, description, scale.levels[0].label (und 31 weitere).';

  it('as a questionnaire file and travelling in an export', () => {
    const fixture = readJson('test/fixtures/mini-4-stufen.json') as Obj;
    expect(refusedJson(plain(fixture))).toEqual([`Fragebogen: ${summary}`]);
    const other = { ...fixture, id: 'anderer', title: 'Anderer' };
    expect(refusedJson(envelope({ questionnaires: [plain({ ...fixture, id: 'erster' }), other] }))).toEqual([
      `Fragebogen 1: ${summary}`,
      'Fragebogen 2, Feld „title“: hier gehört ein Text je Sprache hin, geschrieben als { "de": "…", "en": "…" }; gefunden der Text „Anderer“.',
    ]);
  });
});

describe('5. only a higher format version asks for an update of the app', () => {
  it('calls a missing, null, zero, text or fractional version invalid', () => {
    const noVersion = envelope();
    delete noVersion.formatVersion;
    for (const f of [
      noVersion,
      envelope({ formatVersion: null }),
      envelope({ formatVersion: 0 }),
      envelope({ formatVersion: '1' }),
      envelope({ formatVersion: 1.5 }),
    ]) {
      const errors = refusedJson(f);
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatch(/keine gültige Formatversion/);
      expect(errors[0]).not.toMatch(/aktualisieren/);
    }
  });

  it('asks for an update for a newer version', () => {
    expect(refusedJson(envelope({ formatVersion: 2 }))).toEqual([
      'Die Export-Datei hat die Formatversion 2; diese App liest nur Version 1. Bitte aktualisieren Sie die App auf dem Gerät, das importiert.',
    ]);
  });
});

describe('6. a newer file with an unknown key gets only the update message', () => {
  it('for an export', () => {
    const errors = refusedJson(envelope({ formatVersion: 2, signatur: 'x' }));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/aktualisieren/);
    expect(errors.join('\n')).not.toMatch(/Tippfehler/);
    expect(refusedJson(envelope({ signatur: 'x' })).join('\n')).toMatch(/Tippfehler/);
  });

  it('for a questionnaire file of a newer schema version', () => {
    const newer = { ...(readJson('test/fixtures/mini-4-stufen.json') as Obj), schemaVersion: 2, neuesFeld: true };
    const errors = refusedJson(newer);
    expect(errors).toEqual([
      'Der Fragebogen hat die Schemaversion 2; diese App liest nur Version 1. Bitte aktualisieren Sie die App auf dem Gerät, das importiert.',
    ]);
  });
});

describe('7. an export that contains nothing is refused', () => {
  it('with no assessments, questionnaires or plan items', () => {
    expect(refusedJson(envelope({}, []))).toEqual(['Die Datei enthält keine Einschätzungen, Fragebögen oder Maßnahmen.']);
    expect(refusedJson(envelope({ questionnaires: [], plan: [] }, []))).toEqual([
      'Die Datei enthält keine Einschätzungen, Fragebögen oder Maßnahmen.',
    ]);
  });

  it('but reads a file with only a plan, or only a questionnaire', () => {
    expect(parseImportText(JSON.stringify(envelope({ plan: [planItem()] }, []))).ok).toBe(true);
    expect(parseImportText(JSON.stringify(envelope({ questionnaires: [q] }, []))).ok).toBe(true);
  });
});

describe('8. what a message quotes from the file is printable', () => {
  const hostile = '\u001b[31mrot\u001b[0m\u0007\u009b2J\u202eevil\u2066x\u2069\u007f\u0000';

  it('in values, keys, paths and names', () => {
    const files = [
      envelope({ formatVersion: hostile }),
      envelope({ [hostile]: 1 }),
      envelope({}, [{ assessment: assessment({ date: hostile }), answers: [] }]),
      envelope({}, [{ assessment: assessment({ targets: { [hostile]: 'hoch' } }), answers: [] }]),
      envelope({}, [
        { assessment: assessment({ office: hostile }), answers: [] },
        { assessment: assessment({ office: hostile }), answers: [] },
      ]),
      envelope({ plan: [planItem({ title: hostile }), planItem({ title: hostile })] }),
      JSON.parse(`{"${JSON.stringify(hostile).slice(1, -1)}": {"__proto__": 1}}`) as unknown,
    ];
    for (const f of files) {
      const text = refusedJson(f).join(' ');
      expect(text).not.toMatch(UNPRINTABLE);
      expect(text).not.toMatch(/\[31m/);
    }
  });

  it('in the cross-checks against the questionnaire', () => {
    const parsed = read(
      envelope({}, [
        { assessment: assessment({ office: hostile, targets: { [hostile]: 2 } }), answers: [answer({ questionId: hostile })] },
        { assessment: assessment({ id: 'a2', questionnaireId: hostile, questionnaireVersion: '\u001b[2J' }), answers: [] },
      ]),
    );
    const r = planImport(parsed, knowsMini, new Map());
    if (r.ok) throw new Error('accepted');
    expect(r.errors).toHaveLength(3);
    for (const e of r.errors) expect(e).not.toMatch(UNPRINTABLE);
    expect(r.errors[0]).toMatch(/^Einschätzung 1 \(„�+rot/);
  });
});

describe('9. plan items are checked like assessments', () => {
  it('refuses two plan items with one id', () => {
    const plan = [planItem({ id: 'x' }), planItem({ id: 'x', title: 'Titel' })];
    expect(refusedJson(envelope({ plan }))).toEqual(['Maßnahme 2 („Titel“): die ID „x“ kommt in der Datei doppelt vor.']);
  });

  const withPlan = (measureId: string, items?: unknown[]) => read(envelope({ plan: [planItem({ measureId })] }, items));

  it('refuses a measure the questionnaire does not have, known on the device or travelling with the file', () => {
    const expected =
      'Maßnahme 1 („Aktenkeller räumen“): verweist auf die Maßnahme „gibt-es-nicht“, die es im Fragebogen „mini-4-stufen“ nicht gibt.';
    const onDevice = planImport(
      withPlan('gibt-es-nicht', []),
      () => undefined,
      new Map(),
      (id) => (id === q.id ? [q] : []),
    );
    expect(onDevice).toEqual({ ok: false, errors: [expected] });
    const travelling = planImport(
      read(envelope({ questionnaires: [q], plan: [planItem({ measureId: 'gibt-es-nicht' })] }, [])),
      () => undefined,
      new Map(),
    );
    expect(travelling).toEqual({ ok: false, errors: [expected] });
    // without the lookup by id: the versions the file's assessments name
    expect(planImport(withPlan('gibt-es-nicht'), knowsMini, new Map())).toEqual({ ok: false, errors: [expected] });
  });

  it('accepts a measure of any known version of the questionnaire, and one whose questionnaire is unknown here', () => {
    const older: Questionnaire = { ...q, version: '0.0.9', measures: [{ ...q.measures[0]!, id: 'nur-alt' }] };
    const ids = (id: string) => (id === q.id ? [older, q] : []);
    expect(planImport(withPlan('nur-alt', []), () => undefined, new Map(), ids).ok).toBe(true);
    expect(planImport(withPlan('beta-start', []), () => undefined, new Map(), ids).ok).toBe(true);
    expect(
      planImport(
        withPlan('irgendeine', []),
        () => undefined,
        new Map(),
        () => [],
      ).ok,
    ).toBe(true);
  });
});

describe('clampMessage', () => {
  it('cuts at 300 UTF-16 units, never inside a surrogate pair', () => {
    expect(clampMessage('a'.repeat(300))).toBe('a'.repeat(300));
    expect(clampMessage('a'.repeat(301))).toBe(`${'a'.repeat(299)}…`);
    const emoji = clampMessage('🙂'.repeat(200));
    expect(emoji.length).toBeLessThanOrEqual(300);
    expect(emoji).toBe(`${'🙂'.repeat(149)}…`);
    expect(clampMessage(`a${'🙂'.repeat(200)}`)).toBe(`a${'🙂'.repeat(149)}…`);
  });
});
