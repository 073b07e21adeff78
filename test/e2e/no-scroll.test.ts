// The screen staff see most: for every question of both bundled questionnaires, at 820×1180 and
// 1180×820 (100 % zoom), every answer card, „Weiß nicht“ / „Trifft nicht zu“ and the navigation are
// on screen at once, without scrolling and without one covering another. And one keyboard rule:
// ←/→ change the question, also on a focused answer card; ↑/↓ move between the answers.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { servedApp, startAssessment, tabletContext } from './support/browser';
import { loadQuestionnaire } from '../helpers';

const SHOTS = 'test-results/screens';
const app = servedApp([SHOTS]);

const QUESTIONNAIRES = [
  { file: 'questionnaires/gesundheitsamt.json', choice: 'Digitale Reife im Gesundheitsamt' },
  { file: 'questionnaires/digitale-verwaltung.json', choice: 'Digitale Reife der Verwaltung' },
];
const SIZES = [
  { width: 820, height: 1180 },
  { width: 1180, height: 820 },
];

interface Fit {
  /** what is not fully on screen, by name; empty when everything fits */
  problems: string[];
  /** the screen left free below the navigation bar (px); 0 when the page runs on under the bar
   * (the note field, say) — the answer cards are then still all above it */
  room: number;
}

/** Checks the question screen as it is shown on arrival (scrolled to the top). */
function fit(page: Page): Promise<Fit> {
  return page.evaluate(() => {
    const problems: string[] = [];
    if (window.scrollY !== 0) problems.push(`scrolled to ${window.scrollY}`);
    const nav = document.querySelector('.question-nav')!.getBoundingClientRect();
    if (nav.top < 0 || nav.bottom > window.innerHeight + 0.5) problems.push(`navigation at ${nav.top}–${nav.bottom}`);
    for (const card of document.querySelectorAll<HTMLElement>('label.level-card')) {
      const r = card.getBoundingClientRect();
      if (r.top < 0 || r.bottom > nav.top + 0.5)
        problems.push(`„${card.innerText.split('\n')[0]!.slice(0, 30)}“ at ${Math.round(r.top)}–${Math.round(r.bottom)}`);
    }
    const next = [...document.querySelectorAll<HTMLElement>('.question-nav button')].map((b) => b.getBoundingClientRect());
    for (const b of next) if (b.bottom > window.innerHeight + 0.5 || b.width < 44 || b.height < 44) problems.push('a navigation button');
    if (document.documentElement.scrollWidth > document.documentElement.clientWidth + 1) problems.push('scrolls sideways');
    return { problems, room: Math.round(window.innerHeight - nav.bottom) };
  });
}

describe('the question screen without scrolling', () => {
  for (const size of SIZES) {
    for (const { file, choice } of QUESTIONNAIRES) {
      const q = loadQuestionnaire(file);
      const questions = q.dimensions.flatMap((d) => d.questions);
      it(`every question of „${q.id}“ at ${size.width}×${size.height}`, async () => {
        const { context } = await tabletContext(app.browser, size);
        const page = await context.newPage();
        await page.goto(app.server.url + '/');
        await startAssessment(page, { office: 'Gesundheitsamt Halle (Saale)', questionnaire: choice });
        const failures: string[] = [];
        let tightest = { room: Infinity, n: 0 };
        for (let n = 1; n <= questions.length; n++) {
          if (n > 1) {
            await page.keyboard.press('ArrowRight');
            await page.getByText(new RegExp(`^Frage ${n} von ${questions.length}`)).waitFor();
          }
          await page.locator('#question-title').waitFor();
          await page.locator('label.level-card').first().waitFor();
          const f = await fit(page);
          if (f.problems.length > 0) failures.push(`Frage ${n} (${questions[n - 1]!.id}): ${f.problems.join(', ')}`);
          if (f.room < tightest.room) tightest = { room: f.room, n };
        }
        // the tightest question, for a person to look at
        const id = /#\/a\/([^/]+)\//.exec(page.url())![1]!;
        await page.goto(`${app.server.url}/#/a/${id}/frage/${tightest.n}`);
        await page.getByText(new RegExp(`^Frage ${tightest.n} von ${questions.length}`)).waitFor();
        await page.screenshot({ path: `${SHOTS}/question-tightest-${q.id}-${size.width}x${size.height}.png` });
        console.log(
          `[no-scroll] ${q.id} ${size.width}×${size.height}: tightest question ${tightest.n}, ${tightest.room} px free below the navigation`,
        );
        expect(failures).toEqual([]);
        await context.close();
      });
    }
  }

  it('←/→ change the question also on a focused answer card; ↑/↓ move between the answers', async () => {
    const { context } = await tabletContext(app.browser);
    const page = await context.newPage();
    await page.goto(app.server.url + '/');
    await startAssessment(page, { office: 'Ordnungsamt' });
    await expect(page.locator('.keyboard-help').innerText()).resolves.toBe(
      'Tastatur: die Ziffern 0–4 wählen die Stufe, W = weiß nicht, ↑/↓ wechseln die Antwort, ←/→ vorige/nächste Frage (auch auf einer Antwort).',
    );
    await page.locator('label.level-card[data-level="1"]').click();
    await expect(page.locator('label.level-card[data-level="1"] input').evaluate((el) => el === document.activeElement)).resolves.toBe(
      true,
    );
    await page.keyboard.press('ArrowDown');
    await page.locator('label.level-card.selected[data-level="2"]').waitFor();
    await page.keyboard.press('ArrowRight');
    await page.getByText(/^Frage 2 von 37/).waitFor();
    await page.keyboard.press('ArrowLeft');
    await page.getByText(/^Frage 1 von 37/).waitFor();
    // the answer was changed by ↓ only, never by ←/→
    await page.locator('label.level-card.selected[data-level="2"]').waitFor();
    await context.close();
  });
});
