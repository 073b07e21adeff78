// The questionnaire library in a real Chromium, as an office with its own maturity model would use
// it: a file that nobody bundled (English only, 15 dimensions, a 4-level scale, „trifft nicht zu“
// on some questions, dependency tags) imported through the library screen, answered, scored
// against an independent computation, used for a workshop, exported and imported on a fresh
// profile; then a new app version that ships a newer bundled questionnaire: old assessments stay
// readable, and carrying one over leaves exactly the changed questions open.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import {
  answerAllByKeyboard,
  axeViolations,
  foreignRequests,
  servedApp,
  startAssessment,
  storedAnswers,
  storedAssessments,
  storedRecords,
  tabletContext,
} from './support/browser';
import { independentScore, type PlainAnswer, type PlainQuestionnaire } from '../support/independent';

const SHOTS = 'test-results/screens';
const DL = 'test-results/downloads';
const FIX = 'test/fixtures/questionnaires';
const SAMM_PATH = `${FIX}/samm-aehnlich.json`;
const DREI_PATH = `${FIX}/drei-stufen.json`;

interface FixtureQuestion {
  id: string;
  allowNotApplicable: boolean;
}
interface Fixture extends PlainQuestionnaire {
  id: string;
  version: string;
  title: { de?: string; en?: string };
  dimensions: (PlainQuestionnaire['dimensions'][number] & { title: { de?: string; en?: string }; questions: FixtureQuestion[] })[];
}
const readFixture = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Fixture;
const samm = readFixture(SAMM_PATH);
const drei = readFixture(DREI_PATH);
const sammQuestions = samm.dimensions.flatMap((d) => d.questions);
const CHANGES = JSON.parse(readFileSync(`${FIX}/gesundheitsamt-1.1.0.changes.json`, 'utf8')) as {
  textChanged: string[];
  levelsChanged: string[];
  removed: string[];
  added: string[];
};

