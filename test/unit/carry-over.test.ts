import { describe, expect, it } from 'vitest';
import type { AnswerRecord } from '../../src/core/assessment';
import { carryOver } from '../../src/core/carry-over';
import type { Questionnaire } from '../../src/core/questionnaire';
import { assessment, level, mini, DONT_KNOW, NOT_APPLICABLE } from '../helpers';

const at = '2026-11-23T10:00:00.000Z';
const now = new Date('2026-12-01T09:00:00.000Z');

function answers(list: [string, AnswerRecord['value'], string?][]): Map<string, AnswerRecord> {
  return new Map(
    list.map(([questionId, value, note]) => [
      questionId,
      { assessmentId: 'a1', questionId, value, ...(note ? { note } : {}), updatedAt: at },
    ]),
  );
}

/** The mini questionnaire, version 0.2.0, changed by `edit`. */
function newer(edit: (q: Questionnaire) => void): Questionnaire {
  const q = structuredClone(mini()) as Questionnaire & { version: string };
  q.version = '0.2.0';
  edit(q);
  return q;
}

describe('carrying an assessment over to a newer version', () => {
  const old = mini();
  const from = assessment({ targets: { alpha: 3, beta: 2 } });

  it('moves every answer of an unchanged question, and leaves exactly the changed ones open and marked', () => {
    const to = newer((q) => {
      q.dimensions[0]!.questions[0]!.text = { de: 'Neu formuliert', en: 'Reworded' }; // alpha-1: text changed
      q.dimensions[1]!.questions[0]!.levels[2] = { de: 'Anders beschrieben', en: 'Described differently' }; // beta-1: a level changed
    });
    const r = carryOver(
      from,
      answers([
        ['alpha-1', level(2), 'meine Notiz'],
        ['alpha-2', NOT_APPLICABLE],
        ['beta-1', DONT_KNOW],
      ]),
      old,
      to,
      { id: 'a2', now },
    );
    expect(r.changed).toEqual(['alpha-1', 'beta-1']);
    expect(r.moved).toBe(1);
    expect([...r.answers.values()]).toEqual([
      { assessmentId: 'a2', questionId: 'alpha-1', value: null, note: 'meine Notiz', updatedAt: now.toISOString() },
      { assessmentId: 'a2', questionId: 'alpha-2', value: NOT_APPLICABLE, updatedAt: now.toISOString() },
    ]);
    expect(r.assessment).toMatchObject({
      id: 'a2',
      questionnaireVersion: '0.2.0',
      office: from.office,
      perspective: from.perspective,
      targets: { alpha: 3, beta: 2 },
      carriedOver: { from: 'a1', fromVersion: old.version, changed: ['alpha-1', 'beta-1'] },
    });
  });

  it('names questions added and answers dropped; a changed scale leaves every question open', () => {
    const to = newer((q) => {
      q.dimensions[0]!.questions.splice(1, 1); // alpha-2 removed
      q.dimensions[0]!.questions.push({ ...structuredClone(q.dimensions[0]!.questions[0]!), id: 'alpha-3' });
    });
    const r = carryOver(
      from,
      answers([
        ['alpha-1', level(1)],
        ['alpha-2', level(3)],
      ]),
      old,
      to,
      { id: 'a2', now },
    );
    expect(r).toMatchObject({ added: ['alpha-3'], dropped: ['alpha-2'], changed: [], moved: 1 });

    const rescaled = newer((q) => {
      q.scale.levels = q.scale.levels.slice(0, 3);
      for (const d of q.dimensions) for (const x of d.questions) x.levels = x.levels.slice(0, 3);
    });
    const s = carryOver(from, answers([['alpha-1', level(1)]]), old, rescaled, { id: 'a2', now });
    expect(s.changed).toEqual(['alpha-1', 'alpha-2', 'beta-1']);
    expect(s.moved).toBe(0);
    expect(s.assessment.targets).toEqual({ beta: 2 }); // level 3 is no longer on the scale
  });

  it('does not move „trifft nicht zu“ to a question that no longer allows it', () => {
    const to = newer((q) => {
      q.dimensions[0]!.questions[1]!.allowNotApplicable = false;
    });
    const r = carryOver(from, answers([['alpha-2', NOT_APPLICABLE]]), old, to, { id: 'a2', now });
    expect(r.moved).toBe(0);
    expect(r.answers.size).toBe(0);
  });
});
