import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import * as z from 'zod/mini';
import { questionnaireJsonSchema } from '../../src/core/json-schema';
import { ExportFile } from '../../src/core/exchange';
import { WorkshopFact } from '../../src/core/workshop';

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

  it('can still be generated for schemas with timestamps, which stay plain date-time strings', () => {
    for (const io of ['input', 'output'] as const) {
      const exportFile = z.toJSONSchema(ExportFile, { target: 'draft-2020-12', io }) as { properties: Record<string, unknown> };
      expect(exportFile.properties.exportedAt).toMatchObject({ type: 'string', format: 'date-time' });
      const fact = z.toJSONSchema(WorkshopFact, { target: 'draft-2020-12', io }) as { properties: Record<string, unknown> };
      expect(fact.properties.at).toMatchObject({ type: 'string', format: 'date-time' });
    }
  });
});
