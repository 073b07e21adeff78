// The assessment on a tablet, in a real headless Chromium against the production build.
// Each test is a user's session: clicks, keys, reloads, going offline, a killed browser.
import { DB_VERSION } from '../../src/storage/db';
import { afterEach, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_ARGS } from './support/chromium';
import {
  axeViolations,
  EXEC,
  foreignRequests,
  questionPosition,
  servedApp,
  startAssessment,
  storedAnswers,
  storedNotes,
  tabletContext,
  waitForServiceWorker,
  waitSaved,
} from './support/browser';

const SHOTS = 'test-results/screens';
let context: BrowserContext;
let requests: string[];

const app = servedApp([SHOTS]);
afterEach(async () => {
  // scenario 7 for every session: no request ever leaves the origin
  expect(foreignRequests(requests ?? [], app.server.url)).toEqual([]);
  await context?.close();
  app.server.setRoot('dist-e2e');
});

async function open(viewport?: { width: number; height: number }): Promise<Page> {
  ({ context, requests } = await tabletContext(app.browser, viewport));
  const page = await context.newPage();
  await page.goto(app.server.url + '/');
  await page.getByRole('heading', { name: 'Ihre Einschätzungen' }).waitFor();
  return page;
}

function card(page: Page, level: number | 'W' | 'N') {
  const name = level === 'W' ? /^Weiß nicht/ : level === 'N' ? /^Trifft nicht zu/ : new RegExp(`^Stufe ${level}:`);
  return page.locator('label.level-card', { has: page.getByRole('radio', { name }) });
}

async function answerByClicks(page: Page, count: number, pick: (i: number) => number | 'W' = (i) => i % 5): Promise<void> {
  for (let i = 0; i < count; i++) {
    const { n, total } = await questionPosition(page);
    await card(page, pick(i)).click();
    await expect(card(page, pick(i)).getByRole('radio').isChecked()).resolves.toBe(true);
    await waitSaved(page);
    await page.getByRole('button', { name: /^(Weiter|Zur Übersicht)/ }).click();
    if (n < total) await page.getByText(new RegExp(`^Frage ${n + 1} von ${total}`)).waitFor();
  }
}

