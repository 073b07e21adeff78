import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  arrivalOf,
  buildExport,
  checkAgainst,
  exportFileName,
  nestingDepth,
  parseImportText,
  planImport,
  toExported,
  type ExportedAssessment,
} from '../../src/core/exchange';
import { answersCsv, csvCell, scoresCsv, toCsv } from '../../src/core/csv';
import {
  applyFilter,
  changeOverTime,
  commonBase,
  compareGroups,
  deltasToAll,
  differences,
  disagreementAgenda,
} from '../../src/core/compare';
import type { AnswerRecord, AnswerValue } from '../../src/core/assessment';
import type { Questionnaire } from '../../src/core/questionnaire';
import { exportedAssessmentsArb, planItemArb, questionnaireArb } from '../support/arbitraries';
import { assessment, level, mini, DONT_KNOW, NOT_APPLICABLE, readJson } from '../helpers';

const q = mini();
const at = '2026-11-23T10:00:00.000Z';

function item(values: Record<string, AnswerValue | null>, over = {}, notes: Record<string, string> = {}): ExportedAssessment {
  const a = assessment(over);
  const answers = new Map<string, AnswerRecord>();
  for (const [id, v] of Object.entries(values))
    answers.set(id, { assessmentId: a.id, questionId: id, value: v, ...(notes[id] ? { note: notes[id] } : {}), updatedAt: at });
  return toExported(a, answers);
}

const file = (items: ExportedAssessment[]) => JSON.stringify(buildExport(items, [], '0.1.0', new Date(at)));

describe('export file', () => {
  it('round-trips through text', () => {
    const x = item({ 'alpha-1': level(2), 'beta-1': DONT_KNOW }, {}, { 'beta-1': 'Notiz mit „Umlauten“ 🙂' });
    const r = parseImportText(file([x]));
    expect(r.ok && r.value.kind === 'export' && r.value.file.assessments).toEqual([x]);
  });

  it('leaves answers without value or note out', () => {
    expect(item({ 'alpha-1': null }).answers).toEqual([]);
  });

  it('names files by office, perspective and date, or by count', () => {
    const one = item({}, { office: 'Gesundheitsamt Halle (Saale) – Außenstelle', perspective: 'fuehrung', date: '2026-11-20' });
    expect(exportFileName([one], 'json', '2026-11-23')).toBe('reifegrad-gesundheitsamt-halle-saale-aussenstelle-fuehrung-2026-11-20.json');
    expect(exportFileName([one, one], 'csv', '2026-11-23', '-antworten')).toBe('reifegrad-2-einschaetzungen-2026-11-23-antworten.csv');
  });
});

describe('reading an imported file', () => {
  const bad = (text: string) => {
    const r = parseImportText(text);
    if (r.ok) throw new Error('accepted');
    return r.errors.join(' ');
  };

  it('refuses what is not an export of this app, saying why', () => {
    expect(bad('')).toMatch(/leer/);
    expect(bad('{"a":')).toMatch(/Kein gültiges JSON/);
    expect(bad('[1,2]')).toMatch(/kein JSON-Objekt/);
    expect(bad('{"format":"andere-app"}')).toMatch(/Keine Export-Datei von Reifegrad-Check/);
    expect(bad('{"format":"reifegrad-check-export","formatVersion":9}')).toMatch(/Formatversion 9/);
    expect(bad('['.repeat(100000) + ']'.repeat(100000))).toMatch(/zu tief verschachtelt/);
  });

  it('refuses the keys __proto__, constructor and prototype anywhere, naming the place', () => {
    const x = item({ 'alpha-1': level(1) }, { targets: { alpha: 2 } });
    const forbidden = (where: string) => `${where}: der Schlüssel ist nicht erlaubt (er könnte Programme verändern, die die Datei lesen).`;
    const top = file([x]).replace('"assessments":', '"__proto__":{"polluted":true},"assessments":');
    expect(bad(top)).toBe(forbidden('„__proto__“'));
    expect(bad(file([x]).replace('"answers":', '"constructor":{"prototype":{}},"answers":'))).toBe(
      forbidden('„assessments[0].constructor“'),
    );
    // inside a record the schema itself would let "__proto__" through: JSON.parse makes it an own key,
    // and the record parser drops it (or, for an object value, makes it the prototype of the result)
    const inTargets = file([x]).replace('"targets":{"alpha":2}', '"targets":{"alpha":2,"__proto__":3}');
    expect(inTargets).not.toBe(file([x]));
    expect(bad(inTargets)).toBe(forbidden('„assessments[0].assessment.targets.__proto__“'));
  });

  it('hands on plain data: no "__proto__" key, the ordinary prototype', () => {
    const x = item({ 'alpha-1': level(1) }, { targets: { alpha: 2 } });
    const r = parseImportText(file([x]));
    if (!r.ok || r.value.kind !== 'export') throw new Error('not read');
    const a = r.value.file.assessments[0]!;
    for (const o of [r.value.file, a, a.assessment, a.assessment.targets, a.answers[0]!]) {
      expect(Object.getPrototypeOf(o)).toBe(Object.prototype);
      expect(Object.prototype.hasOwnProperty.call(o, '__proto__')).toBe(false);
    }
  });

  it('refuses duplicates inside a file', () => {
    const x = item({ 'alpha-1': level(1) });
    expect(bad(file([x, x]))).toMatch(/doppelt/);
  });

  it('reads a questionnaire file', () => {
    const r = parseImportText(JSON.stringify(readJson('test/fixtures/mini-4-stufen.json')));
    expect(r.ok && r.value.kind).toBe('questionnaire');
  });

  it('counts nesting outside strings only', () => {
    expect(nestingDepth('{"a":"[[[[[[","b":[{"c":1}]}')).toBe(3);
    expect(nestingDepth('"\\"[["')).toBe(0);
  });
});

