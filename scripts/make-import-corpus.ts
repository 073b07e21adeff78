// Writes test/fixtures/import-corpus/: malformed and hostile import files, each with the German
// message fragment the import must answer with (manifest.json). Run: npx tsx scripts/make-import-corpus.ts
// The files are committed; this script documents how they were made and can remake them.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

const DIR = 'test/fixtures/import-corpus';
type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

const questionnaire = JSON.parse(readFileSync('questionnaires/digitale-verwaltung.json', 'utf8')) as { [k: string]: Json };
const small = JSON.parse(readFileSync('test/fixtures/mini-4-stufen.json', 'utf8')) as { [k: string]: Json };
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

// message parts that many cases share (as regular expressions)
const UPDATE_APP = 'Bitte aktualisieren Sie die App auf dem Gerät, das importiert\\.';
const UPDATE = `Die Export-Datei hat die Formatversion 2; diese App liest nur Version 1\\. ${UPDATE_APP}`;
const NO_VERSION = 'Die Export-Datei hat keine gültige Formatversion: das Feld „formatVersion“ müsste die Zahl 1 sein; ';
const INSTANT = 'ein Zeitpunkt wie 2026-11-23T10:00:00Z';
const DATE = 'ein Datum wie 2026-11-23';
const KINDS = 'erlaubt sind nur „level“, „dontKnow“, „notApplicable“';
const BROKEN = ' Die Datei ist beschädigt oder keine Datei dieser App\\.$';

