import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as z from 'zod/mini';
import { IsoDateTime, compareInstants, latest, toUtc } from '../../src/core/time';
import { Assessment, StoredAnswer, StoredNote, mergeAnswer } from '../../src/core/assessment';
import { arrivalOf, ExportFile } from '../../src/core/exchange';
import { PlanItem, WorkshopFact, WorkshopRecord } from '../../src/core/workshop';
import { parseWith } from '../../src/core/issues';
import { instantArb } from '../support/arbitraries';
import { assessment, level } from '../helpers';

// 10:00 in Halle in summer is 08:00 UTC: as text it sorts after 09:00Z, as an instant before it
const EARLY_WITH_OFFSET = '2026-07-01T10:00:00+02:00';
const LATER_IN_UTC = '2026-07-01T09:00:00Z';

describe('IsoDateTime', () => {
  it('hands on every accepted timestamp in UTC with milliseconds', () => {
    expect(z.parse(IsoDateTime, EARLY_WITH_OFFSET)).toBe('2026-07-01T08:00:00.000Z');
    expect(z.parse(IsoDateTime, '2026-01-01T00:30:00-01:30')).toBe('2026-01-01T02:00:00.000Z');
    expect(z.parse(IsoDateTime, '2026-01-01T00:00:00.123456Z')).toBe('2026-01-01T00:00:00.123Z');
    fc.assert(
      fc.property(instantArb, ({ text, utc }) => {
        expect(z.parse(IsoDateTime, text)).toBe(utc);
        expect(z.parse(IsoDateTime, utc)).toBe(utc); // canonical values stay as they are
      }),
    );
  });

  it('still refuses a time without offset, a date alone and a year that leaves four digits', () => {
    expect(z.safeParse(IsoDateTime, '2026-07-01T10:00:00').success).toBe(false);
    expect(z.safeParse(IsoDateTime, '2026-07-01').success).toBe(false);
    expect(z.safeParse(IsoDateTime, 'gestern').success).toBe(false);
    expect(parseWith(IsoDateTime, '0000-01-01T00:30:00+01:00')).toEqual({
      ok: false,
      errors: ['(ganze Datei): der Zeitpunkt liegt außerhalb der Jahre 0000 bis 9999.'],
    });
  });

  it('normalises at every boundary that reads timestamps', () => {
    const a = z.parse(Assessment, assessment({ createdAt: EARLY_WITH_OFFSET, updatedAt: LATER_IN_UTC }));
    expect([a.createdAt, a.updatedAt]).toEqual(['2026-07-01T08:00:00.000Z', '2026-07-01T09:00:00.000Z']);
    const answer = z.parse(StoredAnswer, { assessmentId: 'a1', questionId: 'x', value: null, updatedAt: EARLY_WITH_OFFSET });
    expect(answer.updatedAt).toBe('2026-07-01T08:00:00.000Z');
    const note = z.parse(StoredNote, { assessmentId: 'a1', questionId: 'x', note: 'n', updatedAt: EARLY_WITH_OFFSET });
    expect(note.updatedAt).toBe('2026-07-01T08:00:00.000Z');
    const file = z.parse(ExportFile, {
      format: 'reifegrad-check-export',
      formatVersion: 1,
      appVersion: '0.1.0',
      exportedAt: EARLY_WITH_OFFSET,
      assessments: [],
    });
    expect(file.exportedAt).toBe('2026-07-01T08:00:00.000Z');
    const plan = z.parse(PlanItem, {
      id: 'p1',
      office: 'Amt',
      questionnaireId: 'q',
      title: 't',
      owner: '',
      status: 'offen',
      createdAt: EARLY_WITH_OFFSET,
      updatedAt: EARLY_WITH_OFFSET,
    });
    expect([plan.createdAt, plan.updatedAt]).toEqual(['2026-07-01T08:00:00.000Z', '2026-07-01T08:00:00.000Z']);
    const workshop = z.parse(WorkshopRecord, {
      id: 'w1',
      office: 'Amt',
      questionnaireId: 'q',
      questionnaireVersion: '1.0.0',
      date: '2026-07-01',
      preVotes: [],
      agenda: [],
      consensusId: 'c1',
      createdAt: EARLY_WITH_OFFSET,
    });
    const fact = z.parse(WorkshopFact, { workshopId: 'w1', key: 'participants', value: 3, at: LATER_IN_UTC, by: 'x' });
    expect([workshop.createdAt, fact.at]).toEqual(['2026-07-01T08:00:00.000Z', '2026-07-01T09:00:00.000Z']);
  });
});

