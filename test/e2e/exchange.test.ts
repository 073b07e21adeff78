// Export, import and compare as the managers of the issue do it: two tablets (two browser
// profiles) fill in assessments and export them; a third profile imports both files plus a
// broken one, sees the broken one refused, and compares offices and perspectives.
import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import {
  answerAllByKeyboard,
  axeViolations,
  servedApp,
  startAssessment,
  storedAnswers,
  storedAssessments,
  tabletContext,
} from './support/browser';
import { loadQuestionnaire } from '../helpers';
import { answersOf, parseImportText, type ExportFile } from '../../src/core/exchange';
import { compareGroups, differences, medianOf } from '../../src/core/compare';

const SHOTS = 'test-results/screens';
const DL = 'test-results/downloads';
const q = loadQuestionnaire('questionnaires/digitale-verwaltung.json');
const de = (x: number) => x.toLocaleString('de-DE', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

const app = servedApp([SHOTS, DL]);

async function tablet(): Promise<{ context: BrowserContext; page: Page }> {
  const { context } = await tabletContext(app.browser);
  const page = await context.newPage();
  await page.goto(app.server.url + '/');
  return { context, page };
}

/** Clicks `trigger` and saves the download; returns its file name and path. */
async function downloadVia(page: Page, trigger: () => Promise<void>): Promise<{ name: string; path: string }> {
  const [dl] = await Promise.all([page.waitForEvent('download'), trigger()]);
  const name = dl.suggestedFilename();
  const path = `${DL}/${Date.now()}-${name}`;
  await dl.saveAs(path);
  return { name, path };
}

const readExport = (path: string): ExportFile => {
  const r = parseImportText(readFileSync(path, 'utf8'));
  if (!r.ok || r.value.kind !== 'export') throw new Error(`not an export: ${path}`);
  return r.value.file;
};

describe('compare and exchange', () => {
  it('two tablets export, a third imports both plus a broken file and compares', async () => {
    // tablet 1: the Gesundheitsamt, a leader and a member of staff
    const t1 = await tablet();
    await startAssessment(t1.page, { office: 'Gesundheitsamt', perspective: 'Führungskraft', respondent: 'A. Leitung' });
    await answerAllByKeyboard(t1.page, (i) => String(2 + (i % 3))); // 2,3,4
    await t1.page.getByRole('link', { name: '← Alle Einschätzungen' }).click();
    await startAssessment(t1.page, { office: 'Gesundheitsamt', perspective: 'Mitarbeitende' });
    await answerAllByKeyboard(t1.page, (i) => (i % 10 === 9 ? 'w' : String(i % 3))); // 0,1,2 and some "weiß nicht"
    await t1.page.getByRole('link', { name: '← Alle Einschätzungen' }).click();
    await t1.page.getByRole('link', { name: 'Exportieren', exact: true }).click();
    await t1.page.getByRole('heading', { name: 'Exportieren', exact: true }).waitFor();
    await t1.page.getByText('2 von 2 ausgewählt').waitFor();
    expect(await axeViolations(t1.page)).toEqual([]);
    await t1.page.screenshot({ path: `${SHOTS}/export-820x1180.png`, fullPage: true });
    const file1 = await downloadVia(t1.page, () => t1.page.getByRole('button', { name: 'Datei herunterladen' }).click());
    expect(file1.name).toMatch(/^reifegrad-2-einschaetzungen-\d{4}-\d{2}-\d{2}\.json$/);
    await t1.page.getByText(/wurde gespeichert \(2 Einschätzungen\)/).waitFor();
    // the same selection for Excel: BOM, semicolons, one row per question
    await t1.page.getByRole('radio', { name: /Antworten als CSV/ }).check();
    const csv = await downloadVia(t1.page, () => t1.page.getByRole('button', { name: 'Datei herunterladen' }).click());
    const csvText = readFileSync(csv.path, 'utf8');
    expect(csvText.startsWith('\uFEFFAmt;Perspektive;Befragte Person;Datum;')).toBe(true);
    expect(csvText.trimEnd().split('\r\n')).toHaveLength(1 + 2 * 37);

    // tablet 2: the Ordnungsamt, exported from its card
    const t2 = await tablet();
    await startAssessment(t2.page, { office: 'Ordnungsamt', perspective: 'Mitarbeitende' });
    await answerAllByKeyboard(t2.page, (i) => String((i + 1) % 5));
    await t2.page.getByRole('link', { name: '← Alle Einschätzungen' }).click();
    await t2.page.getByRole('link', { name: 'Exportieren: Ordnungsamt' }).click();
    await t2.page.getByText('1 von 1 ausgewählt').waitFor();
    const file2 = await downloadVia(t2.page, () => t2.page.getByRole('button', { name: 'Datei herunterladen' }).click());
    expect(file2.name).toMatch(/^reifegrad-ordnungsamt-mitarbeitende-\d{4}-\d{2}-\d{2}\.json$/);

    // a broken file: tablet 1's export with a level that the scale does not have
    const broken = readFileSync(file1.path, 'utf8').replace(/"level": ?4/, '"level":9');
    const brokenPath = `${DL}/kaputt.json`;
    writeFileSync(brokenPath, broken);

    // the manager's laptop: imports all three at once
    const m = await tablet();
    await m.page.getByRole('link', { name: 'Importieren' }).click();
    await m.page.getByRole('heading', { name: 'Importieren', exact: true }).waitFor();
    await m.page.locator('#import-files').setInputFiles([file1.path, file2.path, brokenPath]);
    await m.page.getByRole('heading', { name: 'Ergebnis des Imports' }).waitFor();
    const results = m.page.locator('.import-results > li');
    await expect.poll(() => results.count()).toBe(3);
    const statuses = await results.evaluateAll((els) => els.map((e) => [(e as HTMLElement).dataset.status, e.textContent]));
    expect(statuses.find(([, t]) => t!.includes(file1.path.split('/').pop()!))![0]).toBe('imported');
    expect(statuses.find(([, t]) => t!.includes(file2.path.split('/').pop()!))![0]).toBe('imported');
    const rejected = statuses.find(([, t]) => t!.includes('kaputt.json'))!;
    expect(rejected[0]).toBe('rejected');
    expect(rejected[1]).toMatch(/Stufe 9 gibt es auf der Skala dieses Fragebogens nicht/);
    expect(await axeViolations(m.page)).toEqual([]);
    await m.page.screenshot({ path: `${SHOTS}/import-820x1180.png`, fullPage: true });
    expect(await storedAssessments(m.page)).toHaveLength(3);
    expect(await storedAnswers(m.page)).toHaveLength(3 * 37);

    // the same file again: recognised, nothing doubled
    await m.page.locator('#import-files').setInputFiles([file2.path]);
    await expect.poll(() => results.count()).toBe(4);
    await expect(results.first().getAttribute('data-status')).resolves.toBe('present');
    expect(await storedAssessments(m.page)).toHaveLength(3);

    // compare the offices: the table holds the core's medians
    const all = [...readExport(file1.path).assessments, ...readExport(file2.path).assessments].map((x) => ({
      assessment: x.assessment,
      answers: answersOf(x),
    }));
    await m.page.getByRole('link', { name: 'Vergleichen', exact: true }).click();
    await m.page.getByRole('heading', { name: 'Vergleichen', exact: true }).waitFor();
    await m.page.getByText('3 Einschätzungen aus 2 Ämtern ausgewählt.').waitFor();
    await m.page.locator('canvas[data-drawn]').waitFor();
    const offices = compareGroups(q, all, 'office');
    for (const g of offices) {
      const cells = await m.page.locator(`#compare-table tr[data-office="${g.key}"] td`).allInnerTexts();
      expect(cells[0]).toBe(String(g.n));
      q.dimensions.forEach((d, i) => expect(cells[i + 1]!.split('\n')[0]).toBe(de(medianOf(g, d.id)!)));
    }
    const series = JSON.parse((await m.page.locator('canvas[data-drawn]').getAttribute('data-series'))!) as { label: string }[];
    expect(series.map((s) => s.label)).toEqual(['Gesundheitsamt', 'Ordnungsamt']);
    expect(await axeViolations(m.page)).toEqual([]);
    await m.page.screenshot({ path: `${SHOTS}/compare-offices-820x1180.png`, fullPage: true });

    // perspectives of the Gesundheitsamt: leaders vs staff, largest difference first
    await m.page.getByRole('radio', { name: 'Perspektiven' }).check();
    await m.page.getByRole('checkbox', { name: /^Gesundheitsamt/ }).check();
    await m.page.getByText('2 Einschätzungen aus 1 Amt ausgewählt.').waitFor();
    const persp = differences(
      q,
      compareGroups(
        q,
        all.filter((x) => x.assessment.office === 'Gesundheitsamt'),
        'perspective',
      ),
    );
    const firstRow = m.page.locator('#compare-table tbody tr').first();
    await expect(firstRow.getAttribute('data-dimension')).resolves.toBe(persp[0]!.dimensionId);
    await expect(m.page.locator('#compare-table thead').innerText()).resolves.toMatch(/Führungskraft[\s\S]*Mitarbeitende/);
    expect(await axeViolations(m.page)).toEqual([]);
    await m.page.screenshot({ path: `${SHOTS}/compare-perspectives-820x1180.png`, fullPage: true });
    await m.page.setViewportSize({ width: 1180, height: 820 });
    await m.page.screenshot({ path: `${SHOTS}/compare-perspectives-1180x820.png`, fullPage: true });
    expect(await m.page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth + 1)).toBe(true);

    // respondents of one office: the disagreement agenda comes first
    await m.page.getByRole('radio', { name: 'Befragte eines Amts' }).check();
    await m.page.getByRole('heading', { name: /^Uneinigkeit: \d+ Fragen? für die Diskussion$/ }).waitFor();
    expect(await axeViolations(m.page)).toEqual([]);
    await m.page.screenshot({ path: `${SHOTS}/compare-respondents-1180x820-b.png`, fullPage: true });

    // the imported assessments open like any other, with their answers
    await m.page.getByRole('link', { name: '← Alle Einschätzungen' }).click();
    await m.page.getByRole('link', { name: 'Ergebnis: Ordnungsamt' }).click();
    await m.page.locator('canvas[data-drawn]').waitFor();
    await m.page.getByRole('heading', { name: 'Ergebnis: Ordnungsamt', exact: true }).waitFor();
    for (const c of [t1.context, t2.context, m.context]) await c.close();
  });

  it('takes files dropped onto the import area', async () => {
    const { context, page } = await tablet();
    await page.goto(app.server.url + '/#/import');
    await page.getByRole('heading', { name: 'Importieren', exact: true }).waitFor();
    const text = readFileSync('test/fixtures/mini-4-stufen.json', 'utf8');
    const dt = await page.evaluateHandle((t) => {
      const d = new DataTransfer();
      d.items.add(new File([t], 'mini-4-stufen.json', { type: 'application/json' }));
      d.items.add(new File(['{"kaputt":'], 'kaputt.json', { type: 'application/json' }));
      return d;
    }, text);
    await page.locator('.drop-zone').dispatchEvent('dragover', { dataTransfer: dt });
    await page.locator('.drop-zone').dispatchEvent('drop', { dataTransfer: dt });
    await expect.poll(() => page.locator('.import-results > li').count()).toBe(2);
    const statuses = await page.locator('.import-results > li').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.status));
    expect(statuses).toEqual(['imported', 'rejected']);
    await page.getByText('Kein gültiges JSON').waitFor();
    await context.close();
  });
});