/** Line and column (from 1) of an offset, as an editor shows them: the place a syntax error must name. */
function place(text: string, offset: number): string {
  const lines = text.slice(0, offset).split('\n');
  return `Zeile ${lines.length}, Spalte ${[...lines.at(-1)!].length + 1}`;
}
/** The expected message of a syntax error at `offset`, the character there shown as `shown`. */
const syntaxAt = (text: string, offset: number, shown: string) =>
  `^Kein gültiges JSON: Syntaxfehler in ${place(text, offset)} \\(unerwartetes Zeichen ${shown}\\)\\.${BROKEN}`;

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
const EMPTY = '^Die Datei ist leer\\.$';
add('syntax', 'leer', '', EMPTY);
add('syntax', 'nur-leerzeichen', '   \n\t ', EMPTY);
add('syntax', 'nur-bom', '\uFEFF', EMPTY);
/** A file that ends too early: the place is its end. */
const truncated = (text: string) => `^Kein gültiges JSON: die Datei endet unerwartet in ${place(text, text.length)}\\.${BROKEN}`;
/** A syntax error at the first occurrence of `marker` (at `skip` characters into it). */
function syntax(name: string, text: string, marker: string, shown: string, skip = 0) {
  add('syntax', name, text, syntaxAt(text, text.indexOf(marker) + skip, shown));
}
const half = good.slice(0, Math.floor(good.length / 2));
add('syntax', 'abgeschnitten-mitte', half, truncated(half));
add('syntax', 'abgeschnitten-ende', good.slice(0, -1), truncated(good.slice(0, -1)));
syntax('komma-am-ende', good.replace(/\n}$/, ',\n}'), ',\n}', '„\\}“', 2);
syntax('einfache-anfuehrungszeichen', good.replace(/"/g, "'"), "'", "„'“");
syntax('kommentar', `// Export\n${good}`, '//', '„/“');
syntax('nan', good.replace('"formatVersion": 1', '"formatVersion": NaN'), 'NaN', '„N“');
syntax('binaer', '\u0000\u0001\u0002PK\u0003\u0004', '\u0000', 'U\\+0000');
syntax('csv-statt-json', 'Amt;Perspektive;Datum\nGesundheitsamt;mitarbeitende;2026-11-20\n', 'Amt', '„A“');
syntax('html-seite', '<!doctype html><html><body><script>alert(1)</script></body></html>', '<', '„<“');
syntax('zwei-objekte', `${good}\n${good}`, '}\n{', '„\\{“', 2);
syntax('ungueltiges-escape', good.replace('"Gesundheitsamt"', '"Gesundheits\\qamt"'), '\\q', '„q“', 1);
syntax('steuerzeichen-im-text', good.replace('"Gesundheitsamt"', '"Gesundheits\u0001amt"'), '\u0001', 'U\\+0001');

// ---- the envelope
add('envelope', 'liste-statt-objekt', [envelope()], 'kein JSON-Objekt');
add('envelope', 'zahl', 42, 'kein JSON-Objekt');
add('envelope', 'text', '"Export"', 'kein JSON-Objekt');
add('envelope', 'null', null, 'kein JSON-Objekt');
add('envelope', 'leeres-objekt', {}, 'Keine Export-Datei von Reifegrad-Check');
add('envelope', 'anderes-format', envelope({ format: 'limesurvey-export' }), 'Keine Export-Datei von Reifegrad-Check');
add('envelope', 'format-fehlt', without(envelope(), 'format'), 'Keine Export-Datei von Reifegrad-Check');
add('envelope', 'formatversion-2', envelope({ formatVersion: 2 }), `^${UPDATE}$`);
add('envelope', 'formatversion-text', envelope({ formatVersion: '1' }), `^${NO_VERSION}gefunden der Text „1“\\.$`);
add('envelope', 'formatversion-fehlt', without(envelope(), 'formatVersion'), `^${NO_VERSION}die Angabe fehlt\\.$`);
add(
  'envelope',
  'assessments-fehlt',
  without(envelope(), 'assessments'),
  '^Feld „assessments“: Pflichtangabe fehlt \\(erwartet: eine Liste \\[ … \\]\\)\\.$',
);
add(
  'envelope',
  'assessments-objekt',
  envelope({ assessments: {} }),
  '^Feld „assessments“: erwartet eine Liste \\[ … \\], gefunden ein Objekt\\.$',
);
add(
  'envelope',
  'exportedat-kaputt',
  envelope({ exportedAt: 'gestern' }),
  `^Feld „exportedAt“: erwartet ${INSTANT}, gefunden der Text „gestern“\\.$`,
);
add('envelope', 'appversion-zahl', envelope({ appVersion: 1 }), '^Feld „appVersion“: erwartet ein Text, gefunden die Zahl 1\\.$');
add(
  'envelope',
  'unbekanntes-feld',
  envelope({ signature: 'abc' }),
  '^\\(ganze Datei\\): unbekannte Angabe „signature“ \\(Tippfehler\\?\\)\\.$',
);
add(
  'envelope',
  'questionnaires-objekt',
  envelope({ questionnaires: {} }),
  '^Feld „questionnaires“: erwartet eine Liste \\[ … \\], gefunden ein Objekt\\.$',
);
add('envelope', 'eintrag-null', envelope({}, [null]), '^Einschätzung 1: erwartet ein Objekt \\{ … \\}, gefunden null\\.$');
add(
  'envelope',
  'eintrag-ohne-answers',
  envelope({}, [{ assessment: assessment() }]),
  '^Einschätzung 1, Feld „answers“: Pflichtangabe fehlt',
);
add('envelope', 'eintrag-ohne-assessment', envelope({}, [{ answers: [] }]), '^Einschätzung 1, Feld „assessment“: Pflichtangabe fehlt');
add(
  'envelope',
  'eintrag-extra-feld',
  envelope({}, [{ assessment: assessment(), answers: [], extra: 1 }]),
  '^Einschätzung 1: unbekannte Angabe „extra“ \\(Tippfehler\\?\\)\\.$',
);

// ---- the assessment record
for (const key of ['id', 'questionnaireId', 'questionnaireVersion', 'office', 'perspective', 'date', 'createdAt', 'updatedAt', 'targets'])
  add(
    'assessment',
    `fehlt-${key}`,
    envelope({}, [{ assessment: without(assessment(), key), answers: [] }]),
    `^Einschätzung 1, Feld „${key}“: Pflichtangabe fehlt`,
  );
const RECORD_ID = 'erwartet eine ID aus Buchstaben, Ziffern und \\. _ : - \\(höchstens 100 Zeichen\\)';
for (const [key, value, expect] of [
  ['id', 7, 'id“: erwartet ein Text, gefunden die Zahl 7\\.$'],
  ['id', '', `id“: ${RECORD_ID}, gefunden ein leerer Text\\.$`],
  ['id', 'x'.repeat(101), `id“: ${RECORD_ID}, gefunden der Text „x{40}…“\\.$`],
  ['office', '', 'office“: darf nicht leer sein\\.$'],
  ['office', '   ', 'office“: darf nicht leer sein\\.$'],
  ['office', 'A'.repeat(201), 'office“: ist zu lang \\(höchstens 200 Zeichen, gefunden 201\\)\\.$'],
  ['office', ['Amt'], 'office“: erwartet ein Text, gefunden eine Liste\\.$'],
  ['perspective', null, 'perspective“: erwartet ein Text, gefunden null\\.$'],
  ['respondent', 12, 'respondent“: erwartet ein Text, gefunden die Zahl 12\\.$'],
  ['date', '20.11.2026', `date“: erwartet ${DATE}, gefunden der Text „20\\.11\\.2026“\\.$`],
  ['date', '2026-13-45', `date“: erwartet ${DATE}, gefunden der Text „2026-13-45“\\.$`],
  ['createdAt', '2026-11-20', `createdAt“: erwartet ${INSTANT}, gefunden der Text „2026-11-20“\\.$`],
  ['updatedAt', 1763629200000, 'updatedAt“: erwartet ein Text, gefunden die Zahl 1763629200000\\.$'],
  ['targets', [], 'targets“: erwartet ein Objekt \\{ … \\}, gefunden eine Liste\\.$'],
  ['targets', { strategie: 'hoch' }, 'targets\\.strategie“: erwartet eine Zahl, gefunden der Text „hoch“\\.$'],
  ['questionnaireVersion', '', 'questionnaireVersion“: darf nicht leer sein\\.$'],
] as [string, Json, string][])
  add('assessment', `falsch-${key}-${cases.length}`, withAssessment({ [key]: value }), `^Einschätzung 1, Feld „${expect}`);
add(
  'assessment',
  'extra-feld',
  withAssessment({ admin: true }),
  '^Einschätzung 1, Feld „assessment“: unbekannte Angabe „admin“ \\(Tippfehler\\?\\)\\.$',
);

// ---- answers
for (const key of ['questionId', 'value', 'updatedAt'])
  add(
    'answer',
    `fehlt-${key}`,
    envelope({}, [{ assessment: assessment(), answers: [without(answer(), key)] }]),
    `^Einschätzung 1, Antwort 1, Feld „${key}“: Pflichtangabe fehlt`,
  );
for (const [name, over, expect] of [
  ['stufe-text', { value: { kind: 'level', level: '2' } }, ', Feld „value\\.level“: erwartet eine Zahl, gefunden der Text „2“\\.$'],
  [
    'stufe-komma',
    { value: { kind: 'level', level: 2.5 } },
    ', Feld „value\\.level“: erwartet eine ganze Zahl, gefunden die Zahl 2\\.5\\.$',
  ],
  ['stufe-ohne-level', { value: { kind: 'level' } }, ', Feld „value\\.level“: Pflichtangabe fehlt \\(erwartet: eine Zahl\\)\\.$'],
  ['art-unbekannt', { value: { kind: 'vielleicht' } }, `, Feld „value\\.kind“: ${KINDS}; gefunden der Text „vielleicht“\\.$`],
  ['wert-zahl', { value: 3 }, ', Feld „value“: erwartet ein Objekt \\{ … \\}, gefunden die Zahl 3\\.$'],
  ['wert-extra', { value: { kind: 'dontKnow', level: 2 } }, ', Feld „value“: unbekannte Angabe „level“ \\(Tippfehler\\?\\)\\.$'],
  ['notiz-zu-lang', { note: 'x'.repeat(5001) }, ', Feld „note“: ist zu lang \\(höchstens 5\\.000 Zeichen, gefunden 5\\.001\\)\\.$'],
  ['notiz-zahl', { note: 5 }, ', Feld „note“: erwartet ein Text, gefunden die Zahl 5\\.$'],
  ['frage-leer', { questionId: '' }, ', Feld „questionId“: darf nicht leer sein\\.$'],
  ['frage-zu-lang', { questionId: 'q'.repeat(81) }, ', Feld „questionId“: ist zu lang \\(höchstens 80 Zeichen, gefunden 81\\)\\.$'],
  ['zeit-kaputt', { updatedAt: 'jetzt' }, `, Feld „updatedAt“: erwartet ${INSTANT}, gefunden der Text „jetzt“\\.$`],
  ['extra-feld', { author: 'x' }, ': unbekannte Angabe „author“ \\(Tippfehler\\?\\)\\.$'],
] as [string, Record<string, Json>, string][])
  add('answer', name, withAnswer(over), `^Einschätzung 1, Antwort 1${expect}`);
add(
  'answer',
  'answers-objekt',
  envelope({}, [{ assessment: assessment(), answers: { a: 1 } }]),
  '^Einschätzung 1, Feld „answers“: erwartet eine Liste \\[ … \\], gefunden ein Objekt\\.$',
);

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
  '^Einschätzung 2 \\(„Gesundheitsamt“\\): die ID „korpus-1“ kommt in der Datei doppelt vor\\.$',
);
add(
  'semantic',
  'doppelte-antwort',
  envelope({}, [{ assessment: assessment(), answers: [answer(), answer()] }]),
  '^Einschätzung 1 \\(„Gesundheitsamt“\\), Antwort 2: die Frage „strategie-beschluss“ ist doppelt beantwortet\\.$',
);
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
  '^Fragebogen 1, Feld „dimensions“: erwartet eine Liste \\[ … \\], gefunden der Text „keine“\\.$',
);
add('questionnaire', 'fragebogen-leer', { schemaVersion: 1, dimensions: [] }, 'Fragebogen: ');
add(
  'questionnaire',
  'fragebogen-ohne-stufen',
  { ...questionnaire, scale: { levels: [] } },
  'scale\\.levels: braucht mindestens 2 Einträge',
);
add(
  'questionnaire',
  'fragebogen-schemaversion-2',
  { ...questionnaire, schemaVersion: 2 },
  `^Der Fragebogen hat die Schemaversion 2; diese App liest nur Version 1\\. ${UPDATE_APP}$`,
);
add('questionnaire', 'fragebogen-geaendert-gleiche-version', changedBundled, 'schon vorhanden, aber mit anderem Inhalt');
add(
  'questionnaire',
  'fragebogen-id-ungueltig',
  { ...questionnaire, id: 'Schul Amt!' },
  '^Fragebogen: id: erwartet eine ID aus Kleinbuchstaben, Ziffern und Bindestrichen \\(z\\. B\\. „it-sicherheit“\\), gefunden der Text „Schul Amt!“\\.$',
);

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
  '^Einschätzung 1, Feld „answers“: hat zu viele Einträge \\(höchstens 1\\.000, gefunden 1\\.001\\)\\.$',
);
add(
  'hostile',
  'zu-viele-frageboegen',
  envelope({ questionnaires: Array.from({ length: 51 }, () => 0) }),
  '^Feld „questionnaires“: hat zu viele Einträge \\(höchstens 50, gefunden 51\\)\\.$',
);
add(
  'hostile',
  'riesiger-amtsname',
  withAssessment({ office: 'A'.repeat(100_000) }),
  '^Einschätzung 1, Feld „office“: ist zu lang \\(höchstens 200 Zeichen, gefunden 100\\.000\\)\\.$',
);
add(
  'hostile',
  'riesige-notiz',
  withAnswer({ note: '<b>'.repeat(50_000) }),
  '^Einschätzung 1, Antwort 1, Feld „note“: ist zu lang \\(höchstens 5\\.000 Zeichen, gefunden 150\\.000\\)\\.$',
);
add('hostile', 'script-als-format', envelope({ format: '<script>alert(1)</script>' }), 'Keine Export-Datei');
add(
  'hostile',
  'riesige-zahl',
  withAnswer({ value: { kind: 'level', level: 1e308 } }),
  '^Einschätzung 1, Antwort 1, Feld „value\\.level“: erwartet eine ganze Zahl, gefunden die viel zu große Zahl 1e\\+308\\.$',
);
add(
  'hostile',
  'unicode-steuerzeichen-id',
  withAssessment({ id: '\u202e\u0000' }),
  `^Einschätzung 1, Feld „id“: ${RECORD_ID}, gefunden der Text „��“\\.$`,
);
add(
  'hostile',
  'html-als-id',
  withAssessment({ id: '<img src=x onerror=alert(1)>' }),
  `^Einschätzung 1, Feld „id“: ${RECORD_ID}, gefunden der Text „<img src=x onerror=alert\\(1\\)>“\\.$`,
);
add(
  'hostile',
  'sehr-lange-zeile',
  envelope({ appVersion: 'x'.repeat(41) }),
  '^Feld „appVersion“: ist zu lang \\(höchstens 40 Zeichen, gefunden 41\\)\\.$',
);
add(
  'hostile',
  'html-als-version',
  withAssessment({ questionnaireVersion: '<img src=x onerror=alert(1)>' }),
  '^Einschätzung 1, Feld „questionnaireVersion“: ist zu lang \\(höchstens 20 Zeichen, gefunden 28\\)\\.$',
);
add('hostile', 'javascript-url-als-frage', withAnswer({ questionId: 'javascript:alert(1)' }), 'diese Frage gibt es im Fragebogen');

