import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import {
  DEPENDENCIES,
  allQuestions,
  dependenciesOf,
  parseQuestionnaire,
  parseQuestionnaireFile,
  questionById,
  questionIndex,
  scaleRange,
  digitKeyRange,
} from '../../src/core/questionnaire';
import { perspectivesFor } from '../../src/core/assessment';
import { questionnaireArb, rawQuestionnaireArb } from '../support/arbitraries';
import { mini, readJson } from '../helpers';

const MINI = 'test/fixtures/mini-4-stufen.json';
const clone = (): any => structuredClone(readJson(MINI));

function errorsOf(data: unknown): string[] {
  const r = parseQuestionnaire(data);
  if (r.ok) throw new Error('expected the questionnaire to be rejected');
  return r.errors;
}

const SHAPE = '{ "de": "…", "en": "…" }';
const UNDECLARED =
  'Die Sprachen des Fragebogens nennt „languages“ (ohne die Angabe: Deutsch); ein nur englischer Fragebogen schreibt "languages": ["en"].';

const isText = (v: unknown): v is { de?: string; en?: string } =>
  !!v && typeof v === 'object' && !Array.isArray(v) && ('de' in v || 'en' in v);

/** The questionnaire with every text replaced by `f(text)`. */
function mapped(v: unknown, f: (t: { de?: string; en?: string }) => unknown): unknown {
  if (Array.isArray(v)) return v.map((x) => mapped(x, f));
  if (isText(v)) return f(v);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, mapped(x, f)]));
  return v;
}

/** `mapped`, typed loosely for changing the result in a test. */
const mapTexts = (v: unknown, f: (t: { de?: string; en?: string }) => unknown): any => mapped(v, f);