const de1 = (x: number) => x.toLocaleString('de-DE', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** The answer given to SAMM question i: „trifft nicht zu“ on every third question that allows it,
 * „weiß nicht“ on every seventh, else a level of the 0–3 scale. */
function sammKey(i: number): string {
  if (sammQuestions[i]!.allowNotApplicable && i % 3 === 0) return 'n';
  if (i % 7 === 4) return 'w';
  return String((i * 2 + 1) % 4);
}
const sammAnswers: Record<string, PlainAnswer> = Object.fromEntries(
  sammQuestions.map((x, i) => {
    const k = sammKey(i);
    return [x.id, k === 'n' ? { kind: 'notApplicable' } : k === 'w' ? { kind: 'dontKnow' } : { kind: 'level', level: Number(k) }];
  }),
);

const app = servedApp([SHOTS, DL]);

const tableRows = (page: Page) =>
  page.$$eval('#score-table tbody tr', (rows) =>
    rows.map((r) => ({ id: (r as HTMLElement).dataset.dimension!, cells: [...r.querySelectorAll('td')].map((td) => td.textContent) })),
  );

/** The results table shows what the independent computation gives, figure by figure. */
async function expectIndependentScores(page: Page): Promise<void> {
  const expected = independentScore(samm, sammAnswers);
  await page.getByRole('button', { name: 'Werte als Tabelle anzeigen' }).click();
  const rows = await tableRows(page);
  expect(rows.map((r) => r.id)).toEqual(samm.dimensions.map((d) => d.id));
  rows.forEach((row, i) => {
    const d = expected.dimensions[i]!;
    expect(row.cells[0]).toBe(d.score === null ? 'unbekannt' : de1(d.score));
    expect(row.cells[1]).toBe(String(d.target));
    expect(row.cells.slice(3)).toEqual([d.levels, d.dontKnow, d.notApplicable, d.open].map(String));
  });
  await expect(page.locator('.overall-value').innerText()).resolves.toBe(de1(expected.overall!));
}

/** Clicks `trigger` and saves the download; returns its path. */
async function downloadVia(page: Page, trigger: () => Promise<void>): Promise<string> {
  const [dl] = await Promise.all([page.waitForEvent('download'), trigger()]);
  const path = `${DL}/${dl.suggestedFilename()}`;
  await dl.saveAs(path);
  return path;
}

describe('a questionnaire nobody bundled', () => {
  it('is imported in the library, answered, scored, run as a workshop, exported and read on a fresh profile', async () => {
    const { context, requests } = await tabletContext(app.browser);
    const page = await context.newPage();
    await page.goto(app.server.url + '/');
    await page.getByRole('link', { name: 'Fragebögen' }).click();
    await page.getByRole('heading', { name: 'Fragebögen', level: 1 }).waitFor();
    // the bundled ones are listed before anything is imported
    await page.locator('li.library-card[data-questionnaire="gesundheitsamt@1.0.0"]').waitFor();
    await page.locator('li.library-card[data-questionnaire="digitale-verwaltung@1.0.0"]').waitFor();

    // two files at once, through the library's own import
    await page.locator('#library-file').setInputFiles([SAMM_PATH, DREI_PATH]);
    await page.locator('.import-results > li[data-status="imported"]').nth(1).waitFor();
    const card = page.locator(`li.library-card[data-questionnaire="samm-aehnlich@1.0.0"]`);
    await card.waitFor();
    const cardText = await card.innerText();
    expect(cardText).toContain('Version 1.0.0 · importiert');
    expect(cardText).toContain('15 Dimensionen · 30 Fragen');
    expect(cardText).toContain('Sprachen: Englisch · Lizenz: CC BY-SA 4.0');
    expect(cardText).toContain('Quelle: Test questionnaire written for the app');
    expect(cardText).toContain('Noch von keiner Einschätzung verwendet');
    await expect(card.locator('h2').getAttribute('lang')).resolves.toBe('en');
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/library-820x1180.png`, fullPage: true });

    // an unused imported questionnaire can be removed
    const dreiTitle = drei.title.de ?? drei.title.en!;
    await page.getByRole('button', { name: `Entfernen: ${dreiTitle} ${drei.version}` }).click();
    await page.getByRole('button', { name: 'Ja, entfernen' }).click();
    await page.getByText(`„${dreiTitle}“ (Version ${drei.version}) wurde entfernt.`).waitFor();
    await expect(page.locator(`li.library-card[data-questionnaire="${drei.id}@${drei.version}"]`).count()).resolves.toBe(0);
    expect((await storedRecords<{ id: string }>(page, 'questionnaires')).map((x) => x.id)).not.toContain(drei.id);

    // the detail: scale, dimension descriptions, source and licence
    await card.getByRole('link', { name: /^Details/ }).click();
    await page.getByRole('heading', { name: samm.title.en!, level: 1 }).waitFor();
    await expect(page.locator('h1').getAttribute('lang')).resolves.toBe('en');
    await page.getByText('How the organisation plans and measures its secure software work.').waitFor();
    await page.getByText('CC BY-SA 4.0').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/library-detail-820x1180.png`, fullPage: true });

    // a new assessment with it, straight from the library
    await page.getByRole('link', { name: 'Alle Fragebögen' }).click();
    await card.getByRole('link', { name: /^Neue Einschätzung damit/ }).click();
    await page.getByRole('heading', { name: 'Neue Einschätzung' }).waitFor();
    await expect(page.getByRole('radio', { name: new RegExp(samm.title.en!.replace(/[()]/g, '.')) }).isChecked()).resolves.toBe(true);
    await page.getByLabel('Amt / Organisationseinheit').fill('IT-Abteilung');
    await page.getByLabel('Amt / Organisationseinheit').press('Escape');
    await page.getByRole('button', { name: 'Einschätzung beginnen' }).click();
    await page.getByText(/^Frage 1 von 30/).waitFor();
    // English content in a German UI: marked, and said once
    await expect(page.locator('#question-title').getAttribute('lang')).resolves.toBe('en');
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('de');
    // the key hint names N only where „trifft nicht zu“ exists (question 1 does not allow it)
    expect(sammQuestions[0]!.allowNotApplicable).toBe(false);
    await expect(page.locator('.keyboard-help').innerText()).resolves.toBe(
      'Tastatur: die Ziffern 0–3 wählen die Stufe, W = weiß nicht, ↑/↓ wechseln die Antwort, ←/→ vorige/nächste Frage (auch auf einer Antwort).',
    );
    expect(await axeViolations(page)).toEqual([]);
    await answerAllByKeyboard(page, sammKey);
    await page.getByText('Dieser Fragebogen liegt nur auf Englisch vor; seine Texte werden so gezeigt.').waitFor();

    // the overview of 15 dimensions folds them, with a jump list
    await page.getByRole('heading', { name: /Übersicht: IT-Abteilung/ }).waitFor();
    // all answered: the first dimension open, the other 14 folded
    await expect(page.locator('button.fold-button[aria-expanded="false"]').count()).resolves.toBe(14);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(height).toBeLessThan(4000);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/overview-15-dimensions-820x1180.png`, fullPage: true });
    // a jump unfolds that dimension and brings it into view
    const nav = page.getByRole('navigation', { name: 'Springen zu' });
    await expect(nav.getByRole('button').count()).resolves.toBe(15 + 2);
    const last = samm.dimensions.at(-1)!;
    await nav.getByRole('button', { name: new RegExp(`^${last.title.en!}`) }).click();
    await page.locator(`#dimq-${last.id}`).waitFor();
    await expect(page.locator(`[aria-controls="dimq-${last.id}"]`).getAttribute('aria-expanded')).resolves.toBe('true');
    await nav.getByRole('button', { name: 'Alle aufklappen' }).click();
    await expect(page.locator('button.fold-button[aria-expanded="false"]').count()).resolves.toBe(0);
    await nav.getByRole('button', { name: 'Alle zuklappen' }).click();
    await expect(page.locator('button.fold-button[aria-expanded="true"]').count()).resolves.toBe(0);

    // the results equal an independent computation
    await page.getByRole('link', { name: 'Ergebnis anzeigen' }).click();
    await page.getByRole('heading', { name: 'Ergebnis: IT-Abteilung', exact: true }).waitFor();
    await expectIndependentScores(page);
    await page.getByText('CC BY-SA 4.0').first().waitFor();
    const [assessment] = await storedAssessments(page);
    expect((await storedAnswers(page)).filter((a) => a.assessmentId === assessment!.id)).toHaveLength(30);

    // compare lists it under its own title
    await page.goto(app.server.url + '/#/vergleich');
    await page.getByRole('heading', { name: 'Vergleichen', level: 1 }).waitFor();
    await expect(page.locator('#f-questionnaire option:checked').innerText()).resolves.toBe(samm.title.en!);
    await page.getByText('1 Einschätzung aus 1 Amt ausgewählt.').waitFor();

    // removing it now is refused, with the reason
    await page.goto(app.server.url + '/#/frageboegen');
    await card.getByText('Verwendet von 1 Einschätzung').waitFor();
    await card.getByRole('button', { name: /^Entfernen/ }).click();
    await page.getByRole('button', { name: 'Ja, entfernen' }).click();
    await page.getByText(`„${samm.title.en!}“ kann nicht entfernt werden: 1 Einschätzung verwendet ihn.`, { exact: false }).waitFor();
    await card.waitFor();

    // a workshop with it: the projector shows its English content, marked as such
    await page.goto(app.server.url + '/');
    await page.getByRole('link', { name: 'Workshop', exact: true }).click();
    await page.getByRole('heading', { name: 'Workshop vorbereiten' }).waitFor();
    await page.getByLabel('Amt / Organisationseinheit').fill('IT-Abteilung');
    await page.getByLabel('Amt / Organisationseinheit').press('Escape');
    await page.getByRole('radio', { name: new RegExp(samm.title.en!.replace(/[()]/g, '.')) }).check();
    await page.getByLabel('Zahl der Teilnehmenden').fill('6');
    await page.getByRole('button', { name: 'Workshop beginnen' }).click();
    await page.locator('.projector').waitFor();
    await page.getByText(/^Frage 1 von 30/).waitFor();
    await expect(page.locator('#ws-question').getAttribute('lang')).resolves.toBe('en');
    await page.keyboard.press('2');
    await page.locator('.pj-card.agreed[data-level="2"]').waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // exported, and imported on a fresh profile: the same figures
    await page.goto(`${app.server.url}/#/export/${assessment!.id}`);
    await page.getByText('1 von 1 ausgewählt').waitFor();
    const file = await downloadVia(page, () => page.getByRole('button', { name: 'Datei herunterladen' }).click());
    const exported = JSON.parse(readFileSync(file, 'utf8')) as { questionnaires: { id: string }[] };
    expect(exported.questionnaires.map((x) => x.id)).toEqual(['samm-aehnlich']);
    expect(foreignRequests(requests, app.server.url)).toEqual([]);
    await context.close();

    const other = await tabletContext(app.browser);
    const fresh = await other.context.newPage();
    await fresh.goto(app.server.url + '/#/import');
    await fresh.locator('#import-files').setInputFiles(file);
    await fresh.locator('.import-results > li[data-status="imported"]').waitFor();
    await fresh.goto(`${app.server.url}/#/a/${assessment!.id}/ergebnis`);
    await fresh.getByRole('heading', { name: 'Ergebnis: IT-Abteilung', exact: true }).waitFor();
    await expectIndependentScores(fresh);
    // and the questionnaire came with it into the library
    await fresh.goto(app.server.url + '/#/frageboegen');
    await fresh.locator('li.library-card[data-questionnaire="samm-aehnlich@1.0.0"]', { hasText: 'Verwendet von 1 Einschätzung' }).waitFor();
    expect(foreignRequests(other.requests, app.server.url)).toEqual([]);
    await other.context.close();
  });
});

