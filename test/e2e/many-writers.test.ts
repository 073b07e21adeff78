// Many writers, one truth: where several writers meet — workshop windows, an old tab beside a new
// version, a browser that deletes the data while the app is open, quick imports — nothing is lost.
// Each race is repeated (RUNS times) and must lose nothing in any run.
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { axeViolations, servedApp, startAssessment, storedAnswers, storedAssessments, storedRecords, waitSaved } from './support/browser';
import { importPreVotes, prepare, preVotesFile } from './support/workshop';
import { assembleWorkshop, type WorkshopFact, type WorkshopRecord } from '../../src/core/workshop';

const RUNS = 20;
const SHOTS = 'test-results/screens';
const app = servedApp();

async function windows(): Promise<{ context: BrowserContext; projector: Page; moderator: Page; id: string }> {
  const context = await app.browser.newContext({ viewport: { width: 1280, height: 720 }, locale: 'de-DE', serviceWorkers: 'block' });
  const projector = await context.newPage();
  await importPreVotes(projector, app.server.url, 'Gesundheitsamt', 30);
  await prepare(projector, app.server.url, 'Gesundheitsamt');
  const id = /#\/workshop\/([^/]+)$/.exec(projector.url())![1]!;
  const moderator = await context.newPage();
  await moderator.goto(`${app.server.url}/#/workshop/${id}/moderation`);
  await moderator.locator('.moderator').waitFor();
  return { context, projector, moderator, id };
}

/** The workshop as stored: its record with every stored fact applied. */
async function stored(page: Page, id: string) {
  const [record] = (await storedRecords<WorkshopRecord>(page, 'workshops')).filter((r) => r.id === id);
  const facts = (await storedRecords<WorkshopFact>(page, 'workshopFacts')).filter((f) => f.workshopId === id);
  return assembleWorkshop(record!, facts);
}

const shownQuestion = (page: Page) => page.locator('.pj-question, .mod-question').first().innerText();
const agreedOnProjector = (page: Page) => page.locator('.pj-card.agreed').getAttribute('data-level');
const pause = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