describe('parseQuestionnaire', () => {
  it('accepts a valid questionnaire with a four-level scale', () => {
    const r = parseQuestionnaire(readJson(MINI));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(scaleRange(r.value)).toEqual({ min: 0, max: 3 });
    expect(allQuestions(r.value).map((x) => x.question.id)).toEqual(['alpha-1', 'alpha-2', 'beta-1']);
  });

  it('accepts a six-level scale when every question has six descriptors', () => {
    const q = clone();
    q.scale.levels = [0, 1, 2, 3, 4, 5].map((v) => ({ value: v, label: { de: `Stufe ${v}` } }));
    for (const d of q.dimensions)
      for (const question of d.questions) question.levels = [0, 1, 2, 3, 4, 5].map((v) => ({ de: `${question.id} ${v}` }));
    expect(parseQuestionnaire(q).ok).toBe(true);
  });

  it('names the missing German title', () => {
    const q = clone();
    delete q.title.de;
    expect(errorsOf(q)).toEqual([`title.de: der Text auf Deutsch fehlt. ${UNDECLARED}`]);
  });

  it('rejects an empty German text', () => {
    const q = clone();
    q.dimensions[0].questions[1].text.de = '   ';
    expect(errorsOf(q)).toEqual(['dimensions[0].questions[1].text.de: darf nicht leer sein.']);
  });

  it('requires a descriptor for every level of the scale', () => {
    const q = clone();
    q.dimensions[1].questions[0].levels.pop();
    expect(errorsOf(q)).toEqual([
      'dimensions[1].questions[0].levels: braucht genau eine Beschreibung je Stufe der Skala: 4 erwartet, 3 gefunden.',
    ]);
  });

  it('finds duplicate question ids across dimensions', () => {
    const q = clone();
    q.dimensions[1].questions[0].id = 'alpha-1';
    expect(errorsOf(q)).toEqual(['dimensions[1].questions[0].id: die Fragen-ID „alpha-1“ kommt mehrfach vor (auch in Dimension „alpha“).']);
  });

  it('finds measures that point at unknown dimensions or levels outside the scale', () => {
    const q = clone();
    q.measures[0].dimension = 'gamma';
    q.measures[1].levels = { min: 3, max: 9 };
    q.measures[2].levels = { min: 2, max: 1 };
    expect(errorsOf(q)).toEqual([
      'measures[0].dimension: verweist auf die Dimension „gamma“, die es nicht gibt (vorhanden: alpha, beta).',
      'measures[1].levels.max: 9 liegt außerhalb der Skala (0 bis 3).',
      'measures[2].levels: „min“ (2) ist größer als „max“ (1).',
    ]);
  });

  it('requires positive weights and targets that are levels', () => {
    const q = clone();
    q.dimensions[0].weight = 0;
    const errors = errorsOf(q);
    expect(errors).toEqual(['dimensions[0].weight: muss größer als 0 sein, gefunden die Zahl 0.']);
    const q2 = clone();
    q2.dimensions[1].defaultTarget = 7;
    expect(errorsOf(q2)).toEqual(['dimensions[1].defaultTarget: das Standard-Ziel 7 ist keine Stufe der Skala (0, 1, 2, 3).']);
  });

  it('reports typos as unknown keys, wrong enums and wrong types, all at once', () => {
    const q = clone();
    q.dimensions[0].questions[0].hlep = { de: 'x' };
    q.measures[0].effort = 'sehr hoch';
    q.dimensions[0].questions[0].allowNotApplicable = 'ja';
    q.version = '1.0';
    const errors = errorsOf(q);
    expect(errors).toContain('dimensions[0].questions[0]: unbekannte Angabe „hlep“ (Tippfehler?).');
    expect(errors).toContain('measures[0].effort: erlaubt sind nur „gering“, „mittel“, „hoch“; gefunden der Text „sehr hoch“.');
    expect(errors).toContain('dimensions[0].questions[0].allowNotApplicable: erwartet true oder false, gefunden der Text „ja“.');
    expect(errors).toContain('version: erwartet eine Versionsnummer wie „1.0.0“, gefunden der Text „1.0“.');
    expect(errors).toHaveLength(4);
  });

  it('rejects unsorted scales and ids that are not kebab-case', () => {
    const q = clone();
    q.scale.levels[2].value = 1;
    q.id = 'Mein Fragebogen';
    const errors = errorsOf(q);
    expect(errors.some((e) => e.startsWith('id: erwartet eine ID aus Kleinbuchstaben, Ziffern und Bindestrichen'))).toBe(true);
    const q2 = clone();
    q2.scale.levels[2].value = 1;
    expect(errorsOf(q2)).toContain('scale.levels[2].value: die Stufen müssen aufsteigend sortiert und eindeutig sein (1 kommt vor 1).');
  });

  it('rejects things that are not questionnaires at all', () => {
    expect(errorsOf(null)).toEqual(['(ganze Datei): erwartet ein Objekt { … }, gefunden null.']);
    expect(errorsOf([])).toEqual(['(ganze Datei): erwartet ein Objekt { … }, gefunden eine Liste.']);
    expect(errorsOf({}).length).toBeGreaterThan(5);
  });

  it('lists the questionnaire perspectives after the built-in ones', () => {
    const r = parseQuestionnaire(readJson(MINI));
    if (!r.ok) throw new Error('fixture invalid');
    expect(perspectivesFor(r.value).map((p) => p.id)).toEqual(['fuehrung', 'mitarbeitende', 'it', 'externe', 'buergerschaft']);
  });
});