describe('a new app version with a newer bundled questionnaire', () => {
  it('keeps old assessments readable in results, compare and report; carrying over leaves exactly the changed questions open', async () => {
    app.server.setRoot('dist-e2e');
    // no service worker: a reload fetches whatever is deployed (the update flow has its own test)
    const context = await app.browser.newContext({ viewport: { width: 820, height: 1180 }, locale: 'de-DE', serviceWorkers: 'block' });
    const page = await context.newPage();
    try {
      await page.goto(app.server.url + '/');
      await startAssessment(page, { office: 'Gesundheitsamt Halle (Saale)', questionnaire: 'Digitale Reife im Gesundheitsamt' });
      await answerAllByKeyboard(page, (i) => String(i % 5));
      // the questionnaire it was made with is stored at first use
      await expect
        .poll(async () =>
          (await storedRecords<{ id: string; version: string; origin?: string }>(page, 'questionnaires')).map(
            (x) => `${x.id}@${x.version}:${x.origin}`,
          ),
        )
        .toContain('gesundheitsamt@1.0.0:bundled');
      const [old] = await storedAssessments(page);
      await page.getByRole('link', { name: 'Ergebnis anzeigen' }).click();
      await page.getByRole('heading', { name: /^Ergebnis:/ }).waitFor();
      await page.getByRole('button', { name: 'Werte als Tabelle anzeigen' }).click();
      const before = await tableRows(page);
      expect(before.length).toBeGreaterThan(0);

      // the new version is deployed and the page reloaded
      app.server.setRoot('dist-e2e-next');
      await page.reload();
      await page.locator('.version', { hasText: 'e2e-2' }).waitFor();
      await page.getByRole('heading', { name: /^Ergebnis:/ }).waitFor();
      await page.getByRole('button', { name: 'Werte als Tabelle anzeigen' }).click();
      expect(await tableRows(page)).toEqual(before);
      await expect(page.getByText('ist auf diesem Gerät nicht vorhanden').count()).resolves.toBe(0);
      await page.getByText('Von diesem Fragebogen gibt es eine neuere Version (1.1.0).', { exact: false }).waitFor();

      // the report and compare read it too
      await page.goto(`${app.server.url}/#/a/${old!.id}/bericht`);
      await page.getByRole('heading', { level: 1, name: 'Gesundheitsamt Halle (Saale)' }).waitFor();
      await page.locator('.report-radar img').waitFor();
      await page.goto(app.server.url + '/#/vergleich');
      await page.getByText('1 Einschätzung aus 1 Amt ausgewählt.').waitFor();
      await expect(page.getByText('bleiben außen vor').count()).resolves.toBe(0);
      // the start card still says it is complete
      await page.goto(app.server.url + '/');
      await page.getByText('Fortschritt: 34 von 34').waitFor();

      // carried over to 1.1.0: a new assessment, the changed questions open and marked
      await page.goto(`${app.server.url}/#/a/${old!.id}/uebersicht`);
      await page.getByRole('button', { name: 'Auf Version 1.1.0 übertragen' }).click();
      await page.getByText('Übertragen aus Version 1.0.0. 2 Fragen haben sich geändert', { exact: false }).waitFor();
      const changed = [...CHANGES.textChanged, ...CHANGES.levelsChanged];
      await expect(page.locator('.question-links a.changed').count()).resolves.toBe(changed.length);
      // open: the changed ones and the added one, nothing else
      await expect(page.locator('.question-links a.open').count()).resolves.toBe(changed.length + CHANGES.added.length);
      expect(await axeViolations(page)).toEqual([]);
      await page.screenshot({ path: `${SHOTS}/carried-over-820x1180.png`, fullPage: true });

      const all = await storedAssessments(page);
      expect(all).toHaveLength(2);
      const copy = all.find((a) => a.id !== old!.id) as unknown as { id: string; questionnaireVersion: string };
      expect(copy.questionnaireVersion).toBe('1.1.0');
      const moved = (await storedAnswers(page)).filter((a) => a.assessmentId === copy.id).map((a) => a.questionId);
      expect(moved).toHaveLength(34 - CHANGES.removed.length - changed.length);
      for (const id of [...changed, ...CHANGES.removed, ...CHANGES.added]) expect(moved).not.toContain(id);
      // the old one is kept as it was
      expect((await storedAnswers(page)).filter((a) => a.assessmentId === old!.id)).toHaveLength(34);
    } finally {
      await context.close();
      app.server.setRoot('dist-e2e');
    }
  });
});
