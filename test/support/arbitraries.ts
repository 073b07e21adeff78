// fast-check arbitraries for the core's property tests: valid questionnaires of the shapes the schema
// allows (within small bounds so that a run stays fast), answers to them, and whole assessments as an
// export carries them. Every generated questionnaire is passed through parseQuestionnaire; one that
// does not parse throws, so a wrong arbitrary fails the test that uses it instead of testing nothing.
import fc from 'fast-check';
import { DEPENDENCIES, RATINGS, parseQuestionnaire, type Questionnaire } from '../../src/core/questionnaire';
import { perspectivesFor, type AnswerRecord, type AnswerValue, type Assessment } from '../../src/core/assessment';
import { toExported, type ExportedAssessment } from '../../src/core/exchange';
import { PLAN_STATUS, type PlanItem } from '../../src/core/workshop';

export const level = (n: number): AnswerValue => ({ kind: 'level', level: n });
export const DONT_KNOW: AnswerValue = { kind: 'dontKnow' };
export const NOT_APPLICABLE: AnswerValue = { kind: 'notApplicable' };

/** Characters that break naive CSV, JSON or HTML handling: separators, quotes, line breaks, formula
 * starters, umlauts and a character outside the Basic Multilingual Plane. */
const TRICKY = ['a', 'B', ' ', 'ä', 'Ö', 'ß', ';', ',', '"', "'", '\n', '\r\n', '\r', '\t', '=', '+', '-', '@', '<', '€', '🙂'];
const FIRST = ['A', 'z', 'Ä', 'ü', '=', '+', '-', '@', '"', ';', '<', '7'];

/** Any text, possibly empty, made of the characters above. */
export const trickyText = (maxLength = 12): fc.Arbitrary<string> => fc.string({ unit: fc.constantFrom(...TRICKY), maxLength });

/** A non-empty text that is already trimmed (as the schema's trimmed fields hand it on). */
export const trimmedText = (maxLength = 12): fc.Arbitrary<string> =>
  fc.tuple(fc.constantFrom(...FIRST), trickyText(maxLength)).map(([a, b]) => (a + b).trim());

const localized = fc.record({ de: trimmedText(), en: fc.option(trimmedText(), { nil: undefined }) }).map(({ de, en }) => ({
  de,
  ...(en === undefined ? {} : { en }),
}));

/** Scale values: 2–11 levels, increasing; sometimes contiguous from a small start, sometimes with gaps. */
const scaleValues: fc.Arbitrary<number[]> = fc.oneof(
  fc
    .record({ start: fc.integer({ min: 0, max: 5 }), n: fc.integer({ min: 2, max: 11 }) })
    .map(({ start, n }) => Array.from({ length: n }, (_, i) => start + i)),
  fc.uniqueArray(fc.integer({ min: 0, max: 100 }), { minLength: 2, maxLength: 11 }).map((xs) => [...xs].sort((a, b) => a - b)),
);

function parsedOrThrow(raw: unknown): Questionnaire {
  const r = parseQuestionnaire(raw);
  if (!r.ok) throw new Error(`the arbitrary made an invalid questionnaire:\n${r.errors.join('\n')}`);
  return r.value;
}

