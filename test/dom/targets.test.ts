// Targets are stored with the assessment; changes of different dimensions (two tabs) both stay.
import { describe, expect, it } from 'vitest';
import { createAssessment, loadAssessment, setTargets } from '../../src/storage/assessments';
import { saveAnswer } from '../../src/storage/answers';
import { hrefFor, parseHash } from '../../src/ui/routes';
import { assessment, level } from '../helpers';

describe('setTargets', () => {
  it('sets and clears targets per dimension without touching answers', async () => {
    await createAssessment(assessment({ id: 't1' }));
    await saveAnswer('t1', 'alpha-1', level(2));
    await setTargets('t1', { alpha: 3 });
    await setTargets('t1', { beta: 1 }); // another tab, another dimension
    expect((await loadAssessment('t1')).assessment!.targets).toEqual({ alpha: 3, beta: 1 });
    await setTargets('t1', { alpha: null });
    const loaded = await loadAssessment('t1');
    if (!loaded.assessment) throw new Error('t1 not stored');
    expect(loaded.assessment.targets).toEqual({ beta: 1 });
    expect(loaded.answers.get('alpha-1')!.value).toEqual(level(2));
  });

  it('refuses a target that is not a number, and changes nothing', async () => {
    await createAssessment(assessment({ id: 't2', targets: { alpha: 2 } }));
    await expect(setTargets('t2', { alpha: Number.NaN, beta: 'x' as unknown as number })).rejects.toThrow();
    expect((await loadAssessment('t2')).assessment!.targets).toEqual({ alpha: 2 });
  });
});

describe('routes of the results part', () => {
  it('parses and builds the results and report addresses', () => {
    expect(parseHash('#/a/x%2Fy/ergebnis')).toEqual({ name: 'results', id: 'x/y' });
    expect(parseHash('#/a/abc/bericht')).toEqual({ name: 'report', id: 'abc' });
    expect(hrefFor({ name: 'results', id: 'x/y' })).toBe('#/a/x%2Fy/ergebnis');
    expect(hrefFor({ name: 'report', id: 'abc' })).toBe('#/a/abc/bericht');
  });
});
