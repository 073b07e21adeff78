import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { questionnaireJsonSchema } from '../../src/core/json-schema';

describe('generated JSON Schema', () => {
  it('is up to date with the zod schema (run `npm run schema` after changing it)', () => {
    const onDisk = JSON.parse(readFileSync('questionnaires/questionnaire.schema.json', 'utf8')) as unknown;
    expect(onDisk).toEqual(JSON.parse(JSON.stringify(questionnaireJsonSchema())));
  });

  it('is referenced by every bundled questionnaire', () => {
    const files = readdirSync('questionnaires').filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'));
    expect(files.length).toBeGreaterThanOrEqual(2);
    for (const f of files) {
      const q = JSON.parse(readFileSync(`questionnaires/${f}`, 'utf8')) as { $schema?: string };
      expect(q.$schema, f).toBe('./questionnaire.schema.json');
    }
  });
});