describe('messages that help an author (issue 14, item 6)', () => {
  it('shows the expected shape of a text wherever a text is wrong', () => {
    const q = clone();
    q.title = 'Digitale Reife';
    q.description = 42;
    delete q.dimensions[0].title;
    q.measures[0].source = { fr: 'Quelle' };
    q.scale.levels[1].label = {};
    expect(errorsOf(q)).toEqual([
      `title: hier gehört ein Text je Sprache hin, geschrieben als ${SHAPE}; gefunden der Text „Digitale Reife“.`,
      `description: hier gehört ein Text je Sprache hin, geschrieben als ${SHAPE}; gefunden die Zahl 42.`,
      `scale.levels[1].label: hier gehört ein Text je Sprache hin, geschrieben als ${SHAPE}; gefunden ein Objekt ohne Text.`,
      `dimensions[0].title: Pflichtangabe fehlt (erwartet: ein Text je Sprache, geschrieben als ${SHAPE}).`,
      `measures[0].source: unbekannte Sprache „fr“; ein Text je Sprache wird geschrieben als ${SHAPE}.`,
    ]);
  });

  it('names a text without any language once, not again as a missing translation', () => {
    const q = clone();
    q.title = {};
    expect(errorsOf(q)).toEqual([`title: hier gehört ein Text je Sprache hin, geschrieben als ${SHAPE}; gefunden ein Objekt ohne Text.`]);
  });

  it('keeps the „erwartet …, gefunden …“ form inside a text', () => {
    const q = clone();
    q.title.de = 7;
    expect(errorsOf(q)).toEqual(['title.de: erwartet ein Text, gefunden die Zahl 7.']);
  });

  it('says once, with a count and a few places, that every text is a plain string', () => {
    const errors = errorsOf(mapTexts(clone(), (t) => t.de));
    expect(errors).toEqual([
      `An 34 Stellen steht ein einfacher Text, wo ein Text je Sprache hingehört (${SHAPE}), z. B. title, description, scale.levels[0].label (und 31 weitere).`,
    ]);
  });

  it('lists a few plain strings one by one, and counts a summary as one problem of at most 20', () => {
    const q = clone();
    q.title = 'Titel';
    q.dimensions[1].title = 'Beta';
    expect(errorsOf(q)).toEqual([
      `title: hier gehört ein Text je Sprache hin, geschrieben als ${SHAPE}; gefunden der Text „Titel“.`,
      `dimensions[1].title: hier gehört ein Text je Sprache hin, geschrieben als ${SHAPE}; gefunden der Text „Beta“.`,
    ]);
    const many = mapTexts(clone(), (t) => t.de);
    many.dimensions[0].questions[0].allowNotApplicable = 'ja';
    many.measures = Array.from({ length: 30 }, () => 1);
    const errors = errorsOf(many);
    expect(errors).toHaveLength(21);
    expect(errors[0]).toMatch(/^An \d+ Stellen steht ein einfacher Text/);
    expect(errors[1]).toBe('dimensions[0].questions[0].allowNotApplicable: erwartet true oder false, gefunden der Text „ja“.');
    expect(errors[20]).toBe('… und 12 weitere Probleme.');
  });

  it('tells the author of an English-only questionnaire to declare "languages": ["en"]', () => {
    const english = mapTexts(clone(), (t) => ({ en: t.en ?? t.de }));
    expect(errorsOf(english)).toEqual([
      `An 34 Stellen fehlt der Text auf Deutsch, z. B. title.de, description.de, scale.levels[0].label.de (und 31 weitere). ${UNDECLARED}`,
    ]);
    expect(parseQuestionnaire({ ...english, languages: ['en'] }).ok).toBe(true);
  });

  it('names what „languages“ promises when a translation is missing', () => {
    const q = { ...clone(), languages: ['de', 'en'] };
    const errors = errorsOf(q);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^An 32 Stellen fehlt der Text auf Englisch, z\. B\. description\.en, scale\.levels\[0\]\.label\.en/);
    expect(errors[0]).toMatch(/„languages“ verspricht Deutsch und Englisch; ohne Englisch schreiben Sie "languages": \["de"\]\.$/);
    const one = mapTexts(clone(), (t) => ({ de: t.de, en: t.en ?? `${t.de} (en)` }));
    delete one.title.en;
    expect(errorsOf({ ...one, languages: ['de', 'en'] })).toEqual([
      'title.en: der Text auf Englisch fehlt. „languages“ verspricht Deutsch und Englisch; ohne Englisch schreiben Sie "languages": ["de"].',
    ]);
  });

  it('says a missing schemaVersion as a sentence', () => {
    const q = clone();
    delete q.schemaVersion;
    expect(errorsOf(q)).toEqual(['schemaVersion: die Angabe fehlt; erwartet die Zahl 1 (die Version des Dateiformats).']);
  });

  it('lists the allowed values of dependsOn, effort and impact, and says when one is missing', () => {
    const q = clone();
    q.dimensions[0].questions[1].dependsOn = ['kommune'];
    q.measures[0].impact = 'riesig';
    delete q.measures[1].effort;
    expect(errorsOf(q)).toEqual([
      'dimensions[0].questions[1].dependsOn[0]: erlaubt sind nur „bund“, „land“, „efa“, „it-dienstleister“; gefunden der Text „kommune“.',
      'measures[0].impact: erlaubt sind nur „gering“, „mittel“, „hoch“; gefunden der Text „riesig“.',
      'measures[1].effort: die Angabe fehlt; erlaubt sind „gering“, „mittel“, „hoch“.',
    ]);
  });
});

