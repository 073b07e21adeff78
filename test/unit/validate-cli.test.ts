import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Runs the real `npm run validate` entry (tsx scripts/validate.ts) as an author would.
function validate(...files: string[]): { code: number; out: string } {
  try {
    const out = execFileSync('node_modules/.bin/tsx', ['scripts/validate.ts', ...files], { encoding: 'utf8', stdio: 'pipe' });
    return { code: 0, out };
  } catch (e) {
    const err = e as { status: number; stdout: string; stderr: string };
    return { code: err.status, out: err.stdout + err.stderr };
  }
}

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

  it('requires the id to match the file name', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rc-validate-'));
    const f = join(dir, 'anderer-name.json');
    writeFileSync(f, readFileSync('questionnaires/gesundheitsamt.json'));
    const r = validate(f);
    expect(r.code).toBe(1);
    expect(r.out).toContain('id „gesundheitsamt“ passt nicht zum Dateinamen (erwartet „anderer-name“)');
  });
});
