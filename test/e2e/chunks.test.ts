// Each feature loads on its own: what a screen fetches, read from the browser's network log. The
// start screen gets the questionnaire index, not the questionnaires; chart.js comes only with a
// radar; import, export, receive and the plan never fetch it. An address the app cannot read
// shows „Diese Seite gibt es nicht.“ and the app keeps working.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { servedApp, startAssessment } from './support/browser';

const app = servedApp();

/** The built files that hold chart.js (found by a name only chart.js uses). */
function chartFiles(): string[] {
  const files = readdirSync('dist-e2e/assets').filter((f) => f.endsWith('.js'));
  const withChart = files.filter((f) => readFileSync(`dist-e2e/assets/${f}`, 'utf8').includes('radialLinear'));
  expect(withChart.length).toBeGreaterThan(0);
  return withChart;
}

async function recorded(): Promise<{ context: BrowserContext; page: Page; requests: string[] }> {
  const context = await app.browser.newContext({ viewport: { width: 820, height: 1180 }, locale: 'de-DE', serviceWorkers: 'block' });
  const requests: string[] = [];
  context.on('request', (r) => requests.push(new URL(r.url()).pathname));
  return { context, page: await context.newPage(), requests };
}

describe('features load on their own', () => {
  it('the start screen loads no questionnaire file and no chart; import, export, receive and the plan fetch no chart', async () => {
    const chart = chartFiles();
    const fetchedChart = (requests: string[]) => requests.filter((p) => chart.some((f) => p.endsWith(f)));
    const { context, page, requests } = await recorded();
    await page.goto(app.server.url + '/');
    await page.getByText('Noch keine Einschätzung auf diesem Gerät.').waitFor();
    expect(requests.filter((p) => p.endsWith('.json'))).toEqual([]);
    expect(fetchedChart(requests)).toEqual([]);

    for (const [hash, heading] of [
      ['#/import', 'Importieren'],
      ['#/export', 'Exportieren'],
      ['#/empfangen', 'Empfangen (QR-Code)'],
    ] as const) {
      await page.goto(`${app.server.url}/${hash}`);
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
    }
    // a workshop and its plan (the plan has no radar)
    await page.goto(`${app.server.url}/#/workshop-neu`);
    await page.getByLabel('Amt / Organisationseinheit').fill('Bauamt');
    await page.getByLabel('Amt / Organisationseinheit').press('Escape');
    await page.getByRole('button', { name: 'Workshop beginnen' }).click();
    await page.locator('.projector').waitFor();
    const workshopId = /#\/workshop\/([^/]+)$/.exec(page.url())![1]!;
    await page.goto(`${app.server.url}/#/workshop/${workshopId}/plan`);
    await page.getByRole('heading', { level: 1, name: /Maßnahmenplan/ }).waitFor();
    expect(fetchedChart(requests)).toEqual([]);

    // the projector's radar (R) is the first thing here that draws one
    await page.goto(`${app.server.url}/#/workshop/${workshopId}`);
    await page.locator('.projector').waitFor();
    await page.keyboard.press('r');
    await page.locator('canvas[data-drawn]').waitFor();
    expect(fetchedChart(requests).length).toBeGreaterThan(0);
    await context.close();
  });

  it('a question fetches its questionnaire file once, and still no chart', async () => {
    const chart = chartFiles();
    const { context, page, requests } = await recorded();
    await page.goto(app.server.url + '/');
    await startAssessment(page, { office: 'Jugendamt' });
    const questionnaires = requests.filter((p) => p.endsWith('.json'));
    expect(questionnaires).toHaveLength(1);
    expect(questionnaires[0]).toMatch(/\/assets\/digitale-verwaltung-[\w-]+\.json$/);
    expect(requests.filter((p) => chart.some((f) => p.endsWith(f)))).toEqual([]);
    await context.close();
  });

  it('an address it cannot read is "not found", never a broken app', async () => {
    const { context, page } = await recorded();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${app.server.url}/#/a/%E0%A4/uebersicht`);
    await page.getByRole('heading', { name: 'Diese Seite gibt es nicht.' }).waitFor();
    await page.getByRole('link', { name: 'Alle Einschätzungen' }).click();
    await page.getByRole('heading', { name: 'Ihre Einschätzungen' }).waitFor();
    await page.goto(`${app.server.url}/#/nirgendwo/hin`);
    await page.getByRole('heading', { name: 'Diese Seite gibt es nicht.' }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });
});
