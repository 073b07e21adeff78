// Results and report in a real Chromium, as a new user gets there: fill in the default
// questionnaire (with "weiß nicht" answers and a note), open the results, change a target, print.
// Chart, table and PDF must show the core's numbers.
import { describe, expect, it } from 'vitest';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { axeViolations, servedApp, startAssessment, storedAnswers, storedAssessments, storedNotes, tabletContext } from './support/browser';
import { pdfText, squash } from './support/pdf';
import { loadQuestionnaire } from '../helpers';
import { mergeAnswer, type AnswerRecord, type StoredAnswer, type StoredNote } from '../../src/core/assessment';
import { resultsOf, type Results } from '../../src/core/results';
import { localize } from '../../src/core/text';

const SHOTS = 'test-results/screens';
const q = loadQuestionnaire('questionnaires/digitale-verwaltung.json');
const TITLES = q.dimensions.map((d) => localize(d.title, 'de'));
const OFFICE = 'Gesundheitsamt Halle (Saale)';
const NOTE = 'Akten liegen zum Teil noch im Keller – Scan-Projekt läuft seit Mai.';
const de = (x: number) => x.toLocaleString('de-DE', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

const app = servedApp([SHOTS]);

/** Answers all 37 questions by keyboard: levels, every sixth "weiß nicht", a note on question 6. */
async function fillIn(page: Page): Promise<void> {
  for (let i = 0; i < 37; i++) {
    await page.keyboard.press(i % 6 === 5 ? 'w' : String((i * 3) % 5));
    await page.locator('label.level-card.selected').waitFor();
    if (i === 5) {
      await page.getByLabel('Notiz (freiwillig)').fill(NOTE);
      await page.getByRole('button', { name: 'Weiter →' }).click();
    } else await page.keyboard.press('ArrowRight');
    if (i < 36) await page.getByText(new RegExp(`^Frage ${i + 2} von 37`)).waitFor();
  }
  await page.getByText('Alle Fragen sind beantwortet.').waitFor();
}

/** What the core computes from what is stored in the page's IndexedDB. */
async function coreResults(page: Page): Promise<Results> {
  const [a] = await storedAssessments(page);
  const values = new Map(((await storedAnswers(page)) as StoredAnswer[]).map((x) => [x.questionId, x]));
  const notes = new Map(((await storedNotes(page)) as StoredNote[]).map((x) => [x.questionId, x]));
  const answers = new Map<string, AnswerRecord>();
  for (const id of new Set([...values.keys(), ...notes.keys()])) answers.set(id, mergeAnswer(a!.id, id, values.get(id), notes.get(id)));
  return resultsOf(q, answers, a!);
}

async function waitForChart(page: Page): Promise<void> {
  await page.locator('canvas[data-drawn]').waitFor();
}

const chartSeries = async (page: Page) =>
  JSON.parse((await page.locator('canvas[data-drawn]').getAttribute('data-series'))!) as { label: string; data: (number | null)[] }[];

const tableRows = (page: Page) =>
  page.$$eval('#score-table tbody tr', (rows) =>
    rows.map((r) => ({ id: (r as HTMLElement).dataset.dimension!, cells: [...r.querySelectorAll('td')].map((td) => td.textContent) })),
  );

/** Chart, table and core agree, figure by figure. */
async function expectAgreement(page: Page, r: Results): Promise<void> {
  const series = await chartSeries(page);
  expect(series.map((s) => s.label)).toEqual(['Ist', 'Soll']);
  expect(series[0]!.data).toEqual(r.score.dimensions.map((d) => d.score));
  expect(series[1]!.data).toEqual(r.score.dimensions.map((d) => d.target));
  const rows = await tableRows(page);
  expect(rows.map((x) => x.id)).toEqual(q.dimensions.map((d) => d.id));
  rows.forEach((row, i) => {
    const d = r.score.dimensions[i]!;
    expect(row.cells[0]).toBe(d.score === null ? 'unbekannt' : de(d.score));
    expect(row.cells[1]).toBe(String(d.target));
    expect(row.cells.slice(3)).toEqual([d.coverage.answered, d.coverage.dontKnow, d.coverage.notApplicable, d.coverage.open].map(String));
  });
}

/** Pixels of the chart that are not blank: the radar was really drawn. */
const inkedPixels = (page: Page) =>
  page.locator('canvas[data-drawn]').evaluate((c: HTMLCanvasElement) => {
    const { data } = c.getContext('2d')!.getImageData(0, 0, c.width, c.height);
    let n = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) n++;
    return n;
  });