describe('workshop windows', () => {
  it(`a reload of the moderator window while the projector agrees loses nothing (${RUNS} runs)`, async () => {
    const { context, projector, moderator, id } = await windows();
    const agreed = new Map<string, { kind: 'level'; level: number }>();
    for (let run = 0; run < RUNS; run++) {
      const level = 1 + (run % 4);
      const question = await shownQuestion(projector);
      const reload = moderator.reload();
      await pause(run * 20); // from at once to 400 ms into the reload
      await projector.keyboard.press(String(level));
      await reload;
      await moderator.locator('.moderator').waitFor();
      await expect.poll(() => agreedOnProjector(projector)).toBe(String(level));
      await expect.poll(async () => (await stored(projector, id)).agreed).toMatchObject(Object.fromEntries(agreed));
      const w = await stored(projector, id);
      const qid = w.position ?? w.agenda[0]!;
      expect(w.agreed[qid], `run ${run}: ${question}`).toEqual({ kind: 'level', level });
      agreed.set(qid, { kind: 'level', level });
      // the reloaded moderator window shows it too, and so does the store after all runs
      await expect
        .poll(() =>
          moderator
            .getByRole('radio', { name: `${level} ·`, exact: false })
            .first()
            .isChecked(),
        )
        .toBe(true);
      await projector.keyboard.press('ArrowRight');
      await expect.poll(() => shownQuestion(projector)).not.toBe(question);
    }
    expect(Object.keys((await stored(projector, id)).agreed)).toHaveLength(RUNS);
    await context.close();
  });

  it(`the projector re-reading while the moderator agrees never writes an old state back (${RUNS} runs)`, async () => {
    const { context, projector, moderator, id } = await windows();
    for (let run = 0; run < RUNS; run++) {
      const level = run % 5;
      const before = await shownQuestion(moderator);
      await Promise.all([
        projector.evaluate(() => document.dispatchEvent(new Event('visibilitychange'))),
        moderator.keyboard.press(String(level)),
      ]);
      // the projector's next key (move on) must not undo the agreement
      await projector.keyboard.press('ArrowRight');
      await expect.poll(() => shownQuestion(moderator)).not.toBe(before);
      const w = await stored(moderator, id);
      const agreedNow = Object.values(w.agreed);
      expect(agreedNow, `run ${run}`).toHaveLength(run + 1);
    }
    await context.close();
  });

  it(`two moderator windows acting at the same instant keep both the agreement and the show of hands (${RUNS} runs)`, async () => {
    const { context, projector, moderator, id } = await windows();
    const second = await context.newPage();
    await second.goto(`${app.server.url}/#/workshop/${id}/moderation`);
    await second.locator('.moderator').waitFor();
    for (let run = 0; run < RUNS; run++) {
      const level = 1 + (run % 4);
      const hands = 10 + run;
      await second.getByLabel('Stufe 2', { exact: true }).fill(String(hands));
      await Promise.all([moderator.keyboard.press(String(level)), second.getByRole('button', { name: 'Handzeichen übernehmen' }).click()]);
      await expect.poll(() => agreedOnProjector(projector)).toBe(String(level));
      await projector.getByText(`Handzeichen im Raum: ${hands}`).waitFor();
      const w = await stored(projector, id);
      const qid = w.position ?? w.agenda[0]!;
      expect(w.agreed[qid], `run ${run}`).toEqual({ kind: 'level', level });
      expect(w.hands[qid]?.['2'], `run ${run}`).toBe(hands);
      const before = await shownQuestion(projector);
      await moderator.keyboard.press('ArrowRight');
      await expect.poll(() => shownQuestion(projector)).not.toBe(before);
      // the second window's hands go to the question it shows: wait until it shows the next one
      // too (else its show of hands lands, rightly, on the question before)
      const next = await shownQuestion(projector);
      await expect.poll(() => shownQuestion(second)).toBe(next);
    }
    await context.close();
  });

  it('pre-votes deleted mid-workshop change no window’s question: the agenda stays as it was frozen', async () => {
    const { context, projector, moderator, id } = await windows();
    for (let i = 0; i < 6; i++) await projector.keyboard.press('ArrowRight');
    const question = await shownQuestion(projector);
    await expect.poll(() => shownQuestion(moderator)).toBe(question);
    // three of the thirty pre-votes are deleted (another tab)
    const other = await context.newPage();
    await other.goto(app.server.url + '/');
    for (let i = 0; i < 3; i++) {
      await other
        .getByRole('button', { name: /^Löschen: Gesundheitsamt/ })
        .first()
        .click();
      await other.getByRole('button', { name: 'Ja, löschen' }).click();
      await other.getByRole('button', { name: 'Rückgängig' }).waitFor();
    }
    await Promise.all([projector.reload(), moderator.reload()]);
    await projector.locator('.projector').waitFor();
    await moderator.locator('.moderator').waitFor();
    expect(await shownQuestion(projector)).toBe(question);
    expect(await shownQuestion(moderator)).toBe(question);
    await moderator.keyboard.press('4');
    await expect.poll(() => agreedOnProjector(projector)).toBe('4');
    const w = await stored(projector, id);
    expect(w.agreed[w.position!]).toEqual({ kind: 'level', level: 4 });
    await context.close();
  });

  it('a participant count above 10,000 is kept at 10,000, and every later change is still saved', async () => {
    const { context, projector, moderator, id } = await windows();
    await moderator.getByLabel('Zahl der Teilnehmenden').fill('52000');
    await moderator.getByLabel('Zahl der Teilnehmenden').press('Tab');
    await expect.poll(async () => (await stored(projector, id)).participants).toBe(10_000);
    await expect.poll(() => moderator.getByLabel('Zahl der Teilnehmenden').inputValue()).toBe('10000');
    await moderator.locator('#mod-title').click(); // out of the field: keys now steer the workshop
    await moderator.keyboard.press('3');
    await expect.poll(() => agreedOnProjector(projector)).toBe('3');
    await projector.reload();
    await projector.locator('.projector').waitFor();
    expect(await agreedOnProjector(projector)).toBe('3');
    await context.close();
  });

  it('a workshop write that fails in one window is shown in every window, and either can save it', async () => {
    const { context, projector, moderator, id } = await windows();
    // the moderator's laptop: its disk is full
    await moderator.evaluate(() => {
      const store = IDBObjectStore.prototype;
      const put = Object.getOwnPropertyDescriptor(store, 'put');
      (window as unknown as { restorePut: () => void }).restorePut = () => {
        if (put) Object.defineProperty(store, 'put', put);
      };
      IDBObjectStore.prototype.put = function () {
        throw new DOMException('voll', 'QuotaExceededError');
      };
    });
    await moderator.keyboard.press('2');
    await moderator
      .getByRole('alert')
      .getByText(/Nicht gespeichert: der Stand des Workshops „Gesundheitsamt“/)
      .waitFor();
    await projector
      .getByRole('alert')
      .getByText(/Nicht gespeichert: der Stand des Workshops „Gesundheitsamt“/)
      .waitFor();
    expect(await agreedOnProjector(projector)).toBe('2'); // shown, not lost
    await projector.getByRole('button', { name: 'Jetzt erneut speichern' }).click();
    await expect.poll(async () => Object.values((await stored(projector, id)).agreed)).toEqual([{ kind: 'level', level: 2 }]);
    await expect.poll(() => projector.getByRole('alert').count()).toBe(0);
    await expect.poll(() => moderator.getByRole('alert').count()).toBe(0);
    await context.close();
  });
});

