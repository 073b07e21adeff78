// Shared test helpers: load fixtures and bundled questionnaires, build answer lookups.
import { readFileSync } from 'node:fs';
import { parseQuestionnaire, type Questionnaire } from '../src/core/questionnaire';
import type { AnswerValue, Assessment } from '../src/core/assessment';
import type { AnswerLookup } from '../src/core/scoring';

export function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8')) as unknown;
}

export function loadQuestionnaire(path: string): Questionnaire {
  const r = parseQuestionnaire(readJson(path));
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.value;
}

export const mini = (): Questionnaire => loadQuestionnaire('test/fixtures/mini-4-stufen.json');

export const level = (n: number): AnswerValue => ({ kind: 'level', level: n });
export const DONT_KNOW: AnswerValue = { kind: 'dontKnow' };
export const NOT_APPLICABLE: AnswerValue = { kind: 'notApplicable' };

export function lookup(answers: Record<string, AnswerValue | null>): AnswerLookup {
  return (id) => answers[id] ?? null;
}

export function assessment(over: Partial<Assessment> = {}): Assessment {
  return {
    id: 'a1',
    questionnaireId: 'mini-4-stufen',
    questionnaireVersion: '0.1.0',
    office: 'Gesundheitsamt',
    perspective: 'mitarbeitende',
    date: '2026-11-23',
    createdAt: '2026-11-23T10:00:00.000Z',
    updatedAt: '2026-11-23T10:00:00.000Z',
    targets: {},
    ...over,
  };
}
