// Every valid file in questionnaires/ ships: the build's plugin lists each one in the index the app
// reads, and stops on an invalid one with the validator's German message.
import { describe, expect, it } from 'vitest';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { questionnaireFiles, questionnaires } from '../../scripts/questionnaire-plugin';

/** Runs the plugin's loader for the virtual module as Vite would. */
function indexModule(dir: string): Promise<string> {
  const plugin = questionnaires(dir);
  const ctx = {
    addWatchFile: () => undefined,
    error: (message: string) => {
      throw new Error(message);
    },
  };
  const resolved = (plugin.resolveId as (id: string) => string | null)('virtual:questionnaires')!;
  return (plugin.load as unknown as (this: typeof ctx, id: string) => Promise<string>).call(ctx, resolved);
}

describe('questionnaire plugin', () => {
  it('lists every questionnaire file of the folder, with the counts the start screen shows', async () => {
    const code = await indexModule('questionnaires');
    const files = questionnaireFiles('questionnaires');
    expect(files).toEqual(['digitale-verwaltung.json', 'gesundheitsamt.json']);
    for (const f of files) expect(code).toContain(`"/questionnaires/${f}?url"`);
    expect(code).toContain('"id":"gesundheitsamt","version":"1.0.0"');
    expect(code).toContain('"questions":34');
    expect(code).toContain('"questions":37');
    expect(code).not.toContain('questionnaire.schema.json');
  });

  it('ships a new valid file without any code change', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fb-'));
    copyFileSync('questionnaires/gesundheitsamt.json', join(dir, 'gesundheitsamt.json'));
    const extra = JSON.parse(readFileSync('test/fixtures/mini-4-stufen.json', 'utf8')) as Record<string, unknown>;
    writeFileSync(join(dir, 'mini-4-stufen.json'), JSON.stringify(extra));
    const code = await indexModule(relative(process.cwd(), dir));
    expect(code).toContain('"id":"mini-4-stufen"');
    expect(code).toContain('"id":"gesundheitsamt"');
  });

  it('stops the build on an invalid file, naming it and the place', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fb-'));
    const q = JSON.parse(readFileSync('questionnaires/gesundheitsamt.json', 'utf8')) as {
      dimensions: { questions: { levels: unknown[] }[] }[];
    };
    q.dimensions[0]!.questions[0]!.levels.pop();
    writeFileSync(join(dir, 'gesundheitsamt.json'), JSON.stringify(q));
    await expect(indexModule(relative(process.cwd(), dir))).rejects.toThrow(
      /gesundheitsamt\.json: dimensions\[0\]\.questions\[0\]\.levels: braucht genau eine Beschreibung je Stufe der Skala: 5 erwartet, 4 gefunden\./,
    );
  });

  it('stops the build when a file name and its id differ', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fb-'));
    copyFileSync('questionnaires/gesundheitsamt.json', join(dir, 'anders.json'));
    await expect(indexModule(relative(process.cwd(), dir))).rejects.toThrow(
      /anders\.json: die ID „gesundheitsamt“ muss dem Dateinamen entsprechen/,
    );
  });
});
