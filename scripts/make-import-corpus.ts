// Writes test/fixtures/import-corpus/: malformed and hostile import files, each with the German
// message fragment the import must answer with (manifest.json). Run: npx tsx scripts/make-import-corpus.ts
// The files are committed; this script documents how they were made and can remake them.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

const DIR = 'test/fixtures/import-corpus';
type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

const questionnaire = JSON.parse(readFileSync('questionnaires/digitale-verwaltung.json', 'utf8')) as { [k: string]: Json };
const at = '2026-11-20T09:00:00.000Z';
const assessment = (over: Record<string, Json> = {}): { [k: string]: Json } => ({
  id: 'korpus-1',
  questionnaireId: 'digitale-verwaltung',
  questionnaireVersion: '1.0.0',
  office: 'Gesundheitsamt',
  perspective: 'mitarbeitende',
  date: '2026-11-20',
  createdAt: at,
  updatedAt: at,
  targets: {},
  ...over,
});
const answer = (over: Record<string, Json> = {}): { [k: string]: Json } => ({
  questionId: 'strategie-beschluss',
  value: { kind: 'level', level: 2 },
  updatedAt: at,
  ...over,
});
const envelope = (
  over: Record<string, Json> = {},
  items: Json[] = [{ assessment: assessment(), answers: [answer()] }],
): { [k: string]: Json } => ({
  format: 'reifegrad-check-export',
  formatVersion: 1,
  appVersion: '0.1.0',
  exportedAt: at,
  assessments: items,
  ...over,
});
const withAssessment = (over: Record<string, Json>) => envelope({}, [{ assessment: assessment(over), answers: [answer()] }]);
const withAnswer = (over: Record<string, Json>) => envelope({}, [{ assessment: assessment(), answers: [answer(over)] }]);
const without = (o: { [k: string]: Json }, key: string) => Object.fromEntries(Object.entries(o).filter(([k]) => k !== key));

interface Case {
  name: string;
  kind: 'syntax' | 'envelope' | 'assessment' | 'answer' | 'semantic' | 'hostile' | 'questionnaire';
  /** the file's text */
  text: string;
  /** a regular expression the German message must match */
  expect: string;
}
const cases: Case[] = [];
const add = (kind: Case['kind'], name: string, content: Json | string, expect: string) =>
  cases.push({ kind, name, text: typeof content === 'string' ? content : JSON.stringify(content, null, 1), expect });