describe('toUtc', () => {
  it('writes an instant in UTC and leaves text that names none alone', () => {
    expect(toUtc(EARLY_WITH_OFFSET)).toBe('2026-07-01T08:00:00.000Z');
    expect(toUtc('kein Datum')).toBe('kein Datum');
  });
});

describe('compareInstants', () => {
  it('compares the instants, not the texts', () => {
    expect(EARLY_WITH_OFFSET > LATER_IN_UTC).toBe(true); // what a string compare would conclude
    expect(compareInstants(EARLY_WITH_OFFSET, LATER_IN_UTC)).toBeLessThan(0);
    expect(compareInstants(LATER_IN_UTC, EARLY_WITH_OFFSET)).toBeGreaterThan(0);
    expect(compareInstants('2026-07-01T10:00:00+02:00', '2026-07-01T08:00:00.000Z')).toBe(0);
    expect(compareInstants('kaputt', LATER_IN_UTC)).toBeLessThan(0); // unreadable counts as earliest
    expect(compareInstants('kaputt', 'auch kaputt')).toBe(0);
  });

  it('agrees with the order of the instants for any offsets', () => {
    fc.assert(
      fc.property(instantArb, instantArb, (a, b) => {
        expect(Math.sign(compareInstants(a.text, b.text))).toBe(Math.sign(Date.parse(a.utc) - Date.parse(b.utc)));
        expect(compareInstants(a.text, a.utc)).toBe(0);
      }),
    );
  });
});

describe('latest', () => {
  it('picks the newest instant, skipping missing ones', () => {
    expect(latest(EARLY_WITH_OFFSET, LATER_IN_UTC)).toBe(LATER_IN_UTC);
    expect(latest(LATER_IN_UTC, EARLY_WITH_OFFSET)).toBe(LATER_IN_UTC);
    expect(latest(undefined, EARLY_WITH_OFFSET, null)).toBe(EARLY_WITH_OFFSET);
    expect(latest()).toBeNull();
    expect(latest(null, undefined)).toBeNull();
  });

  it('gives the first of equal instants and is at least as new as every input', () => {
    expect(latest('2026-07-01T10:00:00+02:00', '2026-07-01T08:00:00.000Z')).toBe('2026-07-01T10:00:00+02:00');
    fc.assert(
      fc.property(fc.array(instantArb, { minLength: 1, maxLength: 6 }), (xs) => {
        const newest = latest(...xs.map((x) => x.text))!;
        expect(xs.map((x) => x.text)).toContain(newest);
        for (const x of xs) expect(Date.parse(newest)).toBeGreaterThanOrEqual(Date.parse(x.utc));
      }),
    );
  });
});

describe('"which is newer" in the core', () => {
  it('mergeAnswer takes the later change by instant', () => {
    const merged = mergeAnswer(
      'a1',
      'x',
      { assessmentId: 'a1', questionId: 'x', value: level(1), updatedAt: EARLY_WITH_OFFSET },
      { assessmentId: 'a1', questionId: 'x', note: 'n', updatedAt: LATER_IN_UTC },
    );
    expect(merged.updatedAt).toBe(LATER_IN_UTC);
    expect(mergeAnswer('a1', 'x', undefined, undefined).updatedAt).toBe('1970-01-01T00:00:00.000Z');
  });

  it('arrivalOf says which copy is newer by instant', () => {
    const item = (updatedAt: string, l: number) => ({
      assessment: assessment({ updatedAt }),
      answers: [{ questionId: 'alpha-1', value: level(l), updatedAt }],
    });
    expect(arrivalOf(item(EARLY_WITH_OFFSET, 1), item(LATER_IN_UTC, 2))).toEqual({ kind: 'conflict', incomingIsNewer: false });
    expect(arrivalOf(item(LATER_IN_UTC, 1), item(EARLY_WITH_OFFSET, 2))).toEqual({ kind: 'conflict', incomingIsNewer: true });
  });
});