describe('parseQuestionnaireFile', () => {
  it('names the file and the line of a JSON syntax error', () => {
    const text = '{\n  "id": "x",\n  "version": 1.0.0\n}';
    const r = parseQuestionnaireFile('kaputt.json', text);
    expect(r).toEqual({
      ok: false,
      errors: ['kaputt.json: Kein gültiges JSON: Syntaxfehler in Zeile 3, Spalte 17 (unerwartetes Zeichen „.“).'],
    });
  });

  it('says an empty file is empty', () => {
    expect(parseQuestionnaireFile('leer.json', '')).toEqual({ ok: false, errors: ['leer.json: Die Datei ist leer.'] });
  });

  it('prefixes every schema error with the file name', () => {
    const r = parseQuestionnaireFile('x.json', '{"schemaVersion": 2}');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.every((e) => e.startsWith('x.json: '))).toBe(true);
    expect(r.errors).toContain('x.json: schemaVersion: erwartet die Zahl 1 (die Version des Dateiformats), gefunden die Zahl 2.');
  });

  it('accepts a UTF-8 byte order mark', () => {
    expect(parseQuestionnaireFile('bom.json', '\uFEFF' + readFileSync(MINI, 'utf8')).ok).toBe(true);
  });
});

describe('bundled questionnaires', () => {
  for (const id of ['digitale-verwaltung', 'gesundheitsamt']) {
    const path = `questionnaires/${id}.json`;
    it(`${id} is valid, complete and bilingual`, () => {
      expect(existsSync(path)).toBe(true);
      const r = parseQuestionnaireFile(path, readFileSync(path, 'utf8'));
      if (!r.ok) throw new Error(r.errors.join('\n'));
      const q = r.value;
      expect(q.id).toBe(id);
      expect(q.scale.levels).toHaveLength(5);
      expect(q.dimensions.length).toBeGreaterThanOrEqual(8);
      for (const d of q.dimensions) {
        expect(d.questions.length, d.id).toBeGreaterThanOrEqual(3);
        expect(d.questions.length, d.id).toBeLessThanOrEqual(5);
        const measures = q.measures.filter((m) => m.dimension === d.id);
        expect(measures.length, `measures for ${d.id}`).toBeGreaterThanOrEqual(2);
        // every reachable current level below the top has at least one measure
        for (let level = 0; level < 4; level++) {
          expect(
            measures.some((m) => m.levels.min <= level && level <= m.levels.max),
            `${d.id}: a measure for level ${level}`,
          ).toBe(true);
        }
      }
      // every text has an English translation
      const texts: { de: string; en?: string }[] = [];
      const walk = (v: unknown): void => {
        if (Array.isArray(v)) v.forEach(walk);
        else if (v && typeof v === 'object') {
          if ('de' in v) texts.push(v as { de: string; en?: string });
          else Object.values(v).forEach(walk);
        }
      };
      walk(q);
      expect(texts.filter((t) => !t.en).map((t) => t.de)).toEqual([]);
    });
  }

  it('digitale-verwaltung has the nine dimensions of the campaign', () => {
    const r = parseQuestionnaire(readJson('questionnaires/digitale-verwaltung.json'));
    if (!r.ok) throw new Error(r.errors.join('\n'));
    expect(r.value.dimensions.map((d) => d.id)).toEqual([
      'strategie',
      'fuehrung',
      'kompetenzen',
      'prozesse',
      'buergerorientierung',
      'zusammenarbeit',
      'sicherheit',
      'governance',
      'infrastruktur',
    ]);
  });
});