describe('walk-through', () => {
  it('1a: a complete assessment by clicks, then reopened and changed', async () => {
    const page = await open();
    await startAssessment(page, { office: 'Gesundheitsamt Halle (Saale)', perspective: 'Führungskraft', respondent: 'A. B.' });
    const { total } = await questionPosition(page);
    expect(total).toBe(37);
    await card(page, 2).click();
    await page.getByLabel('Notiz (freiwillig)').fill('Strategie liegt als Entwurf vor – äöü ß');
    await waitSaved(page);
    await page.screenshot({ path: `${SHOTS}/question-820x1180.png`, fullPage: false });
    await page.setViewportSize({ width: 1180, height: 820 });
    await page.screenshot({ path: `${SHOTS}/question-1180x820.png`, fullPage: false });
    await page.setViewportSize({ width: 820, height: 1180 });
    await page.getByRole('button', { name: 'Weiter' }).click();
    await answerByClicks(page, total - 1, (i) => (i % 7 === 3 ? 'W' : i % 5));
    await page.getByText('Alle Fragen sind beantwortet.').waitFor();
    await page.screenshot({ path: `${SHOTS}/overview-820x1180.png`, fullPage: false });
    const stored = await storedAnswers(page);
    expect(stored).toHaveLength(37);
    expect(stored.filter((a) => (a.value as { kind: string }).kind === 'dontKnow').length).toBeGreaterThan(0);
    expect(await storedNotes(page)).toEqual([
      expect.objectContaining({ questionId: 'strategie-beschluss', note: 'Strategie liegt als Entwurf vor – äöü ß' }),
    ]);
    // reopen from the start screen and change one answer
    await page.getByRole('link', { name: '← Alle Einschätzungen' }).click();
    await page.getByText('Fortschritt: 37 von 37 (vollständig)').waitFor();
    await page.screenshot({ path: `${SHOTS}/start-820x1180.png`, fullPage: false });
    await page.getByRole('link', { name: 'Öffnen: Gesundheitsamt Halle (Saale)' }).click();
    await page.getByRole('link', { name: /Wie verbindlich ist festgelegt/ }).click();
    await expect(card(page, 2).getByRole('radio').isChecked()).resolves.toBe(true);
    await card(page, 4).click();
    await waitSaved(page);
    expect((await storedAnswers(page)).find((a) => a.questionId === 'strategie-beschluss')?.value).toEqual({ kind: 'level', level: 4 });
  });

  it('1b: a complete assessment by keyboard only', async () => {
    const page = await open();
    const tabTo = async (test: () => Promise<boolean>, what: string) => {
      for (let i = 0; i < 25; i++) {
        if (await test()) return;
        await page.keyboard.press('Tab');
      }
      throw new Error(`Tab never reached ${what}`);
    };
    const focusedText = () => page.evaluate(() => (document.activeElement as HTMLElement | null)?.innerText?.trim() ?? '');
    await tabTo(async () => (await focusedText()) === 'Neue Einschätzung', 'Neue Einschätzung');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Neue Einschätzung' }).waitFor();
    await tabTo(() => page.evaluate(() => document.activeElement?.id === 'office'), 'the office field');
    await page.keyboard.type('Ordnungsamt');
    await tabTo(async () => (await focusedText()) === 'Einschätzung beginnen', 'the start button');
    await page.keyboard.press('Enter');
    await page.getByText(/^Frage 1 von 37/).waitFor();
    for (let i = 0; i < 37; i++) {
      await page.keyboard.press(i % 9 === 8 ? 'w' : String(i % 5));
      await page.locator('label.level-card.selected').waitFor();
      await page.keyboard.press('ArrowRight');
      if (i < 36) await page.getByText(new RegExp(`^Frage ${i + 2} von 37`)).waitFor();
    }
    await page.getByText('Alle Fragen sind beantwortet.').waitFor();
    const stored = await storedAnswers(page);
    expect(stored).toHaveLength(37);
    expect(stored.filter((a) => (a.value as { kind: string }).kind === 'dontKnow')).toHaveLength(4);
    // arrows go back, digits change
    await page.keyboard.press('Tab');
    await page.goBack();
    await page.getByText(/^Frage 37 von 37/).waitFor();
    await page.keyboard.press('ArrowLeft');
    await page.getByText(/^Frage 36 von 37/).waitFor();
  });

  it('2: reload in the middle keeps every answer and resumes at the first open question', async () => {
    const page = await open();
    await startAssessment(page, { office: 'Bürgerservice', perspective: 'Mitarbeitende' });
    await answerByClicks(page, 5);
    expect((await questionPosition(page)).n).toBe(6);
    await page.reload();
    await page.getByText(/^Frage 6 von 37/).waitFor();
    await page.getByRole('link', { name: '← Alle Einschätzungen' }).click();
    await page.getByText('Fortschritt: 5 von 37').waitFor();
    await page.reload();
    await page.getByRole('link', { name: 'Fortsetzen: Bürgerservice' }).click();
    await page.getByText(/^Frage 6 von 37/).waitFor();
    await page.keyboard.press('ArrowLeft');
    await page.getByText(/^Frage 5 von 37/).waitFor();
    await page.keyboard.press('ArrowLeft');
    await page.getByText(/^Frage 4 von 37/).waitFor();
    await expect(card(page, 3).getByRole('radio').isChecked()).resolves.toBe(true);
    expect(await storedAnswers(page)).toHaveLength(5);
  });

  it('3: a browser killed right after an answer keeps it', async () => {
    // SIGKILL to the whole process group: no shutdown, no flush, as when a tablet's battery dies
    const kill = async (proc: ReturnType<typeof spawn>) => {
      const exited = new Promise((ok) => proc.on('exit', ok));
      process.kill(-proc.pid!, 'SIGKILL');
      await exited;
    };
    const profile = mkdtempSync(join(tmpdir(), 'rc-profile-'));
    const start = async () => {
      const proc = spawn(
        EXEC(),
        [...CHROMIUM_ARGS, `--user-data-dir=${profile}`, '--remote-debugging-port=0', '--window-size=820,1180', 'about:blank'],
        // its own process group, so that the kill takes every Chromium process
        { stdio: ['ignore', 'ignore', 'pipe'], detached: true },
      );
      const ws = await new Promise<string>((resolve, reject) => {
        let buf = '';
        proc.stderr.on('data', (d: Buffer) => {
          buf += d.toString();
          const m = /DevTools listening on (ws:\/\/\S+)/.exec(buf);
          if (m) resolve(m[1]!);
        });
        proc.on('exit', () => reject(new Error(`chromium exited: ${buf}`)));
      });
      const b = await chromium.connectOverCDP(ws);
      const ctx = b.contexts()[0]!;
      ctx.on('request', (r) => requests.push(r.url()));
      return { proc, page: ctx.pages()[0] ?? (await ctx.newPage()) };
    };
    requests = [];
    const first = await start();
    await first.page.goto(app.server.url + '/');
    await startAssessment(first.page, { office: 'Jugendamt' });
    await card(first.page, 3).click();
    await waitSaved(first.page);
    await kill(first.proc);
    const second = await start();
    await second.page.goto(app.server.url + '/');
    await second.page.getByText('Fortschritt: 1 von 37').waitFor();
    await second.page.getByRole('link', { name: 'Fortsetzen: Jugendamt' }).click();
    await second.page.getByText(/^Frage 2 von 37/).waitFor();
    expect((await storedAnswers(second.page)).map((a) => a.value)).toEqual([{ kind: 'level', level: 3 }]);
    await kill(second.proc);
    rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
  });

  it('4: offline after the first visit: the app and all data are there', async () => {
    const page = await open();
    await waitForServiceWorker(page);
    await startAssessment(page, { office: 'Kämmerei' });
    await answerByClicks(page, 3);
    await context.setOffline(true);
    await page.reload();
    await page.getByText(/^Frage 4 von 37/).waitFor();
    await page.getByRole('link', { name: '← Alle Einschätzungen' }).click();
    await page.getByText('Fortschritt: 3 von 37').waitFor();
    // a new assessment with the other questionnaire also works offline (lazy chunk precached)
    await startAssessment(page, { office: 'Gesundheitsamt', questionnaire: 'Digitale Reife im Gesundheitsamt' });
    await card(page, 1).click();
    await waitSaved(page);
    expect(await storedAnswers(page)).toHaveLength(4);
    await context.setOffline(false);
  });

  it('5: a new version deployed while an assessment is open: prompt, no reload by itself, nothing lost', async () => {
    const page = await open();
    await waitForServiceWorker(page);
    await expect(page.locator('.version').innerText()).resolves.toContain('e2e-1');
    await startAssessment(page, { office: 'Standesamt' });
    await answerByClicks(page, 2);
    await card(page, 1).click();
    await page.getByLabel('Notiz (freiwillig)').fill('halb getippt');
    await waitSaved(page);
    app.server.setRoot('dist-e2e-next');
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    await page.getByText('Neue Version verfügbar.').waitFor({ timeout: 30_000 });
    // the app did not reload by itself: the note is still in the field
    await expect(page.getByLabel('Notiz (freiwillig)').inputValue()).resolves.toBe('halb getippt');
    await page.screenshot({ path: `${SHOTS}/update-prompt-820x1180.png` });
    await page.getByRole('button', { name: 'Neu laden' }).click();
    await page.locator('.version', { hasText: 'e2e-2' }).waitFor({ timeout: 30_000 });
    await page.getByText(/^Frage 3 von 37/).waitFor();
    await expect(page.getByLabel('Notiz (freiwillig)').inputValue()).resolves.toBe('halb getippt');
    expect(await storedAnswers(page)).toHaveLength(3);
  });

  it('6: axe finds no violations on start, new assessment, question and overview', async () => {
    ({ context, requests } = await tabletContext(app.browser));
    await context.addInitScript(() => {
      const w = window as unknown as { __csp: string[] };
      w.__csp = [];
      document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    const page = await context.newPage();
    await page.goto(app.server.url + '/');
    await page.getByRole('heading', { name: 'Ihre Einschätzungen' }).waitFor();
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-');
    expect(await axeViolations(page)).toEqual([]);
    await startAssessment(page, { office: 'Umweltamt' });
    expect(await axeViolations(page)).toEqual([]);
    await card(page, 2).click();
    await page.getByLabel('Notiz (freiwillig)').fill('x');
    await waitSaved(page);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Übersicht' }).click();
    await page.getByRole('heading', { name: /Übersicht: Umweltamt/ }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('link', { name: '← Alle Einschätzungen' }).click();
    await page.getByRole('link', { name: 'Neue Einschätzung' }).click();
    await page.getByRole('heading', { name: 'Neue Einschätzung' }).waitFor();
    await page.getByRole('button', { name: 'Einschätzung beginnen' }).click();
    await page.getByText('Bitte geben Sie das Amt oder die Organisationseinheit an.').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/new-error-820x1180.png` });
    // English too
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('heading', { name: 'New assessment' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
  });
});

describe('never lose an answer', () => {
  it('two tabs on the same assessment keep both tabs’ answers and show each other’s', async () => {
    const a = await open();
    await startAssessment(a, { office: 'Zwei-Tab-Amt' });
    const url = a.url();
    const b = await context.newPage();
    await b.goto(url.replace(/frage\/1$/, 'frage/2'));
    await b.getByText(/^Frage 2 von 37/).waitFor();
    await card(a, 1).click();
    await card(b, 4).click();
    await waitSaved(a);
    await waitSaved(b);
    await b.getByLabel('Notiz (freiwillig)').fill('aus Tab B');
    await waitSaved(b);
    // tab A sees B's answer without reloading
    await a.getByRole('link', { name: 'Übersicht' }).click();
    await a.getByText('2 von 37 beantwortet').first().waitFor();
    const stored = await storedAnswers(a);
    expect(stored).toHaveLength(2);
    const notes = await storedNotes(a);
    expect(notes.map((n) => n.note)).toEqual(['aus Tab B']);
    expect(stored.find((x) => x.questionId === notes[0]!.questionId)?.value).toEqual({ kind: 'level', level: 4 });
  });

  it('a full disk: a clear German message, the answer is kept in memory and written once there is space', async () => {
    ({ context, requests } = await tabletContext(app.browser));
    await context.addInitScript(() => {
      // eslint-disable-next-line @typescript-eslint/unbound-method -- called below with the right `this`
      const put = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
        if ((window as unknown as { __diskFull?: boolean }).__diskFull && this.name === 'answers')
          throw new DOMException('Quota exceeded', 'QuotaExceededError');
        return put.apply(this, args);
      };
    });
    const page = await context.newPage();
    await page.goto(app.server.url + '/');
    await startAssessment(page, { office: 'Volles Amt' });
    await card(page, 1).click();
    await waitSaved(page);
    await page.getByRole('button', { name: 'Weiter' }).click();
    await page.evaluate(() => ((window as unknown as { __diskFull: boolean }).__diskFull = true));
    await card(page, 3).click();
    const alert = page.getByRole('alert');
    await alert.getByText(/Der Speicher dieses Geräts ist voll/).waitFor();
    await expect(alert.innerText()).resolves.toContain('1 Antwort noch nicht gespeichert');
    await page.screenshot({ path: `${SHOTS}/disk-full-820x1180.png` });
    await expect(card(page, 3).getByRole('radio').isChecked()).resolves.toBe(true);
    expect(await storedAnswers(page)).toHaveLength(1);
    await page.evaluate(() => ((window as unknown as { __diskFull: boolean }).__diskFull = false));
    await page.getByRole('button', { name: 'Jetzt erneut speichern' }).click();
    await waitSaved(page);
    await page.reload();
    await page.getByText(/^Frage 2 von 37/).waitFor();
    await expect(card(page, 3).getByRole('radio').isChecked()).resolves.toBe(true);
  });

  it('a database written by schema version 1 opens with every record intact', async () => {
    ({ context, requests } = await tabletContext(app.browser));
    const page = await context.newPage();
    await page.goto(app.server.url + '/manifest.webmanifest');
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const req = indexedDB.open('reifegrad-check', 1);
          req.onupgradeneeded = () => {
            const db = req.result;
            db.createObjectStore('assessments', { keyPath: 'id' }).createIndex('byUpdated', 'updatedAt');
            db.createObjectStore('answers', { keyPath: ['assessmentId', 'questionId'] }).createIndex('byAssessment', 'assessmentId');
          };
          req.onerror = () => reject(new Error(String(req.error)));
          req.onsuccess = () => {
            const db = req.result;
            const tx = db.transaction(['assessments', 'answers'], 'readwrite');
            tx.objectStore('assessments').put({
              id: 'v1-alt',
              questionnaireId: 'digitale-verwaltung',
              questionnaireVersion: '1.0.0',
              office: 'Altes Amt (v1)',
              perspective: 'it',
              date: '2026-01-15',
              createdAt: '2026-01-15T09:00:00.000Z',
              updatedAt: '2026-01-15T09:30:00.000Z',
              targets: {},
            });
            // version 1 kept the note inside the answer record
            const at = '2026-01-15T09:30:00.000Z';
            const answers = tx.objectStore('answers');
            answers.put({
              assessmentId: 'v1-alt',
              questionId: 'strategie-beschluss',
              value: { kind: 'level', level: 2 },
              note: 'Notiz aus Version 1',
              updatedAt: at,
            });
            answers.put({ assessmentId: 'v1-alt', questionId: 'fuehrung-vorbild', value: { kind: 'level', level: 1 }, updatedAt: at });
            tx.oncomplete = () => {
              db.close();
              resolve();
            };
          };
        }),
    );
    await page.goto(app.server.url + '/');
    await page.getByRole('heading', { name: 'Altes Amt (v1)' }).waitFor();
    await page.getByText('Fortschritt: 2 von 37').waitFor();
    await page.getByRole('link', { name: 'Fortsetzen: Altes Amt (v1)' }).click();
    await page.getByText(/^Frage 2 von 37/).waitFor();
    const version = await page.evaluate(async () => (await indexedDB.databases()).find((d) => d.name === 'reifegrad-check')?.version);
    expect(version).toBe(DB_VERSION); // upgraded through every migration
    await page.keyboard.press('ArrowLeft');
    await page.getByText(/^Frage 1 von 37/).waitFor();
    await expect(card(page, 2).getByRole('radio').isChecked()).resolves.toBe(true);
    await expect(page.getByLabel('Notiz (freiwillig)').inputValue()).resolves.toBe('Notiz aus Version 1');
  });

  it('a corrupt record is reported and skipped; the others stay usable; delete asks and can be undone', async () => {
    const page = await open();
    await startAssessment(page, { office: '<img src=x onerror="window.__pwned=1">Amt' });
    await card(page, 2).click();
    await waitSaved(page);
    await page.evaluate(
      () =>
        new Promise<void>((resolve) => {
          const req = indexedDB.open('reifegrad-check');
          req.onsuccess = () => {
            const tx = req.result.transaction('assessments', 'readwrite');
            tx.objectStore('assessments').put({ id: 'kaputt', office: 42 });
            tx.oncomplete = () => {
              req.result.close();
              resolve();
            };
          };
        }),
    );
    await page.getByRole('link', { name: '← Alle Einschätzungen' }).click();
    await page.getByText('1 gespeicherter Datensatz ist beschädigt und wird nicht angezeigt:').waitFor();
    const office = '<img src=x onerror="window.__pwned=1">Amt';
    await page.getByRole('heading', { name: office }).waitFor();
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    const deleteButton = page.getByRole('button', { name: `Löschen: ${office}` });
    const focused = (l: typeof deleteButton) => l.evaluate((el) => el === document.activeElement);
    // Esc and „Abbrechen“ give focus back to „Löschen“, never to the page's body
    await deleteButton.click();
    const dialog = page.getByRole('dialog', { name: 'Einschätzung löschen?' });
    await dialog.waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => focused(deleteButton)).toBe(true);
    await deleteButton.click();
    // the dialog names the assessment: office, perspective, date
    await expect(dialog.innerText()).resolves.toContain(`„${office} (Mitarbeitende, `);
    expect(await axeViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Abbrechen' }).click();
    await expect.poll(() => focused(deleteButton)).toBe(true);
    await deleteButton.click();
    await dialog.getByRole('button', { name: 'Ja, löschen' }).click();
    await page.locator('.toast', { hasText: `Die Einschätzung „${office} (Mitarbeitende, ` }).waitFor();
    await page.getByText('Noch keine Einschätzung auf diesem Gerät.').waitFor();
    // after deleting, focus is on „Rückgängig“; after undoing, on the card's „Löschen“ again
    const undo = page.getByRole('button', { name: 'Rückgängig' });
    await expect.poll(() => focused(undo)).toBe(true);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: office }).waitFor();
    await page.getByText('Fortschritt: 1 von 37').waitFor();
    await expect.poll(() => focused(deleteButton)).toBe(true);
  });
});