describe('the consensus belongs to the room', () => {
  it('is read-only outside its workshop, and saving writes exactly what the room agreed', async () => {
    const context = await app.browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'de-DE', serviceWorkers: 'block' });
    const page = await context.newPage();
    await prepare(page, app.server.url, 'Standesamt');
    const id = /#\/workshop\/([^/]+)$/.exec(page.url())![1]!;
    await page.keyboard.press('2');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('w');
    await page.keyboard.press('s');
    await page.getByText('Der Konsens ist gespeichert: 2 Einigungen und 0 Notizen').waitFor();
    const consensus = (await storedAssessments(page)).find((a) => a.office === 'Standesamt')!;

    // its card leads to the workshop and the results, not into the walk-through
    await page.goto(app.server.url + '/');
    await page.getByRole('link', { name: 'Zum Workshop: Standesamt' }).waitFor();
    expect(await page.getByRole('link', { name: /^(Fortsetzen|Öffnen): Standesamt/ }).count()).toBe(0);
    await page.goto(`${app.server.url}/#/a/${consensus.id}/frage/1`);
    await page.getByRole('heading', { name: 'Konsens des Workshops: Standesamt' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/consensus-read-only-1280x800.png` });
    await page.keyboard.press('4'); // no answer screen here: nothing is written
    await page.goto(`${app.server.url}/#/a/${consensus.id}/uebersicht`);
    await page.getByRole('heading', { name: 'Konsens des Workshops: Standesamt' }).waitFor();

    // changed in the room and saved again: exactly the room's answers
    await page.goto(`${app.server.url}/#/workshop/${id}`);
    await page.locator('.projector').waitFor();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('3');
    await page.keyboard.press('s');
    await page.getByText('Der Konsens ist gespeichert: 2 Einigungen und 0 Notizen').waitFor();
    const answers = (await storedAnswers(page)).filter((a) => a.assessmentId === consensus.id);
    expect(answers.map((a) => a.value)).toEqual(expect.arrayContaining([{ kind: 'level', level: 3 }, { kind: 'dontKnow' }]));
    expect(answers).toHaveLength(2);
    await context.close();
  });
});