describe('checkAgainst', () => {
  it('refuses answers to unknown questions, levels off the scale, and misplaced "trifft nicht zu"', () => {
    const x = item({ 'alpha-1': NOT_APPLICABLE, 'beta-1': level(7), 'gamma-9': level(1) }, { targets: { alpha: 9, zeta: 1 } });
    const errors = checkAgainst(q, x, 'Einschätzung 1');
    expect(errors.join('\n')).toMatch(
      /Einschätzung 1 \(„Gesundheitsamt“\), Antwort 1 \(Frage „alpha-1“\): „trifft nicht zu“ ist bei dieser Frage nicht vorgesehen/,
    );
    expect(errors.join('\n')).toMatch(/Stufe 7 gibt es auf der Skala/);
    expect(errors.join('\n')).toMatch(/Frage „gamma-9“\): diese Frage gibt es im Fragebogen/);
    expect(errors.join('\n')).toMatch(/Soll für „alpha“: 9 ist keine Stufe/);
    expect(errors.join('\n')).toMatch(/die Dimension „zeta“ gibt es nicht/);
  });
});

describe('arrivalOf', () => {
  it('tells new, the same and a different version apart', () => {
    const x = item({ 'alpha-1': level(1) });
    expect(arrivalOf(x, undefined)).toEqual({ kind: 'new' });
    expect(arrivalOf({ ...x, assessment: { ...x.assessment, updatedAt: '2027-01-01T00:00:00.000Z' } }, x)).toEqual({ kind: 'same' });
    const changed = item({ 'alpha-1': level(2) }, { updatedAt: '2026-12-01T00:00:00.000Z' });
    expect(arrivalOf(changed, x)).toEqual({ kind: 'conflict', incomingIsNewer: true });
    expect(arrivalOf(x, changed)).toEqual({ kind: 'conflict', incomingIsNewer: false });
  });
});

describe('CSV for Excel', () => {
  it('neutralises formulas and quotes per RFC 4180', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-2')).toBe("'-2");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('a;b')).toBe('"a;b"');
    expect(csvCell('Zeile 1\nZeile 2')).toBe('"Zeile 1\nZeile 2"');
    expect(csvCell(-0.5)).toBe('-0,5');
    expect(csvCell(2.3333)).toBe('2,33');
    expect(toCsv([['a', 1]])).toBe('\uFEFFa;1\r\n');
  });

  it('writes one row per question and one per dimension', () => {
    const x = item({ 'alpha-1': level(1), 'alpha-2': DONT_KNOW }, { office: '=Amt' }, { 'alpha-1': 'Notiz; mit Semikolon' });
    const answers = answersCsv(
      [x],
      () => q,
      'de',
      (p) => p,
    ).split('\r\n');
    expect(answers[0]).toBe(
      '\uFEFFAmt;Perspektive;Befragte Person;Datum;Fragebogen;Version;Dimension;Frage-ID;Frage;Stufe;Stufenname;Notiz',
    );
    expect(answers).toHaveLength(1 + 3 + 1);
    expect(answers[1]).toMatch(/^'=Amt;mitarbeitende;;2026-11-23;.*;alpha-1;.*;1;.*;"Notiz; mit Semikolon"$/);
    expect(answers[2]).toMatch(/;alpha-2;.*;;weiß nicht;$/);
    const scores = scoresCsv(
      [x],
      () => q,
      'de',
      (p) => p,
    ).split('\r\n');
    expect(scores).toHaveLength(1 + 2 + 1);
    expect(scores[1]).toMatch(/;1;2;1;2;1;1;0;0$/); // Ist 1, Soll 2, Lücke 1, Gewicht 2, 1 bewertet, 1 weiß nicht
  });
});

