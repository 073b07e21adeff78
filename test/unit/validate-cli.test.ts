import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Runs the real `npm run validate` entry (tsx scripts/validate.ts) as an author would.
function validate(...files: string[]): { code: number; out: string } {
  const r = spawnSync('node_modules/.bin/tsx', ['scripts/validate.ts', ...files], { encoding: 'utf8' });
  return { code: r.status ?? -1, out: r.stdout + r.stderr };
}

type Json = Record<string, any>;

/** A copy of the mini questionnaire, changed by `change`, written as mini-4-stufen.json in a new folder. */
function miniFile(change: (q: Json) => Json | void): string {
  const q = JSON.parse(readFileSync('test/fixtures/mini-4-stufen.json', 'utf8')) as Json;
  delete q.$schema;
  const file = join(mkdtempSync(join(tmpdir(), 'rc-validate-')), 'mini-4-stufen.json');
  writeFileSync(file, JSON.stringify(change(q) ?? q, null, 2));
  return file;
}

/** Every text of a questionnaire replaced by `f(text)`. */
function mapped(v: unknown, f: (t: { de?: string; en?: string }) => unknown): unknown {
  if (Array.isArray(v)) return v.map((x) => mapped(x, f));
  if (v && typeof v === 'object' && ('de' in v || 'en' in v)) return f(v as { de?: string; en?: string });
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, mapped(x, f)]));
  return v;
}

/** `mapped`, typed loosely for changing the result in a test. */
const mapTexts = (v: unknown, f: (t: { de?: string; en?: string }) => unknown): any => mapped(v, f);

describe('npm run validate', () => {
  it('passes on the bundled questionnaires and names their sizes', () => {
    const r = validate();
    expect(r.code).toBe(0);
    expect(r.out).toMatch(
      /✓ questionnaires\/digitale-verwaltung\.json: digitale-verwaltung 1\.0\.0 — 9 Dimensionen, \d+ Fragen, \d+ Maßnahmen/,
    );
    expect(r.out).toMatch(/✓ questionnaires\/gesundheitsamt\.json: gesundheitsamt/);
  });

  it('fails on a broken copy, listing every problem with file and path', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rc-validate-'));
    const q = JSON.parse(readFileSync('questionnaires/digitale-verwaltung.json', 'utf8')) as {
      dimensions: { questions: { levels: unknown[] }[]; weight: number }[];
      measures: { dimension: string }[];
    };
    q.dimensions[0]!.questions[0]!.levels.pop();
    q.dimensions[2]!.weight = -1;
    q.measures[0]!.dimension = 'gibt-es-nicht';
    const broken = join(dir, 'digitale-verwaltung.json');
    writeFileSync(broken, JSON.stringify(q));
    const r = validate(broken);
    expect(r.code).toBe(1);
    expect(r.out).toContain(`✗ ${broken}: `);
    expect(r.out).toContain(`${broken}: dimensions[2].weight: muss größer als 0 sein, gefunden die Zahl -1.`);
    // cross-checks run once the shape is right
    q.dimensions[2]!.weight = 1;
    writeFileSync(broken, JSON.stringify(q));
    const r2 = validate(broken);
    expect(r2.code).toBe(1);
    expect(r2.out).toContain(
      'dimensions[0].questions[0].levels: braucht genau eine Beschreibung je Stufe der Skala: 5 erwartet, 4 gefunden.',
    );
    expect(r2.out).toContain('measures[0].dimension: verweist auf die Dimension „gibt-es-nicht“');
  });

  it('stops at the first invalid file and says when a file is not JSON or missing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rc-validate-'));
    const bad = join(dir, 'kaputt.json');
    writeFileSync(bad, '{ "id": ');
    const r = validate(bad, 'questionnaires/gesundheitsamt.json');
    expect(r.code).toBe(1);
    expect(r.out).toContain(`${bad}: Kein gültiges JSON`);
    expect(r.out).not.toContain('gesundheitsamt');
    expect(validate(join(dir, 'fehlt.json')).out).toContain('nicht lesbar oder nicht vorhanden');
  });

  it('says once that every text of a file is a plain string, with the shape a text needs', () => {
    const file = miniFile((q) => mapTexts(q, (t) => t.de) as Json);
    const r = validate(file);
    expect(r.code).toBe(1);
    expect(r.out).toContain(`✗ ${file}: 1 Problem\n`);
    expect(r.out).toContain(
      `  - ${file}: An 34 Stellen steht ein einfacher Text, wo ein Text je Sprache hingehört ({ "de": "…", "en": "…" }), z. B. title, description, scale.levels[0].label (und 31 weitere).`,
    );
  });

  it('tells the author of an English-only file to declare "languages": ["en"], and then accepts it', () => {
    const english = miniFile((q) => mapTexts(q, (t) => ({ en: t.en ?? t.de })) as Json);
    const r = validate(english);
    expect(r.code).toBe(1);
    expect(r.out).toContain(`✗ ${english}: 1 Problem\n`);
    expect(r.out).toContain(`${english}: An 34 Stellen fehlt der Text auf Deutsch, z. B. title.de, description.de`);
    expect(r.out).toContain('ein nur englischer Fragebogen schreibt "languages": ["en"].');
    const declared = miniFile((q) => ({ ...(mapTexts(q, (t) => ({ en: t.en ?? t.de })) as Json), languages: ['en'] }));
    expect(validate(declared).code).toBe(0);
  });

  it('says a missing schemaVersion as a sentence', () => {
    const file = miniFile((q) => {
      delete q.schemaVersion;
    });
    expect(validate(file).out).toContain(`${file}: schemaVersion: die Angabe fehlt; erwartet die Zahl 1 (die Version des Dateiformats).`);
  });

  it('warns, without failing, about a scale label that repeats the level number', () => {
    const file = miniFile((q) => {
      q.scale.levels[0].label = { de: 'Stufe 0 – keine', en: 'Level 0 – none' };
      q.scale.levels[2].label = { de: '2 viel' };
    });
    const r = validate(file);
    expect(r.code).toBe(0);
    expect(r.out).toContain(`✓ ${file}: mini-4-stufen 0.1.0`);
    expect(r.out).toContain(
      `⚠ ${file}: scale.levels[0].label.de: „Stufe 0 – keine“ nennt die Stufe selbst; die App zeigt die Zahl schon davor („0 · Stufe 0 – keine“). Schreiben Sie nur, was die Stufe bedeutet, in 1–3 Wörtern.`,
    );
    expect(r.out).toContain(`⚠ ${file}: scale.levels[0].label.en: „Level 0 – none“ nennt die Stufe selbst`);
    expect(r.out).toContain(`⚠ ${file}: scale.levels[2].label.de: „2 viel“ nennt die Stufe selbst`);
    expect(r.out).not.toContain('scale.levels[1]');
    expect(validate('test/fixtures/mini-4-stufen.json').out).not.toContain('⚠');
  });

  it('requires the id to match the file name', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rc-validate-'));
    const f = join(dir, 'anderer-name.json');
    writeFileSync(f, readFileSync('questionnaires/gesundheitsamt.json'));
    const r = validate(f);
    expect(r.code).toBe(1);
    expect(r.out).toContain('id „gesundheitsamt“ passt nicht zum Dateinamen (erwartet „anderer-name“)');
  });
});
