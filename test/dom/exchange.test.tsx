// Export and import through the app's own functions, against fake-indexeddb.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/preact';
import { createAssessment, listAssessmentEntries, loadAssessment } from '../../src/storage/assessments';
import { saveAnswer, saveNote } from '../../src/storage/answers';
import { importFile, loadItems } from '../../src/storage/exchange';
import { closeDb } from '../../src/storage/db';
import { IDBFactory } from 'fake-indexeddb';
import { applyDecision, exportFor, importOne } from '../../src/app/exchange';
import { resetReadModels } from '../../src/app/reset';
import { buildExport, toExported, type ExportFile } from '../../src/core/exchange';
import { StartScreen } from '../../src/ui/features/start/StartScreen';
import { setLanguage } from '../../src/ui/i18n';
import { perspectiveName } from '../../src/ui/labels';
import { assessment, level, DONT_KNOW, readJson } from '../helpers';

const dv = (over = {}) => assessment({ questionnaireId: 'digitale-verwaltung', questionnaireVersion: '1.0.0', ...over });
const asFile = (text: string, name = 'export.json') => new File([text], name, { type: 'application/json' });

async function seed(id: string, office: string): Promise<void> {
  await createAssessment(dv({ id, office }));
  await saveAnswer(id, 'strategie-beschluss', level(2));
  await saveAnswer(id, 'strategie-ziele-bekannt', DONT_KNOW);
  await saveNote(id, 'strategie-beschluss', 'Notiz „mit“ Umlauten – und 🙂');
}

beforeEach(() => {
  setLanguage('de');
});
const how = { lang: 'de' as const, perspectiveName: (id: string) => perspectiveName(id) };
const loadEverything = () => loadItems('all');
afterEach(() => cleanup());