describe('compare', () => {
  const r = (office: string, perspective: string, date: string, a1: number, b1: number) => ({
    assessment: assessment({ id: `${office}-${perspective}-${date}`, office, perspective, date }),
    answers: new Map<string, AnswerRecord>([
      ['alpha-1', { assessmentId: 'x', questionId: 'alpha-1', value: level(a1), updatedAt: at }],
      ['beta-1', { assessmentId: 'x', questionId: 'beta-1', value: level(b1), updatedAt: at }],
    ]),
  });
  const items = [
    r('A', 'fuehrung', '2026-01-10', 3, 1),
    r('A', 'mitarbeitende', '2026-01-10', 1, 1),
    r('A', 'mitarbeitende', '2026-06-10', 2, 2),
    r('B', 'fuehrung', '2026-01-10', 0, 3),
  ];

  it('filters by questionnaire, office, perspective and dates', () => {
    const f = { questionnaireId: 'mini-4-stufen', offices: ['A'], perspectives: [], from: '2026-02-01', to: '' };
    expect(applyFilter(items, f).map((i) => i.assessment.id)).toEqual(['A-mitarbeitende-2026-06-10']);
    expect(applyFilter(items, { ...f, questionnaireId: 'other', offices: [], from: '' })).toEqual([]);
  });

  it('puts perspectives side by side, largest difference first', () => {
    const a = items.filter((i) => i.assessment.office === 'A');
    const groups = compareGroups(q, a, 'perspective');
    expect(groups.map((g) => [g.key, g.n])).toEqual([
      ['fuehrung', 1],
      ['mitarbeitende', 2],
    ]);
    const diff = differences(q, groups);
    expect(diff[0]).toEqual({ dimensionId: 'alpha', medians: [3, 1.5], difference: 1.5 });
  });

  it('gives offices deltas to the median of all, and disagreement as an agenda', () => {
    const groups = compareGroups(q, items, 'office');
    const { reference, deltas } = deltasToAll(q, groups);
    expect(reference).toEqual([1, 2]); // alpha: A 2 (median of 3,1,2), B 0 → 1
    expect(deltas).toEqual([
      [1, -1],
      [-1, 1],
    ]);
    const agenda = disagreementAgenda(compareGroups(q, items.slice(0, 3), 'office')[0]!.aggregate);
    expect(agenda.map((x) => x.questionId)).toEqual(['alpha-1']);
  });

  it('shows the change over time', () => {
    const byDate = compareGroups(q, items.slice(1, 3), 'date');
    expect(changeOverTime(q, byDate)).toEqual([
      { dimensionId: 'alpha', first: 1, last: 2, change: 1 },
      { dimensionId: 'beta', first: 1, last: 2, change: 1 },
    ]);
  });

  it('compares versions on the questions they share', () => {
    const v2 = { ...q, version: '0.2.0', dimensions: q.dimensions.map((d) => ({ ...d, questions: d.questions.slice(0, 1) })) };
    const base = commonBase([v2, q]);
    expect(base.versions).toEqual([q.version, '0.2.0']);
    expect(base.dropped).toBe(0);
    expect(commonBase([q, v2]).questionnaire.dimensions.flatMap((d) => d.questions.map((x) => x.id))).toEqual(['alpha-1', 'beta-1']);
    const v3 = { ...q, version: '0.3.0' };
    const both = commonBase([v2, v3]);
    expect(both.dropped).toBe(1);
    expect(both.questionnaire.version).toBe('0.3.0');
  });
});

// ---- round trips over generated assessments ------------------------------------------------------

/** A strict RFC 4180 reader for what Excel gets: BOM, ";" between cells, CRLF after every record,
 * quoted cells with doubled quotes inside. Anything else (a bare line break or a stray quote outside
 * quotes, a record without CRLF) throws. */
