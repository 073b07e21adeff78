// The app's scoring against an independent computation (test/support/independent.ts, written from
// the README's rules), on the test questionnaires of other shapes than the bundled ones: English only
// with 15 dimensions and a 4-level scale, three levels from 1, six levels from 0 — and on the 1.1.0
// copy of the Gesundheitsamt questionnaire. The answers are pseudo-random with a fixed seed, with
// „weiß nicht“, „trifft nicht zu“ and open questions.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseQuestionnaire, type Questionnaire } from '../../src/core/questionnaire';
import { lookupFrom, reachedLevel, scoreAssessment } from '../../src/core/scoring';
import type { AnswerValue } from '../../src/core/assessment';
import { independentScore, type PlainAnswer, type PlainQuestionnaire } from '../support/independent';

const FIXTURES = new URL('../fixtures/questionnaires/', import.meta.url);
const FILES = ['samm-aehnlich.json', 'drei-stufen.json', 'sechs-stufen.json', 'gesundheitsamt-1.1.0/gesundheitsamt.json'];
const SETS = 300;
const EPS = 1e-9;

interface PlainFile extends PlainQuestionnaire {
  id: string;
  scale: { levels: { value: number }[] };
  dimensions: (PlainQuestionnaire['dimensions'][number] & { questions: { id: string; allowNotApplicable: boolean }[] })[];
}

function load(file: string): { plain: PlainFile; parsed: Questionnaire } {
  const plain = JSON.parse(readFileSync(new URL(file, FIXTURES), 'utf8')) as PlainFile;
  const r = parseQuestionnaire(plain);
  if (!r.ok) throw new Error(`${file}: ${r.errors.join('\n')}`);
  return { plain, parsed: r.value };
}

/** mulberry32: a small seeded generator of numbers in [0, 1). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface AnswerSet {
  answers: Record<string, PlainAnswer>;
  targets: Record<string, number>;
}

/** One set of answers: each set has its own mix of open, „weiß nicht“ and „trifft nicht zu“ (the latter
 * only where the question allows it); about half the dimensions get an explicit target. Sets 0–3 are
 * the edges: everything at the lowest level, everything at the highest, everything unknown, nothing answered. */
function answerSet(q: PlainFile, index: number, next: () => number): AnswerSet {
  const values = q.scale.levels.map((l) => l.value);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  const [pOpen, pDontKnow, pNotApplicable] = [next() * 0.3, next() * 0.3, next() * 0.4];
  const answers: Record<string, PlainAnswer> = {};
  const targets: Record<string, number> = {};
  for (const d of q.dimensions) {
    if (next() < 0.5) targets[d.id] = pick(values);
    for (const question of d.questions) {
      if (index === 0) answers[question.id] = { kind: 'level', level: values[0]! };
      else if (index === 1) answers[question.id] = { kind: 'level', level: values[values.length - 1]! };
      else if (index === 2) answers[question.id] = { kind: 'dontKnow' };
      else if (index === 3) continue;
      else {
        const r = next();
        if (r < pOpen) continue;
        if (r < pOpen + pDontKnow) answers[question.id] = { kind: 'dontKnow' };
        else if (question.allowNotApplicable && r < pOpen + pDontKnow + pNotApplicable) answers[question.id] = { kind: 'notApplicable' };
        else answers[question.id] = { kind: 'level', level: pick(values) };
      }
    }
  }
  return { answers, targets };
}

const close = (a: number | null, b: number | null): boolean => (a === null || b === null ? a === b : Math.abs(a - b) <= EPS);

