// Every screen of the app, as a person reaches it, at the two tablet sizes (portrait and landscape):
// a screenshot of each for review (test-results/screens/tour-*.png), axe with 0 violations, and no
// horizontal scrolling. The projector is also taken at 1920×1080.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { answerAllByKeyboard, axeViolations, servedApp, startAssessment, tabletContext } from './support/browser';

const SHOTS = 'test-results/screens';
const app = servedApp([SHOTS]);

const SIZES = [
  { width: 820, height: 1180 },
  { width: 1180, height: 820 },
];

async function look(page: Page, name: string, tag: string): Promise<void> {
  // the screen is settled: its heading is there and nothing is loading any more
  await page.locator('main h1, .projector h1').first().waitFor();
  await page.waitForFunction(() => !document.querySelector('.loading, .list-loading'));
  await page.screenshot({ path: `${SHOTS}/tour-${name}-${tag}.png`, fullPage: true });
  expect(await axeViolations(page), `${name} ${tag}`).toEqual([]);
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1),
    `${name} ${tag} scrolls sideways`,
  ).toBe(false);
}

describe('a tour of every screen', () => {
  for (const size of SIZES) {
    it(`at ${size.width}×${size.height}`, async () => {
      const tag = `${size.width}x${size.height}`;
      const { context } = await tabletContext(app.browser, size);
      const page = await context.newPage();
      const go = (hash: string) => page.goto(`${app.server.url}/${hash}`);
      await go('#/');
      await page.getByText('Noch keine Einschätzung auf diesem Gerät.').waitFor();
      await look(page, 'start-empty', tag);
      await page.getByRole('link', { name: 'Neue Einschätzung' }).click();
      await look(page, 'new', tag);
      await page.getByRole('link', { name: '← Alle Einschätzungen' }).click();
      await startAssessment(page, { office: 'Gesundheitsamt Halle (Saale)', perspective: 'Führungskraft', respondent: 'M. K.' });
      await look(page, 'question', tag);
      await answerAllByKeyboard(page, (i) => (i % 6 === 5 ? 'w' : String((i * 2) % 5)));
      const id = /#\/a\/([^/]+)\//.exec(page.url())![1]!;
      await look(page, 'overview', tag);
      await go(`#/a/${id}/ergebnis`);
      await page.locator('canvas[data-drawn]').waitFor();
      await look(page, 'results', tag);
      await go(`#/a/${id}/bericht`);
      await page.locator('.report-radar img').waitFor();
      await look(page, 'report', tag);
      await go(`#/a/${id}/uebergeben`);
      await page.locator('svg.qr').waitFor();
      await look(page, 'handover', tag);
      // the whole code (and its part buttons, where there are several) on screen without scrolling,
      // and which assessment it is
      await page.getByText('Führungskraft · M. K. · ').waitFor();
      expect(
        await page.evaluate(() =>
          [...document.querySelectorAll('svg.qr, .qr-box .actions')].every((e) => e.getBoundingClientRect().bottom <= window.innerHeight),
        ),
        `handover ${tag}: the code is below the fold`,
      ).toBe(true);
      await go('#/');
      await page.getByRole('heading', { name: 'Gesundheitsamt Halle (Saale)' }).waitFor();
      await look(page, 'start', tag);
      await go('#/vergleich');
      await page.locator('#compare-table').waitFor();
      await look(page, 'compare', tag);
      await go('#/import');
      await look(page, 'import', tag);
      await go('#/export');
      await page.getByText('1 von 1 ausgewählt').waitFor();
      await look(page, 'export', tag);
      await go('#/empfangen');
      await look(page, 'receive', tag);
      await go('#/workshop-neu');
      await look(page, 'workshop-new', tag);
      await page.getByLabel('Amt / Organisationseinheit').fill('Gesundheitsamt Halle (Saale)');
      await page.getByLabel('Amt / Organisationseinheit').press('Escape');
      await page.getByRole('button', { name: 'Workshop beginnen' }).click();
      await page.locator('.projector').waitFor();
      const workshopId = /#\/workshop\/([^/]+)$/.exec(page.url())![1]!;
      await look(page, 'projector', tag);
      if (size.width === 1180) {
        await page.setViewportSize({ width: 1920, height: 1080 });
        await look(page, 'projector', '1920x1080');
        await page.keyboard.press('r');
        await page.locator('canvas[data-drawn]').waitFor();
        // read from the back of the room: axis labels of 24 px or more
        expect(Number(await page.locator('canvas[data-drawn]').getAttribute('data-label-size'))).toBeGreaterThanOrEqual(24);
        await look(page, 'projector-radar', '1920x1080');
        await page.setViewportSize(size);
      }
      await go(`#/workshop/${workshopId}/moderation`);
      await look(page, 'moderator', tag);
      await go(`#/workshop/${workshopId}/plan`);
      await look(page, 'plan', tag);
      await go('#/frageboegen');
      await page.locator('li.library-card').first().waitFor();
      await look(page, 'library', tag);
      await go('#/frageboegen/gesundheitsamt/1.0.0');
      await look(page, 'questionnaire', tag);
      await go('#/so-gehts');
      await look(page, 'guide', tag);
      await go('#/gibt-es-nicht');
      await look(page, 'not-found', tag);
      await context.close();
    });
  }
});