describe('results and report', () => {
  it('a new user fills in, opens the results, changes a target and prints a report', async () => {
    const { context } = await tabletContext(app.browser);
    const page = await context.newPage();
    await page.goto(app.server.url + '/');
    await startAssessment(page, { office: OFFICE, perspective: 'Führungskraft' });
    await fillIn(page);

    await page.getByRole('link', { name: 'Ergebnis anzeigen' }).click();
    await page.getByRole('heading', { name: `Ergebnis: ${OFFICE}`, exact: true }).waitFor();
    await waitForChart(page);
    expect(await inkedPixels(page)).toBeGreaterThan(5000);
    let r = await coreResults(page);
    expect(r.complete).toBe(true);
    expect(r.score.coverage.dontKnow).toBe(6);
    await expectAgreement(page, r);
    expect(await page.getByText('Vorläufiges Ergebnis').count()).toBe(0);

    // summary: overall score, basis with the "weiß nicht", two strengths by name
    await expect(page.locator('.overall-value').innerText()).resolves.toBe(de(r.score.overall!));
    await expect(page.locator('.coverage').innerText()).resolves.toContain('6 „weiß nicht“');
    const strengths = page.getByRole('region', { name: 'Stärken' });
    for (const s of r.strengths) await strengths.getByText(TITLES[q.dimensions.findIndex((d) => d.id === s.dimensionId)]!).waitFor();
    expect(r.strengths).toHaveLength(2);

    // measures in the core's order, with the reason
    const shown = await page.locator('li.measure h3').allInnerTexts();
    expect(shown).toEqual(r.measures.slice(0, 5).map((m) => localize(m.measure.title, 'de')));
    await expect(page.locator('li.measure').first().innerText()).resolves.toContain('Priorität = Gewicht');

    // the table on request; axe with everything open
    await page.getByRole('button', { name: 'Werte als Tabelle anzeigen' }).click();
    await page.getByText('Wie wird gerechnet?').click();
    await page.locator('details.dimension-detail', { hasText: NOTE }).locator('summary').click();
    await page.getByText(NOTE).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/results-820x1180.png`, fullPage: true });

    // a target changes: stored, chart and table follow, survives a reload
    const first = q.dimensions[0]!;
    await page.getByLabel(TITLES[0]!, { exact: true }).selectOption('4');
    await page.getByText('Soll-Profil gespeichert.').waitFor();
    expect((await storedAssessments(page))[0]!.targets).toEqual({ [first.id]: 4 });
    r = await coreResults(page);
    await page.waitForFunction(() => document.querySelector('#score-table tbody tr td:nth-child(3)')?.textContent === '4');
    await expectAgreement(page, r);
    await page.reload();
    await waitForChart(page);
    await expect(page.getByLabel(TITLES[0]!, { exact: true }).inputValue()).resolves.toBe('4');
    await expectAgreement(page, r);

    // the report: who/what/when, print button, PDF with office, every dimension, the first measure
    await page.getByRole('link', { name: 'Bericht für den Ausschuss' }).click();
    await page.getByRole('heading', { level: 1, name: OFFICE }).waitFor();
    await page.locator('.report-radar img').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => (window as unknown as { printed: number }).printed++;
    });
    await page.getByRole('button', { name: 'Drucken oder als PDF speichern' }).click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    await page.screenshot({ path: `${SHOTS}/report-820x1180.png`, fullPage: true });
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    mkdirSync('test-results', { recursive: true });
    writeFileSync('test-results/report.pdf', pdf);
    const { pages } = await pdfText(new Uint8Array(pdf));
    expect(Math.round(pages[0]!.width)).toBe(595); // A4 portrait
    expect(Math.round(pages[0]!.height)).toBe(842);
    const text = squash(pages.map((p) => p.text).join('\n'));
    expect(text).toContain(squash(OFFICE));
    for (const title of TITLES) expect(text).toContain(squash(title));
    expect(text).toContain(squash(localize(r.measures[0]!.measure.title, 'de')));
    expect(text).toContain(squash('Digitale Reife der Verwaltung, Version 1.0.0'));
    expect(text).not.toContain(squash('Drucken oder als PDF speichern')); // screen controls stay off paper
    expect(text).not.toContain(squash('Ihr Name oder Kürzel')); // no form labels on paper
    // page 1 is the executive summary: office, overall score, strengths and gaps, the first measures
    const page1 = squash(pages[0]!.text);
    expect(page1).toContain(squash('Auf einen Blick'));
    expect(page1).toContain(squash(`Gesamtwert ${de(r.score.overall!)}`));
    for (const s of r.strengths) expect(page1).toContain(squash(TITLES[q.dimensions.findIndex((d) => d.id === s.dimensionId)]!));
    for (const m of r.measures.slice(0, 3)) expect(page1).toContain(squash(localize(m.measure.title, 'de')));
    // every page: its number and the questionnaire with its version
    pages.forEach((p, i) => {
      expect(squash(p.text)).toContain(squash(`Seite ${i + 1} / ${pages.length}`));
      expect(squash(p.text)).toContain(squash('Digitale Reife der Verwaltung, Version 1.0.0'));
    });
    // notes can name colleagues: printed only when „Notizen aufnehmen“ is ticked
    expect(text).not.toContain(squash(NOTE));
    await page.getByRole('checkbox', { name: /Notizen aufnehmen/ }).check();
    const withNotes = await pdfText(new Uint8Array(await page.pdf({ preferCSSPageSize: true, printBackground: true })));
    expect(squash(withNotes.pages.map((p) => p.text).join('\n'))).toContain(squash(NOTE));
    await context.close();
  });

  it('says an incomplete result is provisional and leaves unknown dimensions unknown', async () => {
    const { context } = await tabletContext(app.browser);
    const page = await context.newPage();
    await page.goto(app.server.url + '/');
    await startAssessment(page, { office: 'Ordnungsamt' });
    // typed fast, without waiting for the screen: every key lands on the question it was meant for
    for (const key of ['3', 'ArrowRight', 'w', 'ArrowRight', '2', 'ArrowRight']) await page.keyboard.press(key);
    await page.getByText(/^Frage 4 von 37/).waitFor();
    await expect.poll(async () => (await storedAnswers(page)).length).toBe(3);
    const byId = new Map((await storedAnswers(page)).map((a) => [a.questionId, a.value]));
    const first = q.dimensions[0]!.questions;
    expect([byId.get(first[0]!.id), byId.get(first[1]!.id), byId.get(first[2]!.id)]).toEqual([
      { kind: 'level', level: 3 },
      { kind: 'dontKnow' },
      { kind: 'level', level: 2 },
    ]);
    await page.getByRole('link', { name: 'Übersicht' }).click();
    await page.getByRole('link', { name: 'Ergebnis anzeigen' }).click();
    await page.getByText('Vorläufiges Ergebnis: 34 von 37 Fragen sind noch offen.', { exact: false }).waitFor();
    await waitForChart(page);
    const r = await coreResults(page);
    await expectAgreement(page, r);
    expect((await chartSeries(page))[0]!.data.filter((x) => x === null)).toHaveLength(q.dimensions.length - 1);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  for (const view of [
    { name: '1180x820', viewport: { width: 1180, height: 820 }, scale: 1 },
    { name: 'zoom200-820', viewport: { width: 410, height: 590 }, scale: 2 },
  ]) {
    it(`the radar reads at ${view.name}`, async () => {
      const context = await app.browser.newContext({ viewport: view.viewport, deviceScaleFactor: view.scale, locale: 'de-DE' });
      const page = await context.newPage();
      await page.goto(app.server.url + '/');
      await startAssessment(page, { office: 'Bürgeramt' });
      await fillIn(page);
      await page.getByRole('link', { name: 'Ergebnis anzeigen' }).click();
      await waitForChart(page);
      expect(await inkedPixels(page)).toBeGreaterThan(5000);
      const box = (await page.locator('canvas[data-drawn]').boundingBox())!;
      expect(box.width).toBeGreaterThan(Math.min(view.viewport.width * 0.6, 480));
      expect(box.x + box.width).toBeLessThanOrEqual(view.viewport.width);
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth + 1)).toBe(true);
      await page.locator('.radar-panel').screenshot({ path: `${SHOTS}/results-radar-${view.name}.png` });
      await page.screenshot({ path: `${SHOTS}/results-${view.name}.png`, fullPage: true });
      await context.close();
    });
  }

  it('loads chart.js only when the results are opened', async () => {
    const context = await app.browser.newContext({ viewport: { width: 820, height: 1180 }, locale: 'de-DE', serviceWorkers: 'block' });
    const scripts: string[] = [];
    context.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
    });
    const page = await context.newPage();
    await page.goto(app.server.url + '/');
    await startAssessment(page, { office: 'Jugendamt' });
    await page.keyboard.press('2');
    await page.locator('label.level-card.selected').waitFor();
    const chunks = readdirSync('dist-e2e/assets').filter((f) => f.endsWith('.js'));
    const withChart = chunks.filter((f) => readFileSync(`dist-e2e/assets/${f}`, 'utf8').includes('radialLinear'));
    expect(withChart.length).toBeGreaterThan(0);
    expect(scripts.filter((s) => withChart.some((f) => s.endsWith(f)))).toEqual([]);
    await page.getByRole('link', { name: 'Übersicht' }).click();
    await page.getByRole('link', { name: 'Ergebnis anzeigen' }).click();
    await waitForChart(page);
    expect(scripts.filter((s) => withChart.some((f) => s.endsWith(f))).length).toBeGreaterThan(0);
    await context.close();
  });
});
