// The screens as a person sees them on a tablet, portrait and landscape: screenshots for review
// (test-results/screens/), and the layout facts a touch user relies on.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { servedApp, startAssessment, tabletContext, waitForServiceWorker } from './support/browser';

const SHOTS = 'test-results/screens';
const SIZES = [
  { width: 820, height: 1180 },
  { width: 1180, height: 820 },
];

const app = servedApp([SHOTS]);

/** Interactive elements smaller than 44×44 CSS px (WCAG 2.5.5 asks 44; we aim for 48). */
function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [
      ...document.querySelectorAll<HTMLElement>(
        'main a, main button, main label.level-card, main label.choice, main label.chip, header a, header button',
      ),
    ]
      .filter((el) => el.offsetParent !== null)
      .map((el) => ({ el, r: el.getBoundingClientRect() }))
      .filter(({ r }) => r.height < 44 || r.width < 44)
      .map(({ el, r }) => `${el.tagName} "${el.innerText.slice(0, 30)}" ${Math.round(r.width)}×${Math.round(r.height)}`),
  );
}

const overflowsHorizontally = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1);

describe('screens on a tablet', () => {
  for (const size of SIZES) {
    it(`start, new, question and overview at ${size.width}×${size.height}`, async () => {
      const { context } = await tabletContext(app.browser, size);
      const page = await context.newPage();
      const tag = `${size.width}x${size.height}`;
      await page.goto(app.server.url + '/');
      await page.getByRole('heading', { name: 'Ihre Einschätzungen' }).waitFor();
      await page.screenshot({ path: `${SHOTS}/start-empty-${tag}.png` });
      await page.getByRole('link', { name: 'Neue Einschätzung' }).click();
      await page.getByRole('radio', { name: /Digitale Reife der Verwaltung/ }).waitFor();
      await page.screenshot({ path: `${SHOTS}/new-${tag}.png`, fullPage: true });
      expect(await smallTargets(page)).toEqual([]);
      await page.getByRole('link', { name: '← Alle Einschätzungen' }).click();
      await startAssessment(page, { office: 'Gesundheitsamt Halle (Saale)', perspective: 'Führungskraft' });
      await page.locator('label.level-card').nth(2).click();
      await page.locator('.save-status', { hasText: 'Gespeichert' }).waitFor();
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: `${SHOTS}/question-top-${tag}.png` });
      expect(await smallTargets(page)).toEqual([]);
      expect(await overflowsHorizontally(page)).toBe(false);
      const cardHeights = await page.locator('label.level-card').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height));
      expect(Math.min(...cardHeights)).toBeGreaterThanOrEqual(48);
      await page.getByRole('link', { name: 'Übersicht' }).click();
      await page.getByRole('heading', { name: /Übersicht/ }).waitFor();
      await page.screenshot({ path: `${SHOTS}/overview-${tag}.png` });
      expect(await smallTargets(page)).toEqual([]);
      await page.getByRole('link', { name: '← Alle Einschätzungen' }).click();
      await page.getByRole('heading', { name: 'Gesundheitsamt Halle (Saale)', exact: true }).waitFor();
      await page.screenshot({ path: `${SHOTS}/start-${tag}.png` });
      expect(await smallTargets(page)).toEqual([]);
      await context.close();
    });
  }

  it('says „Offline bereit“ once, after the first install, over the page without moving it', async () => {
    const { context } = await tabletContext(app.browser);
    const page = await context.newPage();
    await page.goto(app.server.url + '/');
    const heading = page.getByRole('heading', { name: 'Ihre Einschätzungen' });
    await heading.waitFor();
    const before = await heading.boundingBox();
    await page.locator('.banner-ready').waitFor();
    expect(await heading.boundingBox()).toEqual(before);
    // it covers no button of the page: it sits over the header
    const banner = (await page.locator('.banner-ready').boundingBox())!;
    const header = (await page.locator('.app-header').boundingBox())!;
    expect(banner.y + banner.height).toBeLessThanOrEqual(header.y + header.height);
    // the next visit (the app installed): no note again
    await page.reload();
    await heading.waitFor();
    await waitForServiceWorker(page);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    await expect(page.locator('.banner-ready').count()).resolves.toBe(0);
    await context.close();
  });

  it('the question screen reflows at 200 % zoom without horizontal scrolling', async () => {
    // 200 % zoom of a 1180 px wide window = a 590 CSS px viewport
    const { context } = await tabletContext(app.browser, { width: 590, height: 410 });
    const page = await context.newPage();
    await page.goto(app.server.url + '/');
    await startAssessment(page, { office: 'Zoom-Amt' });
    expect(await overflowsHorizontally(page)).toBe(false);
    await page.screenshot({ path: `${SHOTS}/question-zoom200.png`, fullPage: true });
    await context.close();
  });
});