describe('an old tab beside a new version', () => {
  it('the old tab stops writing, says why, keeps answers in the outbox, and the new version writes them', async () => {
    app.server.setRoot('dist-e2e');
    const context = await app.browser.newContext({ viewport: { width: 820, height: 1180 }, locale: 'de-DE', serviceWorkers: 'block' });
    const old = await context.newPage();
    await old.goto(app.server.url + '/');
    await startAssessment(old, { office: 'Bürgeramt' });
    await old.keyboard.press('1');
    await waitSaved(old);
    await old.keyboard.press('ArrowRight');
    await old.getByText(/^Frage 2 von/).waitFor();

    app.server.setRoot('dist-e2e-ahead'); // a newer version is deployed and opened in another tab
    const next = await context.newPage();
    await next.goto(app.server.url + '/');
    await next.getByRole('heading', { name: 'Bürgeramt' }).waitFor();
    await old.getByText('Eine neuere Version der App ist in einem anderen Tab geöffnet.').waitFor();

    await old.keyboard.press('3'); // answered in the old tab after the new version took over
    await old.getByText('Vorgemerkt: wird nach dem Neuladen gespeichert.').waitFor();
    expect(await axeViolations(old)).toEqual([]);
    await old.screenshot({ path: `${SHOTS}/newer-version-elsewhere-820x1180.png` });
    // the answer is in the outbox — or already written: the new version's tab replays the outbox
    // once it has settled, and on a slow machine that can come after this answer
    const storedNow = (await storedAnswers(next)).map((a) => a.value);
    expect(storedNow).toContainEqual({ kind: 'level', level: 1 });
    const waiting = await old.evaluate(() => localStorage.getItem('reifegrad-check.outbox'));
    expect((waiting ?? '').includes('"level":3') || storedNow.some((v) => JSON.stringify(v) === '{"kind":"level","level":3}')).toBe(true);

    await old.getByRole('button', { name: 'Seite neu laden' }).click(); // loads the new version
    await expect
      .poll(async () => (await storedAnswers(next)).map((a) => a.value))
      .toEqual(
        expect.arrayContaining([
          { kind: 'level', level: 1 },
          { kind: 'level', level: 3 },
        ]),
      );
    await expect.poll(() => old.evaluate(() => localStorage.getItem('reifegrad-check.outbox'))).toBeNull();
    await context.close();
    app.server.setRoot('dist-e2e');
  });

  it('a new version blocked by an old tab that never lets go says which tabs to close, and goes on once they are', async () => {
    app.server.setRoot('dist-e2e');
    const context = await app.browser.newContext({ viewport: { width: 820, height: 1180 }, locale: 'de-DE', serviceWorkers: 'block' });
    const first = await context.newPage();
    await first.goto(app.server.url + '/');
    await first.getByText('Noch keine Einschätzung').waitFor();
    await first.close();
    // a tab of an old version that holds the database and ignores every request to let go
    const stubborn = await context.newPage();
    await stubborn.goto(app.server.url + '/nicht-die-app.txt');
    await stubborn.evaluate(
      () =>
        new Promise<void>((ok) => {
          const r = indexedDB.open('reifegrad-check');
          r.onsuccess = () => {
            (window as unknown as { held: IDBDatabase }).held = r.result; // never closed
            ok();
          };
        }),
    );
    app.server.setRoot('dist-e2e-ahead');
    const next = await context.newPage();
    await next.goto(app.server.url + '/');
    await next.getByText('Bitte schließen Sie alle anderen Tabs und Fenster von Reifegrad-Check.').waitFor();
    expect(await axeViolations(next)).toEqual([]);
    await next.screenshot({ path: `${SHOTS}/blocked-by-old-tab-820x1180.png` });
    await stubborn.close();
    await next.getByText('Noch keine Einschätzung').waitFor();
    await expect.poll(() => next.getByText('Bitte schließen Sie alle anderen Tabs').count()).toBe(0);

    // and an old build opened after the upgrade says a newer version is in use
    app.server.setRoot('dist-e2e');
    const late = await context.newPage();
    await late.goto(app.server.url + '/');
    await late.getByText('Eine neuere Version der App ist in einem anderen Tab geöffnet.').waitFor();
    await context.close();
  });
});

