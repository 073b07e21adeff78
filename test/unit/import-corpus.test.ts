// The import corpus (test/fixtures/import-corpus, made by scripts/make-import-corpus.ts) through the
// core alone: every file refused with its message, and every message short, printable and few.
// test/dom/import-corpus.test.ts sends the same files through the app's import into a database.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { parseImportText, planImport } from '../../src/core/exchange';
import { MAX_MESSAGE, MAX_PROBLEMS } from '../../src/core/issues';
import type { Questionnaire } from '../../src/core/questionnaire';
import { loadQuestionnaire } from '../helpers';

const DIR = 'test/fixtures/import-corpus';
const manifest = JSON.parse(readFileSync(`${DIR}/manifest.json`, 'utf8')) as { file: string; kind: string; expect: string }[];
const bundled = readdirSync('questionnaires')
  .filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'))
  .map((f) => loadQuestionnaire(`questionnaires/${f}`));
const known = (id: string, version: string): Questionnaire | undefined => bundled.find((q) => q.id === id && q.version === version);
const knownIds = (id: string) => bundled.filter((q) => q.id === id);

// control characters, DEL, C1, and the bidi overrides and isolates
// eslint-disable-next-line no-control-regex -- finding them is the point
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** What the core answers to a file: its messages, or null if it would be imported. */
function refusal(text: string): string[] | null {
  const parsed = parseImportText(text);
  if (!parsed.ok) return parsed.errors;
  const plan = planImport(parsed.value, known, new Map(), knownIds);
  return plan.ok ? null : plan.errors;
}

describe('the import corpus in the core', () => {
  it('refuses every file with the expected message: at most 20 problems, each short and printable', () => {
    const wrong: string[] = [];
    for (const c of manifest) {
      const errors = refusal(readFileSync(`${DIR}/${c.file}`, 'utf8'));
      const text = errors?.join(' ') ?? '(angenommen)';
      if (!errors || !new RegExp(c.expect).test(text)) wrong.push(`${c.file}: ${text.slice(0, 400)}`);
      else if (errors.length > MAX_PROBLEMS + 1) wrong.push(`${c.file}: ${errors.length} Meldungen`);
      else
        for (const e of errors)
          if (e.length > MAX_MESSAGE || UNPRINTABLE.test(e))
            wrong.push(`${c.file}: ${JSON.stringify(e.slice(0, 400))} (${e.length} Zeichen)`);
    }
    expect(wrong).toEqual([]);
  });
});
