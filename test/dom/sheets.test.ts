// An imported assessment keeps its answers in one sheet record until someone edits it here: every
// reader sees the same answers either way, the first edit unpacks the sheet, and deleting,
// restoring, counting and replacing treat sheet and records alike.
import { describe, expect, it } from 'vitest';
import { toExported } from '../../src/core/exchange';
import { countAnswers, deleteAssessment, loadAssessment, restoreAssessment } from '../../src/storage/assessments';
import { readAnswer, saveAnswer } from '../../src/storage/answers';
import { db } from '../../src/storage/db';
import { importFile, loadItems } from '../../src/storage/exchange';
import { unpackSheet } from '../../src/storage/sheets';
import { answer, openSession, session } from '../../src/app/session';
import { assessment, level, DONT_KNOW } from '../helpers';

const at = '2026-11-20T10:00:00.000Z';
const item = (id = 's1') =>
  toExported(
    assessment({ id, questionnaireId: 'digitale-verwaltung', questionnaireVersion: '1.0.0' }),
    new Map([
      [
        'strategie-beschluss',
        { assessmentId: id, questionId: 'strategie-beschluss', value: level(3), note: 'aus der Datei', updatedAt: at },
      ],
      ['strategie-ziele-bekannt', { assessmentId: id, questionId: 'strategie-ziele-bekannt', value: DONT_KNOW, updatedAt: at }],
      [
        'strategie-priorisierung',
        { assessmentId: id, questionId: 'strategie-priorisierung', value: null, note: 'nur Notiz', updatedAt: at },
      ],
    ]),
  );

describe('sheets', () => {
  it('an import writes one sheet per assessment, and every reader sees its answers', async () => {
    await importFile([{ item: item(), mode: 'add' }], []);
    const d = await db();
    expect(await d.count('answers')).toBe(0);
    expect(await d.count('sheets')).toBe(1);
    const loaded = await loadAssessment('s1');
    if (!loaded.assessment) throw new Error('lost');
    expect(loaded.packed).toBe(true);
    expect(toExported(loaded.assessment, loaded.answers).answers).toEqual(item().answers);
    expect((await loadItems({ ids: ['s1'] })).map((x) => toExported(x.assessment, x.answers).answers)).toEqual([item().answers]);
    expect(await readAnswer('s1', 'strategie-beschluss')).toMatchObject({ value: level(3), note: 'aus der Datei' });
    expect(await countAnswers(['s1'])).toEqual(new Map([['s1', 2]]));
  });

  it('the first edit unpacks the sheet into per-question records; nothing is lost or doubled', async () => {
    await importFile([{ item: item(), mode: 'add' }], []);
    await openSession('s1');
    expect(session.value?.status).toBe('ready');
    expect(await answer('strategie-ziele-bekannt', { value: level(1) })).toBe(true);
    const d = await db();
    expect(await d.count('sheets')).toBe(0);
    const loaded = await loadAssessment('s1');
    if (!loaded.assessment) throw new Error('lost');
    expect(loaded.packed).toBe(false);
    expect(loaded.answers.get('strategie-beschluss')).toMatchObject({ value: level(3), note: 'aus der Datei' });
    expect(loaded.answers.get('strategie-ziele-bekannt')?.value).toEqual(level(1));
    expect(loaded.answers.get('strategie-priorisierung')).toMatchObject({ value: null, note: 'nur Notiz' });
    expect(await countAnswers(['s1'])).toEqual(new Map([['s1', 2]]));
  });

  it('unpacking keeps a record another tab wrote meanwhile, and is safe twice', async () => {
    await importFile([{ item: item(), mode: 'add' }], []);
    await saveAnswer('s1', 'strategie-beschluss', level(4), new Date('2026-11-25T10:00:00Z')); // the other tab
    await Promise.all([unpackSheet('s1'), unpackSheet('s1')]);
    expect(await readAnswer('s1', 'strategie-beschluss')).toMatchObject({ value: level(4), note: 'aus der Datei' });
  });

  it('delete and undo bring the sheet back; a replacing import drops the old per-question records', async () => {
    await importFile([{ item: item(), mode: 'add' }], []);
    const removed = await deleteAssessment('s1');
    expect((await loadAssessment('s1')).assessment).toBeNull();
    await restoreAssessment(removed);
    const back = await loadAssessment('s1');
    if (!back.assessment) throw new Error('not restored');
    expect(back.answers.get('strategie-beschluss')?.value).toEqual(level(3));

    await unpackSheet('s1');
    await saveAnswer('s1', 'kompetenzen-schulung', level(2));
    await importFile([{ item: item(), mode: 'replace' }], []);
    const replaced = await loadAssessment('s1');
    if (!replaced.assessment) throw new Error('lost');
    expect(replaced.answers.has('kompetenzen-schulung')).toBe(false);
    expect(toExported(replaced.assessment, replaced.answers).answers).toEqual(item().answers);
  });
});