describe('storage that vanishes while the app is open', () => {
  it('no answer is stored without its assessment; what the page holds is written back on request', async () => {
    app.server.setRoot('dist-e2e');
    const context = await app.browser.newContext({ viewport: { width: 820, height: 1180 }, locale: 'de-DE', serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(app.server.url + '/');
    await startAssessment(page, { office: 'Kämmerei' });
    await page.keyboard.press('2');
    await waitSaved(page);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('3');
    await waitSaved(page);
    await page.keyboard.press('ArrowRight');
    // the browser deletes the site's data (here: another tab deletes the database)
    const other = await context.newPage();
    await other.goto(app.server.url + '/nicht-die-app.txt');
    await other.evaluate(
      () =>
        new Promise<void>((ok, ko) => {
          const r = indexedDB.deleteDatabase('reifegrad-check');
          r.onsuccess = () => ok();
          r.onerror = () => ko(new Error('not deleted'));
        }),
    );
    await page.getByText('Der Browser hat die gespeicherten Daten dieser App gelöscht').waitFor();
    await page.keyboard.press('4'); // shown, but not stored: there is no assessment to belong to
    await page.getByText('Wird gespeichert, sobald die Daten wiederhergestellt sind.').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/storage-vanished-820x1180.png` });
    expect(await storedAnswers(other)).toEqual([]);
    await page.getByRole('button', { name: 'Jetzt wiederherstellen' }).click();
    await expect.poll(async () => (await storedAssessments(other)).map((a) => a.office)).toEqual(['Kämmerei']);
    await expect
      .poll(async () => (await storedAnswers(other)).map((a) => a.value))
      .toEqual(
        expect.arrayContaining([
          { kind: 'level', level: 2 },
          { kind: 'level', level: 3 },
          { kind: 'level', level: 4 },
        ]),
      );
    await expect.poll(() => page.getByRole('alert').count()).toBe(0);
    await context.close();
  });

  it('an open workshop is written back whole, with every agreement', async () => {
    app.server.setRoot('dist-e2e');
    const context = await app.browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'de-DE', serviceWorkers: 'block' });
    const page = await context.newPage();
    await prepare(page, app.server.url, 'Umweltamt');
    const id = /#\/workshop\/([^/]+)$/.exec(page.url())![1]!;
    await page.keyboard.press('1');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('2');
    const other = await context.newPage();
    await other.goto(app.server.url + '/nicht-die-app.txt');
    await other.evaluate(() => new Promise<void>((ok) => (indexedDB.deleteDatabase('reifegrad-check').onsuccess = () => ok())));
    await page.getByText('Der Browser hat die gespeicherten Daten dieser App gelöscht').waitFor();
    await page.getByRole('button', { name: 'Jetzt wiederherstellen' }).click();
    await expect.poll(async () => Object.values((await stored(other, id)).agreed)).toHaveLength(2);
    await context.close();
  });
});

describe('files', () => {
  it('two imports in quick succession both land, one after the other', async () => {
    app.server.setRoot('dist-e2e');
    const context = await app.browser.newContext({ viewport: { width: 820, height: 1180 }, locale: 'de-DE', serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(app.server.url + '/#/import');
    await page.getByRole('heading', { name: 'Importieren', exact: true }).waitFor();
    // everything the live region says, as a screen reader hears it
    await page.evaluate(() => {
      const said: string[] = ((window as unknown as { said: string[] }).said = []);
      const region = document.querySelector('[role="status"][aria-live="polite"]')!;
      new MutationObserver(() => said.push(region.textContent ?? '')).observe(region, {
        subtree: true,
        childList: true,
        characterData: true,
      });
    });
    const input = page.locator('#import-files');
    await input.setInputFiles(preVotesFile('Ordnungsamt', 30));
    await input.setInputFiles(preVotesFile('Bauamt', 3));
    await expect.poll(() => page.locator('li[data-status="imported"]').count(), { timeout: 30_000 }).toBe(2);
    const said = (await page.evaluate(() => (window as unknown as { said: string[] }).said)).join('\n');
    expect(said).toMatch(/Wird geprüft: „prevotes-Ordnungsamt-30\.json“/);
    expect(said).toMatch(/Wird geprüft: „prevotes-Bauamt-3\.json“/);
    expect(said).toMatch(/„prevotes-Ordnungsamt-30\.json“: übernommen\./);
    expect(said).toMatch(/„prevotes-Bauamt-3\.json“: übernommen\./);
    await page.screenshot({ path: `${SHOTS}/import-two-files-820x1180.png` });
    expect(await page.locator('li[data-status="rejected"]').count()).toBe(0);
    expect(await storedAssessments(page)).toHaveLength(33);
    await context.close();
  });

  it('a note over 5,000 characters is not stored, says so, stays in its field, and is stored once shortened', async () => {
    const context = await app.browser.newContext({ viewport: { width: 820, height: 1180 }, locale: 'de-DE', serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(app.server.url + '/');
    await startAssessment(page, { office: 'Jugendamt' });
    const note = page.getByLabel('Notiz (freiwillig)');
    await note.evaluate((el) => el.removeAttribute('maxlength')); // what a person cannot do, a script can
    await note.fill('x'.repeat(5001));
    await page
      .getByRole('alert')
      .getByText(/länger als 5\.000 Zeichen/)
      .waitFor();
    expect(await storedRecords(page, 'notes')).toEqual([]);
    expect(await note.inputValue()).toHaveLength(5001);
    await page.screenshot({ path: `${SHOTS}/note-too-long-820x1180.png` });
    await note.fill('x'.repeat(5000));
    await expect.poll(async () => (await storedRecords<{ note: string }>(page, 'notes')).map((n) => n.note.length)).toEqual([5000]);
    await expect.poll(() => page.getByRole('alert').count()).toBe(0);
    await context.close();
  });

  it('answers that do not fit the questionnaire are reported and never scored', async () => {
    const context = await app.browser.newContext({ viewport: { width: 820, height: 1180 }, locale: 'de-DE', serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(app.server.url + '/');
    await startAssessment(page, { office: 'Sozialamt' });
    await page.keyboard.press('1');
    await waitSaved(page);
    const id = /#\/a\/([^/]+)\//.exec(page.url())![1]!;
    // written into the database by hand: a level the scale does not have, and a damaged note
    await page.evaluate(
      (assessmentId) =>
        new Promise<void>((ok) => {
          const r = indexedDB.open('reifegrad-check');
          r.onsuccess = () => {
            const tx = r.result.transaction(['answers', 'notes'], 'readwrite');
            tx.objectStore('answers').put({
              assessmentId,
              questionId: 'strategie-ziele-bekannt',
              value: { kind: 'level', level: 9 },
              updatedAt: '2026-11-23T10:00:00.000Z',
            });
            tx.objectStore('notes').put({ assessmentId, questionId: 'strategie-beschluss', note: 42, updatedAt: 'gestern' });
            tx.oncomplete = () => {
              r.result.close();
              ok();
            };
          };
        }),
      id,
    );
    // as found when the app is next opened
    await page.goto(`${app.server.url}/#/a/${id}/ergebnis`);
    await page.reload();
    await page.getByText(/gespeicherte Datensätze sind beschädigt/).waitFor();
    await page.getByText(/Stufe 9 gibt es auf der Skala dieses Fragebogens nicht/).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/results-damaged-records-820x1180.png` });
    // the overall score counts the one real answer only: level 1
    expect(await page.locator('.overall-value').innerText()).toBe('1,0');
    await context.close();
  });
});
