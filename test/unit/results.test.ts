import { describe, expect, it } from 'vitest';
import type { AnswerRecord, AnswerValue } from '../../src/core/assessment';
import {
  dependenciesOf,
  isValidTarget,
  largestGaps,
  questionDetails,
  reachedLevel,
  resultsOf,
  strengthsOf,
  targetsIstPlusOne,
} from '../../src/core/results';
import { reachedLevel as scoringReachedLevel, scoreAssessment } from '../../src/core/scoring';
import { dependenciesOf as questionnaireDependenciesOf } from '../../src/core/questionnaire';
import { parseQuestionnaire } from '../../src/core/questionnaire';
import { DONT_KNOW, level, lookup, mini, NOT_APPLICABLE, loadQuestionnaire, readJson } from '../helpers';

function answers(values: Record<string, AnswerValue | null>, notes: Record<string, string> = {}): Map<string, AnswerRecord> {
  const out = new Map<string, AnswerRecord>();
  for (const id of new Set([...Object.keys(values), ...Object.keys(notes)])) {
    out.set(id, {
      assessmentId: 'a1',
      questionId: id,
      value: values[id] ?? null,
      ...(notes[id] ? { note: notes[id] } : {}),
      updatedAt: '2026-11-23T10:00:00.000Z',
    });
  }
  return out;
}

describe('resultsOf', () => {
  const q = mini();

  it('scores, selects measures and says whether questions are open', () => {
    const r = resultsOf(q, answers({ 'alpha-1': level(1), 'alpha-2': DONT_KNOW, 'beta-1': level(0) }), { targets: {} });
    expect(r.score.dimensions.map((d) => [d.dimensionId, d.score, d.target, d.gap])).toEqual([
      ['alpha', 1, 2, 1],
      ['beta', 0, 3, 3],
    ]);
    expect(r.complete).toBe(true); // "weiß nicht" is an answer, not an open question
    expect(r.score.coverage).toEqual({ total: 3, answered: 2, dontKnow: 1, notApplicable: 0, open: 0 });
    expect(r.measures.map((m) => m.measure.id)).toEqual(['alpha-start', 'beta-start', 'alpha-ausbau']);
  });

  it('is incomplete while a question is open, and uses the assessment’s own targets', () => {
    const r = resultsOf(q, answers({ 'alpha-1': level(3) }), { targets: { alpha: 3 } });
    expect(r.complete).toBe(false);
    expect(r.score.dimensions[0]).toMatchObject({ score: 3, target: 3, gap: 0 });
    expect(r.score.dimensions[1]).toMatchObject({ score: null, gap: null });
    expect(r.measures).toEqual([]);
  });

  it('gives each measure the dependencies of the questions it addresses, as answered', () => {
    // alpha-2 depends on the Land; alpha-start addresses it
    const raw = readJson('test/fixtures/mini-4-stufen.json') as { measures: { id: string; questions?: string[] }[] };
    raw.measures[0]!.questions = ['alpha-2'];
    const parsed = parseQuestionnaire(raw);
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    const depsOf = (values: Record<string, AnswerValue>) =>
      resultsOf(parsed.value, answers(values), { targets: {} }).measures.find((m) => m.measure.id === 'alpha-start')!.reason.dependsOn;
    expect(depsOf({ 'alpha-1': level(1), 'alpha-2': level(1) })).toEqual(['land']);
    expect(depsOf({ 'alpha-1': level(1), 'alpha-2': NOT_APPLICABLE })).toEqual([]);
  });

  it('does not count a note alone as an answer', () => {
    const r = resultsOf(q, answers({}, { 'beta-1': 'nur eine Notiz' }), { targets: {} });
    expect(r.score.coverage.open).toBe(3);
  });
});