/** The raw JSON of a valid questionnaire (before parsing). */
export const rawQuestionnaireArb: fc.Arbitrary<Record<string, unknown>> = scaleValues.chain((values) => {
  const min = values[0]!;
  const max = values.at(-1)!;
  const perLevel = fc.array(localized, { minLength: values.length, maxLength: values.length });
  const question = fc
    .record({
      text: localized,
      help: fc.option(localized, { nil: undefined }),
      levels: perLevel,
      allowNotApplicable: fc.boolean(),
      dependsOn: fc.option(fc.shuffledSubarray([...DEPENDENCIES]), { nil: undefined }),
    })
    .map(({ help, dependsOn, ...rest }) => ({ ...rest, ...(help ? { help } : {}), ...(dependsOn ? { dependsOn } : {}) }));
  const measure = fc.record({
    title: localized,
    description: localized,
    // measure bounds lie in the scale's range, not necessarily on a level
    levels: fc.tuple(fc.integer({ min, max }), fc.integer({ min, max })).map(([a, b]) => ({ min: Math.min(a, b), max: Math.max(a, b) })),
    effort: fc.constantFrom(...RATINGS),
    impact: fc.constantFrom(...RATINGS),
  });
  const dimension = fc.record({
    title: localized,
    description: localized,
    painPoints: fc.array(localized, { maxLength: 2 }),
    weight: fc.double({ min: 0.5, max: 3, noNaN: true, noDefaultInfinity: true }),
    defaultTarget: fc.constantFrom(...values),
    questions: fc.array(question, { minLength: 1, maxLength: 5 }),
    measures: fc.array(measure, { maxLength: 3 }),
  });
  return fc
    .record({
      version: fc.tuple(fc.nat(12), fc.nat(12), fc.nat(12)).map((v) => v.join('.')),
      title: localized,
      description: localized,
      labels: perLevel,
      perspectives: fc.option(fc.constant([{ id: 'buergerschaft', label: { de: 'Bürgerschaft' } }]), { nil: undefined }),
      dimensions: fc.array(dimension, { minLength: 1, maxLength: 6 }),
    })
    .map(({ labels, perspectives, dimensions, ...rest }) => ({
      schemaVersion: 1,
      id: 'generiert',
      ...rest,
      scale: { levels: values.map((value, i) => ({ value, label: labels[i]! })) },
      ...(perspectives ? { perspectives } : {}),
      dimensions: dimensions.map(({ measures: _m, questions, ...d }, i) => ({
        id: `d${i + 1}`,
        ...d,
        questions: questions.map((x, j) => ({ id: `d${i + 1}-q${j + 1}`, ...x })),
      })),
      measures: dimensions.flatMap((d, i) => d.measures.map((m, k) => ({ id: `d${i + 1}-m${k + 1}`, dimension: `d${i + 1}`, ...m }))),
    }));
});

/** A valid, parsed questionnaire: 1–6 dimensions of 1–5 questions, 2–11 scale levels, 0–3 measures per dimension. */
export const questionnaireArb: fc.Arbitrary<Questionnaire> = rawQuestionnaireArb.map(parsedOrThrow);

export type AnswerMap = Record<string, AnswerValue | null>;

/** One answer to one question: mostly a level of the scale, else "weiß nicht", "trifft nicht zu"
 * (only where the question allows it) or open (null). */
export function answerArb(q: Questionnaire, allowNotApplicable: boolean): fc.Arbitrary<AnswerValue | null> {
  const levels = fc.constantFrom(...q.scale.levels.map((l) => l.value)).map(level);
  return fc.oneof(
    { arbitrary: levels, weight: 5 },
    { arbitrary: fc.constant(DONT_KNOW), weight: 1 },
    { arbitrary: fc.constant(allowNotApplicable ? NOT_APPLICABLE : DONT_KNOW), weight: 1 },
    { arbitrary: fc.constant(null), weight: 1 },
  );
}

/** An answer (or null) for every question of the questionnaire, by question id. */
export function answersArb(q: Questionnaire): fc.Arbitrary<AnswerMap> {
  const model: Record<string, fc.Arbitrary<AnswerValue | null>> = {};
  for (const d of q.dimensions) for (const x of d.questions) model[x.id] = answerArb(q, x.allowNotApplicable);
  return fc.record(model);
}

/** A questionnaire with one set of answers to it. */
export const answeredArb: fc.Arbitrary<{ q: Questionnaire; answers: AnswerMap }> = questionnaireArb.chain((q) =>
  answersArb(q).map((answers) => ({ q, answers })),
);

// ---- timestamps and assessments -----------------------------------------------------------------

