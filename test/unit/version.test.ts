import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compareVersions } from '../../src/core/version';
import { commonBase } from '../../src/core/compare';
import { mini } from '../helpers';

const version = fc.tuple(fc.nat(30), fc.nat(30), fc.nat(30)).map((v) => v.join('.'));

describe('compareVersions', () => {
  it('compares each part as a number', () => {
    expect(compareVersions('1.10.0', '1.9.0')).toBe(1);
    expect(compareVersions('1.9.0', '1.10.0')).toBe(-1);
    expect(compareVersions('2.0.0', '10.0.0')).toBe(-1);
    expect(compareVersions('0.1.10', '0.1.2')).toBe(1);
    expect(compareVersions('1.2.3', '1.2.3')).toBe(0);
    expect(compareVersions('1.2', '1.2.0')).toBe(0); // a missing part counts as 0
    expect(compareVersions('1.2.0', '1.2.0.1')).toBe(-1);
    expect(compareVersions('1234567.0.0', '999999.0.0')).toBe(1); // wider than six digits, too
  });

  it('is a total order that agrees with the numbers of the parts', () => {
    fc.assert(
      fc.property(version, version, version, (a, b, c) => {
        const key = (v: string) => v.split('.').reduce((n, p) => n * 100 + Number(p), 0);
        expect(compareVersions(a, b)).toBe(Math.sign(key(a) - key(b)));
        expect(compareVersions(b, a)).toBe(-compareVersions(a, b));
        if (compareVersions(a, b) <= 0 && compareVersions(b, c) <= 0) expect(compareVersions(a, c)).toBeLessThanOrEqual(0);
      }),
    );
  });
});

describe('commonBase', () => {
  it('takes the newest version by number, not by text', () => {
    const q = mini();
    const v9 = { ...q, version: '1.9.0' };
    const v10 = { ...q, version: '1.10.0', dimensions: q.dimensions.map((d) => ({ ...d, questions: d.questions.slice(0, 1) })) };
    for (const order of [
      [v9, v10],
      [v10, v9],
    ]) {
      const base = commonBase(order);
      expect(base.versions).toEqual(['1.9.0', '1.10.0']);
      expect(base.questionnaire.version).toBe('1.10.0');
      expect(base.dropped).toBe(0);
    }
  });
});