describe('generated questionnaires (the arbitrary the property tests use)', () => {
  it('are valid and cover the allowed shapes', () => {
    const seen = { levels: new Set<number>(), gaps: false, notApplicable: false, dependsOn: false, dimensions: new Set<number>() };
    fc.assert(
      fc.property(rawQuestionnaireArb, (raw) => {
        const r = parseQuestionnaire(raw);
        if (!r.ok) throw new Error(r.errors.join('\n'));
        const q = r.value;
        const values = q.scale.levels.map((l) => l.value);
        expect(values.length).toBeGreaterThanOrEqual(2);
        expect(values.length).toBeLessThanOrEqual(11);
        expect(q.dimensions.length).toBeLessThanOrEqual(6);
        for (const d of q.dimensions) {
          expect(d.questions.length).toBeLessThanOrEqual(5);
          expect(d.weight).toBeGreaterThanOrEqual(0.5);
          expect(d.weight).toBeLessThanOrEqual(3);
        }
        seen.levels.add(values.length);
        seen.dimensions.add(q.dimensions.length);
        seen.gaps ||= values.some((v, i) => i > 0 && v - values[i - 1]! > 1);
        seen.notApplicable ||= allQuestions(q).some((x) => x.question.allowNotApplicable);
        seen.dependsOn ||= allQuestions(q).some((x) => x.question.dependsOn?.length);
      }),
      { numRuns: 200 },
    );
    expect(seen.levels.has(2) && seen.levels.has(11)).toBe(true);
    expect(seen.dimensions.has(1) && seen.dimensions.has(6)).toBe(true);
    expect(seen.gaps && seen.notApplicable && seen.dependsOn).toBe(true);
  });
});

describe('questionById and questionIndex', () => {
  it('find a question with its dimension and its place in questionnaire order', () => {
    const q = mini();
    expect(questionById(q, 'beta-1')).toEqual({ dimension: q.dimensions[1], question: q.dimensions[1]!.questions[0], index: 2 });
    expect(questionById(q, 'alpha-2')?.index).toBe(1);
    expect(questionById(q, 'gamma-1')).toBeUndefined();
    expect(questionById(q, 'constructor')).toBeUndefined();
  });

  it('agree with allQuestions for any questionnaire', () => {
    fc.assert(
      fc.property(questionnaireArb, (q) => {
        const all = allQuestions(q);
        expect(questionIndex(q).size).toBe(all.length);
        all.forEach(({ dimension, question }, i) => {
          const found = questionById(q, question.id)!;
          expect(found.index).toBe(i);
          expect(found.question).toBe(question);
          expect(found.dimension).toBe(dimension);
        });
      }),
    );
  });

  it('build the index once per questionnaire object', () => {
    const q = mini();
    expect(questionIndex(q)).toBe(questionIndex(q));
    const v2 = { ...q, dimensions: q.dimensions.slice(1) };
    expect(questionIndex(v2)).not.toBe(questionIndex(q));
    expect(questionById(v2, 'alpha-1')).toBeUndefined();
    expect(questionById(v2, 'beta-1')?.index).toBe(0);
  });
});

describe('dependenciesOf', () => {
  it('names each dependency of a dimension once, in the order first mentioned', () => {
    const deps = fc.array(fc.constantFrom(...DEPENDENCIES), { maxLength: 3 });
    fc.assert(
      fc.property(fc.array(fc.option(deps, { nil: undefined }), { minLength: 1, maxLength: 5 }), (perQuestion) => {
        const dimension = { questions: perQuestion.map((d) => ({ ...(d ? { dependsOn: d } : {}) })) } as Parameters<
          typeof dependenciesOf
        >[0];
        const expected: string[] = [];
        for (const d of perQuestion) for (const x of d ?? []) if (!expected.includes(x)) expected.push(x);
        expect(dependenciesOf(dimension)).toEqual(expected);
      }),
    );
  });
});

describe('digitKeyRange', () => {
  it('names the levels a digit key chooses: the single-digit values of the scale', () => {
    const q = mini();
    expect(digitKeyRange(q)).toEqual(scaleRange(q));
    const wide = { scale: { levels: [0, 5, 9, 10, 12].map((value) => ({ value, label: { de: `Stufe ${value}` } })) } };
    expect(digitKeyRange(wide as never)).toEqual({ min: 0, max: 9 });
  });
});
