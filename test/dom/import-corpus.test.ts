// Every malformed or hostile file of test/fixtures/import-corpus/ goes through the real import
// path and must be refused with its German message, leaving the database exactly as it was.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createAssessment } from '../../src/storage/assessments';
import { saveAnswer, saveNote } from '../../src/storage/answers';
import { db } from '../../src/storage/db';
import { importOne } from '../../src/app/exchange';
import { savePlanItem } from '../../src/storage/workshops';
import { assessment, level } from '../helpers';

const DIR = 'test/fixtures/import-corpus';
const manifest = JSON.parse(readFileSync(`${DIR}/manifest.json`, 'utf8')) as { file: string; kind: string; expect: string }[];

/** Every record of every store, serialised: "byte for byte" as the app can see it. */
async function snapshot(): Promise<string> {
  const d = await db();
  const out: Record<string, unknown[]> = {};
  // every store the database has (a store added later is covered without touching this test)
  for (const store of [...d.objectStoreNames].sort()) out[store] = await d.getAll(store);
  return JSON.stringify(out);
}

describe('the import corpus', () => {
  it('has at least 100 files of every kind', () => {
    expect(manifest.length).toBeGreaterThanOrEqual(100);
    expect(new Set(manifest.map((c) => c.kind))).toEqual(
      new Set(['syntax', 'envelope', 'assessment', 'answer', 'semantic', 'questionnaire', 'hostile']),
    );
  });

  it('refuses every file with a clear German message and changes nothing stored', async () => {
    // what is stored already: an assessment with the id the corpus files use, answers and a note
    await createAssessment(
      assessment({ id: 'korpus-1', questionnaireId: 'digitale-verwaltung', questionnaireVersion: '1.0.0', office: 'Vorhanden' }),
    );
    await saveAnswer('korpus-1', 'strategie-beschluss', level(3));
    await saveNote('korpus-1', 'strategie-beschluss', 'bleibt, wie es ist');
    // and a plan item, so that a file that would write plan items is seen to change nothing
    await savePlanItem({
      id: 'plan-vorhanden',
      office: 'Vorhanden',
      questionnaireId: 'digitale-verwaltung',
      title: 'Aktenkeller räumen',
      owner: 'Frau A.',
      status: 'offen',
      createdAt: '2026-11-01T10:00:00.000Z',
      updatedAt: '2026-11-01T10:00:00.000Z',
    });
    const before = await snapshot();
    const wrong: string[] = [];
    for (const c of manifest) {
      const r = await importOne(new File([readFileSync(`${DIR}/${c.file}`)], c.file));
      const text = r.status === 'rejected' ? r.errors.join(' ') : `(${r.status})`;
      if (r.status !== 'rejected' || !new RegExp(c.expect).test(text)) wrong.push(`${c.file}: ${text.slice(0, 300)}`);
    }
    expect(wrong).toEqual([]);
    expect(await snapshot()).toBe(before);
  });
});