/** One instant written with some offset (or "Z"), and its UTC form worked out from the instant itself. */
export interface Instant {
  text: string;
  utc: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

export const instantArb: fc.Arbitrary<Instant> = fc
  .record({
    at: fc.date({ min: new Date('2000-01-01T00:00:00.000Z'), max: new Date('2099-12-31T23:59:59.999Z'), noInvalidDate: true }),
    // −12:00 to +14:00 in quarter hours; 0 is written as "Z" or as "+00:00"
    quarters: fc.integer({ min: -48, max: 56 }),
    zulu: fc.boolean(),
    millis: fc.boolean(),
  })
  .map(({ at, quarters, zulu, millis }) => {
    const t = millis ? at.getTime() : Math.floor(at.getTime() / 1000) * 1000;
    const minutes = quarters * 15;
    const wall = new Date(t + minutes * 60_000).toISOString().slice(0, millis ? 23 : 19);
    const m = Math.abs(minutes);
    const offset = minutes === 0 && zulu ? 'Z' : `${minutes < 0 ? '-' : '+'}${pad(Math.floor(m / 60))}:${pad(m % 60)}`;
    return { text: wall + offset, utc: new Date(t).toISOString() };
  });

const dayArb = fc
  .date({ min: new Date('2000-01-01T00:00:00.000Z'), max: new Date('2099-12-31T00:00:00.000Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

/** An exported assessment as written (timestamps with offsets) and as it must read back (UTC). */
export interface GeneratedItem {
  written: ExportedAssessment;
  canonical: ExportedAssessment;
}

/** An assessment of the questionnaire with answers, notes (full of CSV-breaking characters) and targets. */
export function exportedAssessmentArb(q: Questionnaire): fc.Arbitrary<GeneratedItem> {
  const levels = q.scale.levels.map((l) => l.value);
  const ids = q.dimensions.flatMap((d) => d.questions.map((x) => x.id));
  const perAnswer = fc.record({
    note: fc.option(
      fc.tuple(fc.constantFrom(...FIRST, ' ', '\n'), trickyText(20)).map(([a, b]) => a + b),
      { nil: undefined },
    ),
    at: instantArb,
  });
  return fc
    .record({
      id: fc.uuid(),
      office: trimmedText(30),
      perspective: fc.constantFrom(...perspectivesFor(q).map((p) => p.id)),
      respondent: fc.option(trimmedText(20), { nil: undefined }),
      date: dayArb,
      createdAt: instantArb,
      updatedAt: instantArb,
      targets: fc.dictionary(fc.constantFrom(...q.dimensions.map((d) => d.id)), fc.constantFrom(...levels), {
        maxKeys: q.dimensions.length,
      }),
      answers: answersArb(q),
      extra: fc.tuple(...ids.map(() => perAnswer)),
    })
    .map(({ createdAt, updatedAt, answers, extra, respondent, ...rest }) => {
      const build = (pick: (i: Instant) => string): ExportedAssessment => {
        const assessment: Assessment = {
          ...rest,
          questionnaireId: q.id,
          questionnaireVersion: q.version,
          ...(respondent === undefined ? {} : { respondent }),
          createdAt: pick(createdAt),
          updatedAt: pick(updatedAt),
        };
        const records = new Map<string, AnswerRecord>();
        ids.forEach((id, i) => {
          const { note, at } = extra[i]!;
          records.set(id, {
            assessmentId: rest.id,
            questionId: id,
            value: answers[id] ?? null,
            ...(note ? { note } : {}),
            updatedAt: pick(at),
          });
        });
        return toExported(assessment, records);
      };
      return { written: build((i) => i.text), canonical: build((i) => i.utc) };
    });
}

/** Several assessments of one questionnaire, each with its own id. */
export function exportedAssessmentsArb(q: Questionnaire, maxLength = 4): fc.Arbitrary<GeneratedItem[]> {
  return fc.uniqueArray(exportedAssessmentArb(q), { minLength: 1, maxLength, selector: (x) => x.written.assessment.id });
}

/** A plan item as written (timestamps with offsets) and as it must read back (UTC). */
export function planItemArb(q: Questionnaire): fc.Arbitrary<{ written: PlanItem; canonical: PlanItem }> {
  return fc
    .record({
      id: fc.uuid(),
      office: trimmedText(20),
      title: trimmedText(20),
      owner: fc.option(trimmedText(10), { nil: undefined }),
      // a measure of the questionnaire, or none (one the group added)
      measureId: q.measures.length
        ? fc.option(fc.constantFrom(...q.measures.map((m) => m.id)), { nil: undefined })
        : fc.constant(undefined),
      due: fc.option(dayArb, { nil: undefined }),
      status: fc.constantFrom(...PLAN_STATUS),
      createdAt: instantArb,
      updatedAt: instantArb,
    })
    .map(({ createdAt, updatedAt, owner, measureId, due, ...rest }) => {
      const build = (pick: (i: Instant) => string): PlanItem => ({
        ...rest,
        questionnaireId: q.id,
        owner: owner ?? '',
        ...(measureId === undefined ? {} : { measureId }),
        ...(due === undefined ? {} : { due }),
        createdAt: pick(createdAt),
        updatedAt: pick(updatedAt),
      });
      return { written: build((i) => i.text), canonical: build((i) => i.utc) };
    });
}