describe('export → import', () => {
  it('carries assessments, answers and notes to another device unchanged', async () => {
    await seed('e1', 'Gesundheitsamt');
    await seed('e2', 'Ordnungsamt');
    const before = await loadEverything();
    const file = await exportFor(before, 'json', how, new Date('2026-11-23T10:00:00Z'));
    expect(file.name).toBe('reifegrad-2-einschaetzungen-2026-11-23.json');
    const parsed = JSON.parse(file.text) as ExportFile;
    // the questionnaire the assessments use travels, bundled or not: any other build can read the file
    expect((parsed.questionnaires as { id: string; version: string }[]).map((q) => `${q.id}@${q.version}`)).toEqual([
      'digitale-verwaltung@1.0.0',
    ]);

    await closeDb();
    globalThis.indexedDB = new IDBFactory(); // "another device"
    resetReadModels();
    const r = await importOne(asFile(file.text));
    expect(r).toMatchObject({ status: 'imported', added: 2 });
    const after = await loadEverything();
    const norm = (xs: typeof before) =>
      xs.map((x) => toExported(x.assessment, x.answers)).sort((a, b) => a.assessment.id.localeCompare(b.assessment.id));
    expect(norm(after)).toEqual(norm(before));

    expect(await importOne(asFile(file.text))).toMatchObject({ status: 'present', same: 2 });
  });

  it('asks when an assessment differs from the stored one: replace, or keep both', async () => {
    await seed('c1', 'Gesundheitsamt');
    const [stored] = await loadEverything();
    const changed = toExported({ ...stored!.assessment, updatedAt: '2030-01-01T00:00:00.000Z' }, stored!.answers);
    changed.answers[0] = { ...changed.answers[0]!, value: level(4) };
    const text = JSON.stringify(buildExport([changed], [], '0.1.0', new Date()));

    const ask = await importOne(asFile(text));
    if (ask.status !== 'ask') throw new Error(ask.status);
    expect(ask.conflicts).toEqual([
      {
        kind: 'assessment',
        key: 'c1',
        id: 'c1',
        office: 'Gesundheitsamt',
        perspective: 'mitarbeitende',
        date: '2026-11-23',
        incomingIsNewer: true,
      },
    ]);
    expect((await listAssessmentEntries()).entries).toHaveLength(1); // nothing written while asking

    expect(await applyDecision(ask.job, new Map([['c1', 'copy']]))).toMatchObject({ status: 'imported', copies: 1 });
    expect((await listAssessmentEntries()).entries).toHaveLength(2);
    expect((await loadAssessment('c1')).assessment).not.toBeNull();
    // a decision is taken once
    expect(await applyDecision(ask.job, new Map([['c1', 'copy']]))).toMatchObject({ status: 'rejected' });

    const again = await importOne(asFile(text));
    if (again.status !== 'ask') throw new Error(again.status);
    expect(await applyDecision(again.job, new Map([['c1', 'replace']]))).toMatchObject({ status: 'imported', replaced: 1 });
    const replaced = await loadAssessment('c1');
    if (!replaced.assessment) throw new Error('gone');
    expect(replaced.answers.get(changed.answers[0].questionId)!.value).toEqual(level(4));
    expect(replaced.answers.get('strategie-ziele-bekannt')?.value ?? null).toEqual(
      changed.answers.find((a) => a.questionId === 'strategie-ziele-bekannt')?.value ?? null,
    );
  });

  it('writes a file all or nothing: a failing write leaves no part of it', async () => {
    await seed('x1', 'Vorhanden');
    const [stored] = await loadEverything();
    const fresh = toExported(dv({ id: 'neu-1', office: 'Neu' }), new Map());
    const clash = toExported(stored!.assessment, stored!.answers); // "add" of an id that exists fails
    await expect(
      importFile(
        [
          { item: fresh, mode: 'add' },
          { item: clash, mode: 'add' },
        ],
        [],
      ),
    ).rejects.toThrow();
    expect((await loadAssessment('neu-1')).assessment).toBeNull();
    expect((await listAssessmentEntries()).entries.map((i) => i.assessment.id)).toEqual(['x1']);
  });

  it('imports a questionnaire file, and an export that carries its own questionnaire', async () => {
    const mini = readJson('test/fixtures/mini-4-stufen.json') as Record<string, unknown>;
    expect(await importOne(asFile(JSON.stringify(mini), 'mini.json'))).toMatchObject({
      status: 'imported',
      questionnaires: [expect.objectContaining({ id: 'mini-4-stufen' })],
    });
    expect(await importOne(asFile(JSON.stringify(mini), 'mini.json'))).toMatchObject({ status: 'present' });

    const other = { ...mini, id: 'mini-zwei' };
    const item = toExported(assessment({ id: 'm1', questionnaireId: 'mini-zwei', questionnaireVersion: '0.1.0' }), new Map());
    item.answers.push({ questionId: 'alpha-1', value: level(3), updatedAt: '2026-11-23T10:00:00.000Z' });
    const text = JSON.stringify({ ...buildExport([item], [], '0.1.0', new Date()), questionnaires: [other] });
    expect(await importOne(asFile(text))).toMatchObject({
      status: 'imported',
      added: 1,
      questionnaires: [expect.objectContaining({ id: 'mini-zwei' })],
    });
    expect((await loadAssessment('m1')).assessment?.questionnaireId).toBe('mini-zwei');
  });

  it('keeps markup in office names and notes inert: it shows as text', async () => {
    const item = toExported(dv({ id: 'h1', office: '<img src=x onerror="window.hacked=1">Amt' }), new Map());
    item.answers.push({
      questionId: 'strategie-beschluss',
      value: level(1),
      note: '<script>window.hacked=2</script>',
      updatedAt: '2026-11-23T10:00:00.000Z',
    });
    expect(await importOne(asFile(JSON.stringify(buildExport([item], [], '0.1.0', new Date()))))).toMatchObject({ status: 'imported' });
    render(<StartScreen />);
    await screen.findByRole('heading', { name: '<img src=x onerror="window.hacked=1">Amt' });
    expect(document.querySelector('img[src="x"]')).toBeNull();
    expect((window as unknown as { hacked?: number }).hacked).toBeUndefined();
  });

  it('writes CSV for Excel with the selection', async () => {
    await seed('v1', '=HYPERLINK("http://boese")');
    const file = await exportFor(await loadEverything(), 'answers-csv', how, new Date('2026-11-23T10:00:00Z'));
    expect(file.name).toBe('reifegrad-hyperlink-http-boese-mitarbeitende-2026-11-23-antworten.csv');
    expect(file.text.startsWith('\uFEFFAmt;')).toBe(true);
    expect(file.text).toContain(`"'=HYPERLINK(""http://boese"")"`);
    const scores = await exportFor(await loadEverything(), 'scores-csv', how, new Date('2026-11-23T10:00:00Z'));
    expect(scores.text.split('\r\n').filter(Boolean)).toHaveLength(1 + 9);
  });
});