// ---- syntax
const good = JSON.stringify(envelope(), null, 1);
add('syntax', 'leer', '', 'leer');
add('syntax', 'nur-leerzeichen', '   \n\t ', 'leer');
add('syntax', 'nur-bom', '\uFEFF', 'leer');
add('syntax', 'abgeschnitten-mitte', good.slice(0, Math.floor(good.length / 2)), 'Kein gültiges JSON');
add('syntax', 'abgeschnitten-ende', good.slice(0, -1), 'Kein gültiges JSON');
add('syntax', 'komma-am-ende', good.replace(/\n}$/, ',\n}'), 'Kein gültiges JSON');
add('syntax', 'einfache-anfuehrungszeichen', good.replace(/"/g, "'"), 'Kein gültiges JSON');
add('syntax', 'kommentar', `// Export\n${good}`, 'Kein gültiges JSON');
add('syntax', 'nan', good.replace('"formatVersion": 1', '"formatVersion": NaN'), 'Kein gültiges JSON');
add('syntax', 'binaer', '\u0000\u0001\u0002PK\u0003\u0004', 'Kein gültiges JSON');
add('syntax', 'csv-statt-json', 'Amt;Perspektive;Datum\nGesundheitsamt;mitarbeitende;2026-11-20\n', 'Kein gültiges JSON');
add('syntax', 'html-seite', '<!doctype html><html><body><script>alert(1)</script></body></html>', 'Kein gültiges JSON');
add('syntax', 'zwei-objekte', `${good}\n${good}`, 'Kein gültiges JSON');
add('syntax', 'ungueltiges-escape', good.replace('"Gesundheitsamt"', '"Gesundheits\\qamt"'), 'Kein gültiges JSON');
add('syntax', 'steuerzeichen-im-text', good.replace('"Gesundheitsamt"', '"Gesundheits\u0001amt"'), 'Kein gültiges JSON');

// ---- the envelope
add('envelope', 'liste-statt-objekt', [envelope()], 'kein JSON-Objekt');
add('envelope', 'zahl', 42, 'kein JSON-Objekt');
add('envelope', 'text', '"Export"', 'kein JSON-Objekt');
add('envelope', 'null', null, 'kein JSON-Objekt');
add('envelope', 'leeres-objekt', {}, 'Keine Export-Datei von Reifegrad-Check');
add('envelope', 'anderes-format', envelope({ format: 'limesurvey-export' }), 'Keine Export-Datei von Reifegrad-Check');
add('envelope', 'format-fehlt', without(envelope(), 'format'), 'Keine Export-Datei von Reifegrad-Check');
add('envelope', 'formatversion-2', envelope({ formatVersion: 2 }), 'Formatversion 2');
add('envelope', 'formatversion-text', envelope({ formatVersion: '1' }), 'Formatversion "1"');
add('envelope', 'formatversion-fehlt', without(envelope(), 'formatVersion'), 'Formatversion undefined');
add('envelope', 'assessments-fehlt', without(envelope(), 'assessments'), 'assessments: Pflichtangabe fehlt');
add('envelope', 'assessments-objekt', envelope({ assessments: {} }), 'assessments: erwartet eine Liste');
add('envelope', 'exportedat-kaputt', envelope({ exportedAt: 'gestern' }), 'exportedAt: hat nicht das erwartete Format');
add('envelope', 'appversion-zahl', envelope({ appVersion: 1 }), 'appVersion: erwartet ein Text');
add('envelope', 'unbekanntes-feld', envelope({ signature: 'abc' }), 'unbekannte Angabe „signature“');
add('envelope', 'questionnaires-objekt', envelope({ questionnaires: {} }), 'questionnaires: erwartet eine Liste');
add('envelope', 'eintrag-null', envelope({}, [null]), 'assessments\\[0\\]: erwartet ein Objekt');
add('envelope', 'eintrag-ohne-answers', envelope({}, [{ assessment: assessment() }]), 'assessments\\[0\\]\\.answers: Pflichtangabe fehlt');
add('envelope', 'eintrag-ohne-assessment', envelope({}, [{ answers: [] }]), 'assessments\\[0\\]\\.assessment: Pflichtangabe fehlt');
add('envelope', 'eintrag-extra-feld', envelope({}, [{ assessment: assessment(), answers: [], extra: 1 }]), 'unbekannte Angabe „extra“');

// ---- the assessment record
for (const key of ['id', 'questionnaireId', 'questionnaireVersion', 'office', 'perspective', 'date', 'createdAt', 'updatedAt', 'targets'])
  add(
    'assessment',
    `fehlt-${key}`,
    envelope({}, [{ assessment: without(assessment(), key), answers: [] }]),
    `assessment\\.${key}: Pflichtangabe fehlt`,
  );
for (const [key, value, expect] of [
  ['id', 7, 'id: erwartet ein Text'],
  ['id', '', 'id: eine ID aus Buchstaben'],
  ['id', 'x'.repeat(101), 'id: eine ID aus Buchstaben'],
  ['office', '', 'office: darf nicht leer sein'],
  ['office', '   ', 'office: darf nicht leer sein'],
  ['office', 'A'.repeat(201), 'office: ist zu lang'],
  ['office', ['Amt'], 'office: erwartet ein Text'],
  ['perspective', null, 'perspective: erwartet ein Text'],
  ['respondent', 12, 'respondent: erwartet ein Text'],
  ['date', '20.11.2026', 'date: hat nicht das erwartete Format'],
  ['date', '2026-13-45', 'date: hat nicht das erwartete Format'],
  ['createdAt', '2026-11-20', 'createdAt: hat nicht das erwartete Format'],
  ['updatedAt', 1763629200000, 'updatedAt: erwartet ein Text'],
  ['targets', [], 'targets: erwartet ein Objekt'],
  ['targets', { strategie: 'hoch' }, 'targets\\.strategie: erwartet eine Zahl'],
  ['questionnaireVersion', '', 'questionnaireVersion: darf nicht leer sein'],
] as [string, Json, string][])
  add('assessment', `falsch-${key}-${cases.length}`, withAssessment({ [key]: value }), expect);
add('assessment', 'extra-feld', withAssessment({ admin: true }), 'unbekannte Angabe „admin“');

// ---- answers
for (const key of ['questionId', 'value', 'updatedAt'])
  add(
    'answer',
    `fehlt-${key}`,
    envelope({}, [{ assessment: assessment(), answers: [without(answer(), key)] }]),
    `answers\\[0\\]\\.${key}: Pflichtangabe fehlt`,
  );
for (const [name, over, expect] of [
  ['stufe-text', { value: { kind: 'level', level: '2' } }, 'level: erwartet eine Zahl'],
  ['stufe-komma', { value: { kind: 'level', level: 2.5 } }, 'level: erwartet eine ganze Zahl'],
  ['stufe-ohne-level', { value: { kind: 'level' } }, 'level: Pflichtangabe fehlt'],
  ['art-unbekannt', { value: { kind: 'vielleicht' } }, 'passt zu keiner der erlaubten Formen|erlaubt sind nur'],
  ['wert-zahl', { value: 3 }, 'erwartet ein Objekt|passt zu keiner'],
  ['wert-extra', { value: { kind: 'dontKnow', level: 2 } }, 'unbekannte Angabe „level“'],
  ['notiz-zu-lang', { note: 'x'.repeat(5001) }, 'note: ist zu lang'],
  ['notiz-zahl', { note: 5 }, 'note: erwartet ein Text'],
  ['frage-leer', { questionId: '' }, 'questionId: darf nicht leer sein'],
  ['frage-zu-lang', { questionId: 'q'.repeat(81) }, 'questionId: ist zu lang'],
  ['zeit-kaputt', { updatedAt: 'jetzt' }, 'updatedAt: hat nicht das erwartete Format'],
  ['extra-feld', { author: 'x' }, 'unbekannte Angabe „author“'],
] as [string, Record<string, Json>, string][])
  add('answer', name, withAnswer(over), expect);
add('answer', 'answers-objekt', envelope({}, [{ assessment: assessment(), answers: { a: 1 } }]), 'answers: erwartet eine Liste');

// ---- meaning: checked against the questionnaire and the file
add(
  'semantic',
  'unbekannte-frage',
  withAnswer({ questionId: 'gibt-es-nicht' }),
  'Frage „gibt-es-nicht“\\): diese Frage gibt es im Fragebogen',
);
add('semantic', 'stufe-ausserhalb', withAnswer({ value: { kind: 'level', level: 9 } }), 'Stufe 9 gibt es auf der Skala');
add('semantic', 'stufe-negativ', withAnswer({ value: { kind: 'level', level: -1 } }), 'Stufe -1 gibt es auf der Skala');
add('semantic', 'soll-keine-stufe', withAssessment({ targets: { strategie: 7 } }), 'Soll für „strategie“: 7 ist keine Stufe');
add('semantic', 'soll-unbekannte-dimension', withAssessment({ targets: { raumfahrt: 2 } }), 'die Dimension „raumfahrt“ gibt es nicht');
add(
  'semantic',
  'fragebogen-unbekannt',
  withAssessment({ questionnaireId: 'schulamt' }),
  'Fragebogen „schulamt“ in Version 1.0.0, der auf diesem Gerät fehlt',
);
add(
  'semantic',
  'fragebogen-version-unbekannt',
  withAssessment({ questionnaireVersion: '9.9.9' }),
  'in Version 9.9.9, der auf diesem Gerät fehlt',
);
add(
  'semantic',
  'doppelte-einschaetzung',
  envelope({}, [
    { assessment: assessment(), answers: [] },
    { assessment: assessment(), answers: [] },
  ]),
  'kommt in der Datei doppelt vor',
);
add('semantic', 'doppelte-antwort', envelope({}, [{ assessment: assessment(), answers: [answer(), answer()] }]), 'ist doppelt beantwortet');
add(
  'semantic',
  'eine-gute-eine-schlechte',
  envelope({}, [
    { assessment: assessment({ id: 'gut' }), answers: [answer()] },
    { assessment: assessment({ id: 'schlecht' }), answers: [answer({ questionId: 'nix' })] },
  ]),
  'Einschätzung 2 \\(„Gesundheitsamt“\\)',
);

// ---- questionnaires in a file
const changedBundled = { ...questionnaire, title: { de: 'Geändert', en: 'Changed' } };
add(
  'questionnaire',
  'geaenderter-mitgelieferter',
  envelope({ questionnaires: [changedBundled] }),
  'schon vorhanden, aber mit anderem Inhalt',
);
add(
  'questionnaire',
  'fragebogen-kaputt-im-export',
  envelope({ questionnaires: [{ ...questionnaire, dimensions: 'keine' }] }),
  'questionnaires\\[0\\]: dimensions: erwartet eine Liste',
);
add('questionnaire', 'fragebogen-leer', { schemaVersion: 1, dimensions: [] }, 'Fragebogen: ');
add(
  'questionnaire',
  'fragebogen-ohne-stufen',
  { ...questionnaire, scale: { levels: [] } },
  'scale\\.levels: braucht mindestens 2 Einträge',
);
add('questionnaire', 'fragebogen-schemaversion-2', { ...questionnaire, schemaVersion: 2 }, 'schemaVersion: erlaubt sind nur 1');
add('questionnaire', 'fragebogen-geaendert-gleiche-version', changedBundled, 'schon vorhanden, aber mit anderem Inhalt');
add('questionnaire', 'fragebogen-id-ungueltig', { ...questionnaire, id: 'Schul Amt!' }, 'id: .*nur Kleinbuchstaben');

// ---- hostile
add(
  'hostile',
  'proto-oben',
  good.replace('"format":', '"__proto__": {"isAdmin": true},\n "format":'),
  '„__proto__“: der Schlüssel ist nicht erlaubt',
);
add(
  'hostile',
  'proto-in-assessment',
  good.replace('"id": "korpus-1"', '"__proto__": {"x": 1}, "id": "korpus-1"'),
  '„assessments\\[0\\]\\.assessment\\.__proto__“: der Schlüssel ist nicht erlaubt',
);
add('hostile', 'proto-in-targets', withAssessment({ targets: JSON.parse('{"__proto__": {"polluted": 1}}') as Json }), '__proto__');
add(
  'hostile',
  'constructor',
  withAssessment({ constructor: { prototype: { polluted: true } } }),
  '„assessments\\[0\\]\\.assessment\\.constructor“: der Schlüssel ist nicht erlaubt',
);
add(
  'hostile',
  'prototype-im-wert',
  withAnswer({ value: JSON.parse('{"kind":"dontKnow","__proto__":{"kind":"level"}}') as Json }),
  '__proto__',
);
add('hostile', 'tiefe-verschachtelung', '['.repeat(5000) + ']'.repeat(5000), 'zu tief verschachtelt');
add('hostile', 'tiefe-verschachtelung-objekte', '{"a":'.repeat(100) + '1' + '}'.repeat(100), 'zu tief verschachtelt');
add(
  'hostile',
  'tiefe-im-feld',
  envelope({ questionnaires: [JSON.parse('['.repeat(60) + ']'.repeat(60)) as Json] }),
  'zu tief verschachtelt',
);
add(
  'hostile',
  'zu-viele-antworten',
  envelope({}, [{ assessment: assessment(), answers: Array.from({ length: 1001 }, (_, i) => answer({ questionId: `q${i}` })) }]),
  'answers: hat zu viele Einträge \\(höchstens 1000\\)',
);
add(
  'hostile',
  'zu-viele-frageboegen',
  envelope({ questionnaires: Array.from({ length: 51 }, () => 0) }),
  'questionnaires: hat zu viele Einträge',
);
add('hostile', 'riesiger-amtsname', withAssessment({ office: 'A'.repeat(100_000) }), 'office: ist zu lang');
add('hostile', 'riesige-notiz', withAnswer({ note: '<b>'.repeat(50_000) }), 'note: ist zu lang');
add('hostile', 'script-als-format', envelope({ format: '<script>alert(1)</script>' }), 'Keine Export-Datei');
add('hostile', 'riesige-zahl', withAnswer({ value: { kind: 'level', level: 1e308 } }), 'level');
add('hostile', 'unicode-steuerzeichen-id', withAssessment({ id: '\u202e\u0000' }), 'assessment\\.id: eine ID aus Buchstaben, Ziffern');
add('hostile', 'html-als-id', withAssessment({ id: '<img src=x onerror=alert(1)>' }), 'assessment\\.id: eine ID aus Buchstaben, Ziffern');
add('hostile', 'sehr-lange-zeile', envelope({ appVersion: 'x'.repeat(41) }), 'appVersion: ist zu lang');
add(
  'hostile',
  'html-als-version',
  withAssessment({ questionnaireVersion: '<img src=x onerror=alert(1)>' }),
  'questionnaireVersion: ist zu lang|der auf diesem Gerät fehlt',
);
add('hostile', 'javascript-url-als-frage', withAnswer({ questionId: 'javascript:alert(1)' }), 'diese Frage gibt es im Fragebogen');

rmSync(DIR, { recursive: true, force: true });
mkdirSync(DIR, { recursive: true });
const manifest = cases.map((c, i) => {
  const file = `${String(i + 1).padStart(3, '0')}-${c.kind}-${c.name}.json`;
  writeFileSync(`${DIR}/${file}`, c.text);
  return { file, kind: c.kind, expect: c.expect };
});
writeFileSync(`${DIR}/manifest.json`, JSON.stringify(manifest, null, 1) + '\n');
const byKind = manifest.reduce<Record<string, number>>((m, c) => ({ ...m, [c.kind]: (m[c.kind] ?? 0) + 1 }), {});
console.log(`${manifest.length} files in ${DIR}:`, byKind);