describe('strengths and gaps', () => {
  const q = loadQuestionnaire('questionnaires/digitale-verwaltung.json');
  const ids = q.dimensions.map((d) => d.id);

  it('names the two highest scores and the two largest gaps, ties in questionnaire order', () => {
    const values: Record<string, AnswerValue> = {};
    // every dimension at level 1, except the 4th at 3 and the 2nd and 7th at 2
    q.dimensions.forEach((d, i) => {
      for (const x of d.questions) values[x.id] = level(i === 3 ? 3 : i === 1 || i === 6 ? 2 : 1);
    });
    const score = scoreAssessment(q, lookup(values));
    expect(strengthsOf(score).map((d) => d.dimensionId)).toEqual([ids[3], ids[1]]);
    const gaps = largestGaps(score);
    expect(gaps.every((g) => g.gap! > 0)).toBe(true);
    expect(gaps.map((d) => d.gap)).toEqual([...gaps.map((d) => d.gap!)].sort((a, b) => b - a));
  });

  it('names no gap when every dimension meets its target, and no strength without scores', () => {
    const none = scoreAssessment(q, lookup({}));
    expect(strengthsOf(none)).toEqual([]);
    expect(largestGaps(none)).toEqual([]);
    const values: Record<string, AnswerValue> = {};
    for (const d of q.dimensions) for (const x of d.questions) values[x.id] = level(4);
    expect(largestGaps(scoreAssessment(q, lookup(values)))).toEqual([]);
  });
});

describe('targets', () => {
  const q = mini();

  it('reaches a level only when the mean is at least that level', () => {
    expect(reachedLevel(1.99)).toBe(1);
    expect(reachedLevel(2)).toBe(2);
    expect(reachedLevel((0.1 + 0.2) * 10)).toBe(3); // 3.0000000000000004
    expect(reachedLevel(0.3 / 0.1)).toBe(3); // 2.9999999999999996 is a rounding error, not level 2
    expect(reachedLevel).toBe(scoringReachedLevel); // one rule, also used by measure selection
  });

  it('"Ist + 1" sets the next level above the reached one, keeps dimensions without score', () => {
    const score = scoreAssessment(q, lookup({ 'alpha-1': level(1), 'alpha-2': level(2) }));
    expect(targetsIstPlusOne(q, score, { targets: { beta: 1 } })).toEqual({ alpha: 2, beta: 1 });
  });

  it('"Ist + 1" stays at the top level when it is reached', () => {
    const score = scoreAssessment(q, lookup({ 'alpha-1': level(3), 'alpha-2': level(3), 'beta-1': level(3) }));
    expect(targetsIstPlusOne(q, score, { targets: {} })).toEqual({ alpha: 3, beta: 3 });
  });

  it('accepts only scale levels of existing dimensions', () => {
    expect(isValidTarget(q, 'alpha', 3)).toBe(true);
    expect(isValidTarget(q, 'alpha', 4)).toBe(false);
    expect(isValidTarget(q, 'alpha', 1.5)).toBe(false);
    expect(isValidTarget(q, 'gamma', 1)).toBe(false);
  });
});

describe('questionDetails', () => {
  const q = mini();
  const alpha = q.dimensions[0]!;

  it('gives the chosen level, the next level and the note', () => {
    const [first, second] = questionDetails(q, alpha, answers({ 'alpha-1': level(1), 'alpha-2': NOT_APPLICABLE }, { 'alpha-2': 'Notiz' }));
    expect(first!.chosen!.level.value).toBe(1);
    expect(first!.chosen!.descriptor).toEqual(alpha.questions[0]!.levels[1]);
    expect(first!.next!.level.value).toBe(2);
    expect(first!.next!.descriptor).toEqual(alpha.questions[0]!.levels[2]);
    expect(first!.note).toBeNull();
    expect(second).toMatchObject({ value: NOT_APPLICABLE, chosen: null, next: null, note: 'Notiz' });
  });

  it('names a question’s outside dependencies, unless it was answered „trifft nicht zu“', () => {
    const deps = (value: AnswerValue | null) =>
      questionDetails(q, alpha, answers({ 'alpha-1': level(1), 'alpha-2': value })).map((d) => d.dependsOn);
    expect(deps(level(2))).toEqual([[], ['land']]);
    expect(deps(DONT_KNOW)).toEqual([[], ['land']]);
    expect(deps(null)).toEqual([[], ['land']]);
    expect(deps(NOT_APPLICABLE)).toEqual([[], []]);
  });

  it('has no next level at the top of the scale', () => {
    const [first] = questionDetails(q, alpha, answers({ 'alpha-1': level(3) }));
    expect(first!.chosen!.level.value).toBe(3);
    expect(first!.next).toBeNull();
  });

  it('collects a dimension’s dependencies once', () => {
    expect(dependenciesOf(alpha)).toEqual(['land']);
    expect(dependenciesOf(q.dimensions[1]!)).toEqual([]);
    expect(dependenciesOf).toBe(questionnaireDependenciesOf);
  });
});