// ---- issue „Many writers, one truth“ (items 5 and 6): positions, limits, plain German, printable
const pretty = JSON.stringify(envelope(), null, 2);
syntax('fehler-mit-position', pretty.replace('"appVersion": "0.1.0",', '"appVersion": "0.1.0"'), '"exportedAt"', '„"“');
const sameProblem = (where: string, problem: string, shown: number, total: number) =>
  `^(${where}: ${problem} ){${shown}}… und ${(total - shown).toLocaleString('de-DE')} weitere Probleme\\.$`;
add(
  'hostile',
  '5000-falsche-zeitpunkte',
  JSON.stringify(
    envelope(
      {},
      Array.from({ length: 5 }, (_, i) => ({
        assessment: assessment({ id: `korpus-${i + 1}` }),
        answers: Array.from({ length: 1000 }, (_, j) => answer({ questionId: `frage-${j}`, updatedAt: 'gestern' })),
      })),
    ),
  ),
  sameProblem('Einschätzung 1, Antwort \\d+, Feld „updatedAt“', `erwartet ${INSTANT}, gefunden der Text „gestern“\\.`, 20, 5000),
);
// 50,000 rather than 500,000 keys: the same refusal, at a tenth of the size in the repository
const KEYS = 50_000;
add(
  'hostile',
  `${KEYS}-unbekannte-schluessel`,
  JSON.stringify(envelope(Object.fromEntries(Array.from({ length: KEYS }, (_, i) => [`k${i}`, 0])))),
  `^\\(ganze Datei\\): unbekannte Angaben „k0“, „k1“, „k2“, „k3“, „k4“ und ${(KEYS - 5).toLocaleString('de-DE')} weitere\\.$`,
);
add(
  'hostile',
  'ansi-im-amtsnamen',
  envelope({}, [
    { assessment: assessment({ office: '\u001b[31mGesundheitsamt\u001b[0m\u202e' }), answers: [answer({ questionId: 'gibt-es-nicht' })] },
  ]),
  '^Einschätzung 1 \\(„�Gesundheitsamt��“\\), Antwort 1 \\(Frage „gibt-es-nicht“\\): diese Frage gibt es im Fragebogen „digitale-verwaltung“ 1\\.0\\.0 nicht\\.$',
);
add(
  'hostile',
  'ansi-im-datum',
  withAssessment({ date: '\u001b]0;Titel\u0007\u001b[2J2026-11-20\u009b1m\u2066' }),
  `^Einschätzung 1, Feld „date“: erwartet ${DATE}, gefunden der Text „��2026-11-20��“\\.$`,
);
add(
  'hostile',
  'ansi-im-unbekannten-schluessel',
  envelope({ '\u001b[1mfett\u001b[0m\r\n': true }),
  '^\\(ganze Datei\\): unbekannte Angabe „�fett���“ \\(Tippfehler\\?\\)\\.$',
);
add(
  'hostile',
  'riesiger-wert-im-datum',
  withAssessment({ date: 'x'.repeat(20_000) }),
  `^Einschätzung 1, Feld „date“: erwartet ${DATE}, gefunden der Text „x{40}…“\\.$`,
);
add(
  'hostile',
  'riesiger-schluessel-im-soll',
  withAssessment({ targets: { ['ü'.repeat(10_000)]: 'hoch' } }),
  '^Einschätzung 1, Feld „targets\\.ü{40}…“: erwartet eine Zahl, gefunden der Text „hoch“\\.$',
);
for (const [name, version, found] of [
  ['fehlt', undefined, 'die Angabe fehlt'],
  ['null', null, 'gefunden null'],
  ['0', 0, 'gefunden die Zahl 0'],
  ['text-1', '1', 'gefunden der Text „1“'],
] as [string, Json | undefined, string][])
  add(
    'envelope',
    `formatversion-${name}-mit-unbekanntem-feld`,
    { ...without(envelope({ signatur: 'abc' }), 'formatVersion'), ...(version === undefined ? {} : { formatVersion: version }) },
    `^${NO_VERSION}${found}\\.$`,
  );