/** Every figure on which the app and the independent computation differ, described for the report. */
function differences(plain: PlainFile, parsed: Questionnaire, set: AnswerSet): string[] {
  const app = scoreAssessment(parsed, lookupFrom(new Map<string, AnswerValue>(Object.entries(set.answers))), { targets: set.targets });
  const ind = independentScore(plain, set.answers, set.targets);
  const out: string[] = [];
  const differ = (what: string, a: unknown, b: unknown) => out.push(`${what}: app ${String(a)}, independent ${String(b)}`);
  if (!close(app.overall, ind.overall)) differ('overall', app.overall, ind.overall);
  ind.dimensions.forEach((d, i) => {
    const a = app.dimensions[i]!;
    if (a.dimensionId !== d.id) differ(`dimension ${i} id`, a.dimensionId, d.id);
    if (!close(a.score, d.score)) differ(`${d.id} score`, a.score, d.score);
    if (a.target !== d.target) differ(`${d.id} target`, a.target, d.target);
    if (!close(a.gap, d.gap)) differ(`${d.id} gap`, a.gap, d.gap);
    const shortfall = a.gap === null ? null : Math.max(0, a.gap);
    if (!close(shortfall, d.shortfall)) differ(`${d.id} shortfall`, shortfall, d.shortfall);
    const reached = a.score === null ? null : reachedLevel(a.score);
    if (reached !== d.reachedLevel) differ(`${d.id} reached level`, reached, d.reachedLevel);
    const c = a.coverage;
    const counts = [c.answered, c.dontKnow, c.notApplicable, c.open, c.total];
    const expected = [d.levels, d.dontKnow, d.notApplicable, d.open, d.levels + d.dontKnow + d.notApplicable + d.open];
    if (counts.join() !== expected.join()) differ(`${d.id} coverage (levels, dontKnow, notApplicable, open, total)`, counts, expected);
  });
  if (app.dimensions.length !== ind.dimensions.length) differ('number of dimensions', app.dimensions.length, ind.dimensions.length);
  return out;
}

describe('the independent computation', () => {
  it('gives the hand-computed figures for a small case', () => {
    const { plain } = load('drei-stufen.json');
    const r = independentScore(
      plain,
      {
        'ablage-ort': { kind: 'level', level: 1 },
        'ablage-suche': { kind: 'level', level: 2 },
        'austausch-kanal': { kind: 'level', level: 3 },
        'austausch-land': { kind: 'notApplicable' },
        'austausch-intern': { kind: 'dontKnow' },
      },
      { ablage: 3 },
    );
    // ablage (weight 1): (1 + 2) / 2 = 1.5, target 3; austausch (weight 2): 3, target 3 (default); kompetenz: open
    expect(r.dimensions.map((d) => [d.id, d.score, d.target, d.gap, d.shortfall, d.reachedLevel])).toEqual([
      ['ablage', 1.5, 3, 1.5, 1.5, 1],
      ['austausch', 3, 3, 0, 0, 3],
      ['kompetenz', null, 2, null, null, null],
    ]);
    expect(r.dimensions.map((d) => [d.levels, d.dontKnow, d.notApplicable, d.open])).toEqual([
      [2, 0, 0, 0],
      [1, 1, 1, 0],
      [0, 0, 0, 2],
    ]);
    expect(r.overall).toBeCloseTo((1.5 * 1 + 3 * 2) / 3, 12);
  });
});

describe.each(FILES)('the app scores %s as the independent computation does', (file) => {
  const { plain, parsed } = load(file);
  const seed = [...plain.id].reduce((h, ch) => Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0, 2166136261);

  it(`on ${SETS} seeded answer sets (within ${EPS})`, () => {
    const next = random(seed);
    const problems: string[] = [];
    const seen = { nullScore: 0, dontKnow: 0, notApplicable: 0, open: 0, belowTarget: 0, aboveTarget: 0 };
    for (let i = 0; i < SETS; i++) {
      const set = answerSet(plain, i, next);
      const found = differences(plain, parsed, set);
      if (found.length) problems.push(`${plain.id}, set ${i}: ${found.join('; ')}\n  answers ${JSON.stringify(set)}`);
      for (const d of independentScore(plain, set.answers, set.targets).dimensions) {
        if (d.score === null) seen.nullScore++;
        else if (d.score < d.target) seen.belowTarget++;
        else seen.aboveTarget++;
        seen.dontKnow += d.dontKnow;
        seen.notApplicable += d.notApplicable;
        seen.open += d.open;
      }
    }
    expect(problems).toEqual([]);
    // the sets reach every case the rules distinguish
    for (const [what, n] of Object.entries(seen)) expect(n, what).toBeGreaterThan(0);
  });
});