describe('the plan of measures travels with the JSON export', () => {
  it('exports the plan of the offices exported; a plan item changed here is never overwritten without asking', async () => {
    const { savePlanItem, listPlan, updatePlanItem } = await import('../../src/storage/workshops');
    await seed('p1', 'Gesundheitsamt');
    const item = {
      id: 'plan-1',
      office: 'Gesundheitsamt',
      questionnaireId: 'digitale-verwaltung',
      title: 'Aktenkeller räumen',
      owner: 'Amtsleitung',
      due: '2027-03-01',
      status: 'offen' as const,
      createdAt: '2026-11-23T10:00:00.000Z',
      updatedAt: '2026-11-23T10:00:00.000Z',
    };
    await savePlanItem(item);
    await savePlanItem({ ...item, id: 'plan-2', office: 'Anderes Amt' });
    const file = await exportFor(await loadEverything(), 'json', how, new Date('2026-11-23T10:00:00Z'));
    expect((JSON.parse(file.text) as ExportFile).plan?.map((p) => p.id)).toEqual(['plan-1']);

    await closeDb();
    globalThis.indexedDB = new IDBFactory(); // another device
    resetReadModels();
    expect(await importOne(asFile(file.text))).toMatchObject({ status: 'imported', added: 1, planItems: 1 });
    expect((await listPlan('Gesundheitsamt')).map((p) => p.title)).toEqual(['Aktenkeller räumen']);

    expect(await importOne(asFile(file.text))).toMatchObject({ status: 'present' });

    await updatePlanItem('plan-1', { status: 'erledigt' }, new Date('2026-12-01T10:00:00Z'));
    const ask = await importOne(asFile(file.text));
    if (ask.status !== 'ask') throw new Error(ask.status);
    expect(ask.conflicts).toEqual([
      { kind: 'plan', key: 'plan:plan-1', id: 'plan-1', office: 'Gesundheitsamt', title: 'Aktenkeller räumen', incomingIsNewer: false },
    ]);
    expect((await listPlan('Gesundheitsamt'))[0]!.status).toBe('erledigt'); // nothing written while asking
    expect(await applyDecision(ask.job, new Map([['plan:plan-1', 'copy']]))).toMatchObject({ status: 'imported', planItems: 1 });
    expect((await listPlan('Gesundheitsamt')).map((p) => p.status).sort()).toEqual(['erledigt', 'offen']);

    // a file dated far in the future wins nothing by its date alone: it is asked about too
    const future = JSON.parse(file.text) as ExportFile;
    future.plan = future.plan!.map((p) => ({ ...p, title: 'Keller', updatedAt: '9999-12-31T23:59:59.000Z' }));
    const asked = await importOne(asFile(JSON.stringify(future)));
    expect(asked).toMatchObject({ status: 'ask', conflicts: [expect.objectContaining({ kind: 'plan', incomingIsNewer: true })] });
  });

  it('refuses a plan-only file whose measure is in no version of the questionnaire on this device', async () => {
    const file: ExportFile = {
      format: 'reifegrad-check-export',
      formatVersion: 1,
      appVersion: '0.1.0',
      exportedAt: '2026-11-23T10:00:00.000Z',
      assessments: [],
      plan: [
        {
          id: 'plan-x',
          office: 'Gesundheitsamt',
          questionnaireId: 'digitale-verwaltung',
          measureId: 'gibt-es-nicht',
          title: 'Erfunden',
          owner: '',
          status: 'offen',
          createdAt: '2026-11-23T10:00:00.000Z',
          updatedAt: '2026-11-23T10:00:00.000Z',
        },
      ],
    };
    const r = await importOne(asFile(JSON.stringify(file)));
    if (r.status !== 'rejected') throw new Error(r.status);
    expect(r.errors).toEqual([expect.stringMatching(/^Maßnahme 1 \(„Erfunden“\): verweist auf die Maßnahme „gibt-es-nicht“/)]);
    const { listPlan } = await import('../../src/storage/workshops');
    expect(await listPlan('Gesundheitsamt')).toEqual([]);
  });
});