add('envelope', 'formatversion-2-mit-unbekanntem-feld', envelope({ formatVersion: 2, signatur: 'abc' }), `^${UPDATE}$`);
add(
  'questionnaire',
  'fragebogen-schemaversion-2-mit-unbekanntem-feld',
  { ...questionnaire, schemaVersion: 2, neu: true },
  `^Der Fragebogen hat die Schemaversion 2; diese App liest nur Version 1\\. ${UPDATE_APP}$`,
);
const NOTHING = '^Die Datei enthält keine Einschätzungen, Fragebögen oder Maßnahmen\\.$';
add('envelope', 'leerer-export', envelope({}, []), NOTHING);
add('envelope', 'leerer-export-mit-leeren-listen', envelope({ questionnaires: [], plan: [] }, []), NOTHING);
const planItem = (over: Record<string, Json> = {}): { [k: string]: Json } => ({
  id: 'plan-korpus',
  office: 'Gesundheitsamt',
  questionnaireId: 'digitale-verwaltung',
  title: 'Aktenkeller räumen',
  owner: 'Frau A.',
  status: 'offen',
  createdAt: at,
  updatedAt: at,
  ...over,
});
add(
  'semantic',
  'doppelte-massnahme',
  envelope({ plan: [planItem({ id: 'plan-doppelt', title: 'Erste' }), planItem({ id: 'plan-doppelt' })] }),
  '^Maßnahme 2 \\(„Aktenkeller räumen“\\): die ID „plan-doppelt“ kommt in der Datei doppelt vor\\.$',
);
add(
  'semantic',
  'massnahme-gibt-es-nicht',
  envelope({ plan: [planItem({ measureId: 'gibt-es-nicht' })] }),
  '^Maßnahme 1 \\(„Aktenkeller räumen“\\): verweist auf die Maßnahme „gibt-es-nicht“, die es im Fragebogen „digitale-verwaltung“ nicht gibt\\.$',
);
add(
  'semantic',
  'massnahme-status-falsch',
  envelope({ plan: [planItem(), planItem({ id: 'plan-2', status: 'fertig' })] }),
  '^Maßnahme 2, Feld „status“: erlaubt sind nur „offen“, „in-arbeit“, „erledigt“; gefunden der Text „fertig“\\.$',
);
add(
  'questionnaire',
  'zweiter-fragebogen-kaputt',
  envelope({
    questionnaires: [
      { ...small, id: 'kopie-eins' },
      { ...small, id: 'kopie-zwei', scale: { levels: [] } },
    ],
  }),
  '^Fragebogen 2, Feld „scale\\.levels“: braucht mindestens 2 Einträge\\.$',
);
add(
  'answer',
  'art-fehlt',
  withAnswer({ value: { level: 2 } }),
  '^Einschätzung 1, Antwort 1, Feld „value\\.kind“: die Angabe fehlt; erlaubt sind „level“, „dontKnow“, „notApplicable“\\.$',
);

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