function readCsv(text: string): string[][] {
  if (!text.startsWith('\uFEFF')) throw new Error('no BOM');
  const s = text.slice(1);
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  let atStart = true;
  while (i < s.length) {
    const c = s[i]!;
    if (atStart && c === '"') {
      // a quoted cell: up to the closing quote, "" stands for one quote
      i++;
      for (;;) {
        if (i >= s.length) throw new Error('unclosed quote');
        if (s[i] === '"') {
          if (s[i + 1] === '"') {
            cell += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        cell += s[i];
        i++;
      }
      if (i < s.length && s[i] !== ';' && !s.startsWith('\r\n', i)) throw new Error(`text after a closing quote at ${i}`);
      atStart = false;
      continue;
    }
    if (c === ';') {
      row.push(cell);
      cell = '';
      atStart = true;
      i++;
    } else if (s.startsWith('\r\n', i)) {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      atStart = true;
      i += 2;
    } else if (c === '\r' || c === '\n' || c === '"') {
      throw new Error(`unquoted ${JSON.stringify(c)} at ${i}`);
    } else {
      cell += c;
      atStart = false;
      i++;
    }
  }
  if (cell !== '' || row.length) throw new Error('the last record has no CRLF');
  return rows;
}

/** What a text cell must read as in the spreadsheet: formula starters (also behind blanks and
 * quotes, and in full-width or small form) get an apostrophe. */
const textCell = (s: string) => (/^[\s"]*[=+\-@\uff1d\uff0b\uff0d\uff20\ufe62\ufe63\ufe66\ufe6b]|^[\t\r]/.test(s) ? `'${s}` : s);

describe('readCsv (the test’s own reader)', () => {
  it('reads quoted cells, doubled quotes and line breaks, and refuses what RFC 4180 does not allow', () => {
    expect(readCsv('\uFEFFa;"b;""c""\r\nd";\r\n"";x\r\n')).toEqual([
      ['a', 'b;"c"\r\nd', ''],
      ['', 'x'],
    ]);
    expect(() => readCsv('a;b\r\n')).toThrow(/BOM/);
    expect(() => readCsv('\uFEFFa\nb\r\n')).toThrow(/unquoted/);
    expect(() => readCsv('\uFEFFa"b\r\n')).toThrow(/unquoted/);
    expect(() => readCsv('\uFEFF"a"b\r\n')).toThrow(/closing quote/);
    expect(() => readCsv('\uFEFFa;b')).toThrow(/CRLF/);
  });
});

const generated = questionnaireArb.chain((q) =>
  fc.record({ q: fc.constant(q), items: exportedAssessmentsArb(q), lang: fc.constantFrom('de' as const, 'en' as const) }),
);
const perspectiveName = (p: string) => `@${p}`; // a formula starter, so the perspective column is neutralised too

describe('CSV round trip (property-based)', () => {
  it('answersCsv reads back as exactly the rows, formulas neutralised', () => {
    fc.assert(
      fc.property(generated, ({ q, items, lang }) => {
        const rows = readCsv(
          answersCsv(
            items.map((x) => x.written),
            () => q,
            lang,
            perspectiveName,
          ),
        );
        const t = (x: { de?: string; en?: string }) => (lang === 'en' ? (x.en ?? x.de) : x.de) ?? '';
        const expected: string[][] = [];
        for (const { written } of items) {
          const a = written.assessment;
          const byId = new Map(written.answers.map((x) => [x.questionId, x]));
          for (const d of q.dimensions)
            for (const question of d.questions) {
              const answer = byId.get(question.id);
              const v = answer?.value ?? null;
              const name =
                v === null
                  ? ''
                  : v.kind === 'level'
                    ? t(q.scale.levels.find((l) => l.value === v.level)!.label)
                    : v.kind === 'dontKnow'
                      ? lang === 'de'
                        ? 'weiß nicht'
                        : "don't know"
                      : lang === 'de'
                        ? 'trifft nicht zu'
                        : 'not applicable';
              expected.push(
                [
                  a.office,
                  perspectiveName(a.perspective),
                  a.respondent ?? '',
                  a.date,
                  t(q.title),
                  q.version,
                  t(d.title),
                  question.id,
                  t(question.text),
                ]
                  .map(textCell)
                  .concat([v?.kind === 'level' ? String(v.level) : '', textCell(name), textCell(answer?.note ?? '')]),
              );
            }
        }
        expect(rows.slice(1)).toEqual(expected);
        expect(rows[0]).toHaveLength(12);
      }),
    );
  });

  it('scoresCsv writes numbers with a decimal comma that read back as the scores', () => {
    const number = /^-?\d+(,\d{1,2})?$/;
    const asNumber = (cell: string) => {
      expect(cell).toMatch(number);
      return Number(cell.replace(',', '.'));
    };
    fc.assert(
      fc.property(generated, ({ q, items, lang }) => {
        const rows = readCsv(
          scoresCsv(
            items.map((x) => x.written),
            () => q,
            lang,
            perspectiveName,
          ),
        ).slice(1);
        expect(rows).toHaveLength(items.length * q.dimensions.length);
        rows.forEach((row, r) => {
          const { assessment: a, answers } = items[Math.floor(r / q.dimensions.length)]!.written;
          const d = q.dimensions[r % q.dimensions.length]!;
          const values = d.questions.map((x) => answers.find((y) => y.questionId === x.id)?.value ?? null);
          const levels = values.flatMap((v) => (v?.kind === 'level' ? [v.level] : []));
          const target = a.targets[d.id] ?? d.defaultTarget;
          const score = levels.length ? levels.reduce((x, y) => x + y, 0) / levels.length : null;
          const [, ist, soll, gap, weight, rated, dontKnow, notApplicable, open] = row.slice(6);
          if (score === null) expect([ist, gap]).toEqual(['', '']);
          else {
            expect(Math.abs(asNumber(ist!) - score)).toBeLessThanOrEqual(0.005 + 1e-9);
            expect(Math.abs(asNumber(gap!) - (target - score))).toBeLessThanOrEqual(0.005 + 1e-9);
          }
          expect(asNumber(soll!)).toBe(target);
          expect(Math.abs(asNumber(weight!) - d.weight)).toBeLessThanOrEqual(0.005 + 1e-9);
          expect([rated, dontKnow, notApplicable, open]).toEqual(
            [
              levels.length,
              values.filter((v) => v?.kind === 'dontKnow').length,
              values.filter((v) => v?.kind === 'notApplicable').length,
              values.filter((v) => v === null).length,
            ].map(String),
          );
        });
      }),
    );
  });
});

describe('export → import round trip (property-based)', () => {
  it('gives back every assessment and plan item, with UTC timestamps, and the second time says "same"', () => {
    // plan items with distinct ids (a file with one id twice is refused)
    const planArb = (q: Questionnaire) => fc.uniqueArray(planItemArb(q), { maxLength: 3, selector: (p) => p.written.id });
    const arb = questionnaireArb.chain((q) => fc.record({ q: fc.constant(q), items: exportedAssessmentsArb(q), plan: planArb(q) }));
    fc.assert(
      fc.property(arb, ({ q, items, plan }) => {
        const file = buildExport(
          items.map((x) => x.written),
          [q],
          '0.1.0',
          new Date('2026-11-23T10:00:00.000Z'),
          plan.map((p) => p.written),
        );
        const parsed = parseImportText(JSON.stringify(file));
        if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
        const first = planImport(parsed.value, () => undefined, new Map());
        if (!first.ok) throw new Error(first.errors.join('\n'));
        expect(first.value.questionnaires).toEqual([q]);
        expect(first.value.items.map((x) => x.item)).toEqual(items.map((x) => x.canonical));
        expect(first.value.items.map((x) => x.arrival)).toEqual(items.map(() => ({ kind: 'new' })));
        expect(first.value.plan).toEqual(plan.map((p) => p.canonical));

        const stored = new Map(first.value.items.map((x) => [x.item.assessment.id, x.item]));
        const second = planImport(parsed.value, (id, v) => (id === q.id && v === q.version ? q : undefined), stored);
        if (!second.ok) throw new Error(second.errors.join('\n'));
        expect(second.value.knownQuestionnaires).toBe(1);
        expect(second.value.items.map((x) => x.arrival)).toEqual(items.map(() => ({ kind: 'same' })));
        // the copies as first written (other offsets, same instants and content) are the same too
        const asWritten = new Map(items.map((x) => [x.written.assessment.id, x.written]));
        const third = planImport(parsed.value, () => q, asWritten);
        expect(third.ok && third.value.items.map((x) => x.arrival)).toEqual(items.map(() => ({ kind: 'same' })));
      }),
      { numRuns: 60 },
    );
  });
});
