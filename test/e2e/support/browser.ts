// Shared steps of the browser tests: start Chromium, watch requests, fill in the way a person does.
import { afterAll, beforeAll, inject } from 'vitest';
import { mkdirSync } from 'node:fs';
import { serve, type StaticServer } from './server';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { CHROMIUM_ARGS } from './chromium';

export const EXEC = (): string => inject('chromiumPath');

/** A fresh headless Chromium. */
export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: EXEC(), args: CHROMIUM_ARGS, headless: true });
}

/** For the tests of one file: the production build served on 127.0.0.1 and a Chromium, both
 * started before the first test and closed after the last; `dirs` are created for their output. */
export function servedApp(dirs: string[] = [], root = 'dist-e2e'): { readonly server: StaticServer; readonly browser: Browser } {
  const app = {} as { server: StaticServer; browser: Browser };
  beforeAll(async () => {
    for (const d of dirs) mkdirSync(d, { recursive: true });
    app.server = await serve(root);
    app.browser = await launch();
  });
  afterAll(async () => {
    await app.browser?.close();
    await app.server?.close();
  });
  return app;
}

/** A tablet-sized context in German that records every request URL. */
export async function tabletContext(
  browser: Browser,
  viewport = { width: 820, height: 1180 },
): Promise<{ context: BrowserContext; requests: string[] }> {
  const context = await browser.newContext({ viewport, locale: 'de-DE', serviceWorkers: 'allow' });
  const requests: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  return { context, requests };
}

/** Waits until the service worker controls the page (the app is then available offline). */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000, polling: 100 });
}

/** Starts a new assessment through the form; returns on the first question. */
export async function startAssessment(
  page: Page,
  opts: { office: string; perspective?: string; questionnaire?: string; respondent?: string },
): Promise<void> {
  await page.getByRole('link', { name: 'Neue Einschätzung' }).click();
  await page.getByLabel('Amt / Organisationseinheit').fill(opts.office);
  // the suggestions of earlier offices (a datalist) pop up under the field and would catch the
  // next click, as they would a person's tap: close them first
  await page.getByLabel('Amt / Organisationseinheit').press('Escape');
  // the office name may suggest a questionnaire (a Gesundheitsamt gets its own): a test that names
  // none answers the default one
  await page.getByRole('radio', { name: new RegExp(opts.questionnaire ?? 'Digitale Reife der Verwaltung') }).check();
  if (opts.perspective) await page.getByRole('radio', { name: opts.perspective, exact: true }).check();
  if (opts.respondent) await page.getByLabel('Ihr Name oder Kürzel (freiwillig)').fill(opts.respondent);
  await page.getByRole('button', { name: 'Einschätzung beginnen' }).click();
  await page.getByText(/^Frage 1 von \d+/).waitFor();
}

/** Answers every question of a started assessment by keyboard, `keyFor(i)` for question i
 * (a digit, "w" or "n"), waiting for each to be shown as chosen; ends on the overview. */
export async function answerAllByKeyboard(page: Page, keyFor: (i: number) => string): Promise<void> {
  const { total } = await questionPosition(page);
  for (let i = 0; i < total; i++) {
    await page.keyboard.press(keyFor(i));
    await page.locator('label.level-card.selected').waitFor();
    await page.keyboard.press('ArrowRight');
    if (i < total - 1) await page.getByText(new RegExp(`^Frage ${i + 2} von ${total}`)).waitFor();
  }
  await page.getByText('Alle Fragen sind beantwortet.').waitFor();
}

/** The "Frage n von N" figures of the question screen. */
export async function questionPosition(page: Page): Promise<{ n: number; total: number }> {
  const text = await page.locator('.progress-text').first().innerText();
  const m = /Frage (\d+) von (\d+)/.exec(text);
  if (!m) throw new Error(`no question position in "${text}"`);
  return { n: Number(m[1]), total: Number(m[2]) };
}

/** Waits until the app reports the last answer as saved. */
export async function waitSaved(page: Page): Promise<void> {
  await page.locator('.save-status', { hasText: 'Gespeichert um' }).waitFor();
}

/** Every record of one store, read straight from IndexedDB in the page (none without the database). */
export function storedRecords<T>(page: Page, store: string): Promise<T[]> {
  return page.evaluate(async (name) => {
    // never create the database here: an empty one would stand in the app's way
    if (!(await indexedDB.databases()).some((d) => d.name === 'reifegrad-check')) return [] as T[];
    return new Promise<T[]>((resolve, reject) => {
      const req = indexedDB.open('reifegrad-check');
      req.onerror = () => reject(new Error(`IndexedDB: ${String(req.error)}`));
      req.onsuccess = () => {
        const db = req.result;
        if (!db.objectStoreNames.contains(name)) {
          db.close();
          resolve([]);
          return;
        }
        const all = db.transaction(name).objectStore(name).getAll();
        all.onsuccess = () => {
          db.close();
          resolve(all.result as T[]);
        };
        all.onerror = () => reject(new Error(`IndexedDB: ${String(all.error)}`));
      };
    });
  }, store);
}

interface SheetRecord {
  assessmentId: string;
  answers: { questionId: string; value: unknown; note?: string; updatedAt: string }[];
}

/** The stored answers, read straight from IndexedDB in the page: the per-question records and the
 * answers of imported assessments still kept in one sheet. */
export async function storedAnswers(page: Page): Promise<{ assessmentId: string; questionId: string; value: unknown }[]> {
  const sheets = await storedRecords<SheetRecord>(page, 'sheets');
  const fromSheets = sheets.flatMap((s) =>
    s.answers
      .filter((a) => a.value !== null)
      .map((a) => ({ assessmentId: s.assessmentId, questionId: a.questionId, value: a.value, updatedAt: a.updatedAt })),
  );
  return [...(await storedRecords<{ assessmentId: string; questionId: string; value: unknown }>(page, 'answers')), ...fromSheets];
}

/** The stored notes, read straight from IndexedDB in the page (per-question records and sheets). */
export async function storedNotes(page: Page): Promise<{ assessmentId: string; questionId: string; note: string }[]> {
  const sheets = await storedRecords<SheetRecord>(page, 'sheets');
  const fromSheets = sheets.flatMap((s) =>
    s.answers
      .filter((a) => a.note)
      .map((a) => ({ assessmentId: s.assessmentId, questionId: a.questionId, note: a.note!, updatedAt: a.updatedAt })),
  );
  return [...(await storedRecords<{ assessmentId: string; questionId: string; note: string }>(page, 'notes')), ...fromSheets];
}

/** The stored assessment records, read straight from IndexedDB in the page. */
export function storedAssessments(page: Page): Promise<{ id: string; office: string; targets: Record<string, number> }[]> {
  return storedRecords(page, 'assessments');
}

/** axe-core violations of the current page (WCAG 2.1 A/AA rules). */
export async function axeViolations(page: Page): Promise<string[]> {
  const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  return r.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** Every request that did not go to `origin`. */
export function foreignRequests(requests: string[], origin: string): string[] {
  return requests.filter((u) => !u.startsWith(origin + '/') && !u.startsWith('data:') && !u.startsWith('blob:'));
}
