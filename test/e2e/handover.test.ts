// Handing an assessment from a tablet to the moderator without a network: QR codes through
// pixels (screenshots into the photo route, and a fake camera fed from a Y4M file), and the
// share sheet. Every refusal is a German message and stores nothing.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { deflateRawSync } from 'node:zlib';
import { chromium, type Page } from 'playwright-core';
import qrcode from 'qrcode-generator';
import { CHROMIUM_ARGS } from './support/chromium';
import {
  answerAllByKeyboard,
  axeViolations,
  EXEC,
  servedApp,
  startAssessment,
  storedAnswers,
  storedAssessments,
  storedNotes,
  tabletContext,
} from './support/browser';
import { loadQuestionnaire } from '../helpers';
import { toCompact, toParts } from '../../src/core/handover';
import type { AnswerRecord, Assessment } from '../../src/core/assessment';

const DIR = 'test-results/handover';
const q = loadQuestionnaire('questionnaires/digitale-verwaltung.json');
const at = '2026-11-20T09:00:00.000Z';
// a long note that does not compress away: many different words
const LONG = Array.from({ length: 60 }, (_, i) => `Punkt ${i + 1}: Akten ${i * 7} im Keller, Frist ${(i * 13) % 28}.`).join(' ');
const NOTES = ['Größere Lücken bei Schulungen – Übergabe an die Stabsstelle 🙂', LONG];

const app = servedApp([DIR]);

/** A filled-in assessment on a tablet: all answers by keyboard, notes on the first two questions. */
async function tabletWithAssessment(office: string): Promise<{ page: Page; id: string; close: () => Promise<void> }> {
  const { context } = await tabletContext(app.browser);
  const page = await context.newPage();
  await page.goto(app.server.url + '/');
  await startAssessment(page, { office, perspective: 'Mitarbeitende', respondent: 'Jörg Ü.' });
  const id = decodeURIComponent(/#\/a\/([^/]+)\//.exec(page.url())![1]!);
  await answerAllByKeyboard(page, (i) => (i % 8 === 7 ? 'w' : String(i % 5)));
  for (const [i, note] of NOTES.entries()) {
    await page.goto(`${app.server.url}/#/a/${id}/frage/${i + 1}`);
    await page.getByLabel('Notiz (freiwillig)').fill(note);
    await page.locator('.save-status', { hasText: 'Gespeichert um' }).waitFor();
  }
  return { page, id, close: () => context.close() };
}

/** Screenshots of every QR part shown on the hand-over screen; returns their paths. */
async function screenshotParts(page: Page, id: string, tag: string, withNotes: boolean): Promise<string[]> {
  await page.goto(`${app.server.url}/#/a/${id}/uebergeben`);
  await page.getByRole('heading', { name: /^Übergeben:/ }).waitFor();
  await page.locator('svg.qr').waitFor();
  if (withNotes) {
    await page.getByRole('checkbox', { name: 'Notizen mitgeben' }).check();
    await page.locator('svg.qr:not([data-parts="1"])').waitFor(); // the long note needs several codes
  }
  const count = Number(await page.locator('svg.qr').getAttribute('data-parts'));
  const paths: string[] = [];
  for (let i = 1; i <= count; i++) {
    await page.locator(`svg.qr[data-part="${i}"]`).waitFor();
    const path = `${DIR}/${tag}-teil-${i}.png`;
    await page.locator('svg.qr').screenshot({ path });
    paths.push(path);
    if (i < count) await page.getByRole('button', { name: 'Nächster Teil →' }).click();
  }
  return paths;
}

async function receiver(): Promise<{ page: Page; close: () => Promise<void> }> {
  const { context } = await tabletContext(app.browser, { width: 1180, height: 820 });
  const page = await context.newPage();
  await page.goto(app.server.url + '/#/empfangen');
  await page.getByRole('heading', { name: 'Empfangen (QR-Code)' }).waitFor();
  return { page, close: () => context.close() };
}

/** What an assessment is, as both devices can compare it: the record and answers with notes. */
async function snapshot(page: Page, id: string) {
  const a = (await storedAssessments(page)).find((x) => x.id === id) as unknown as Assessment;
  const values = (await storedAnswers(page)).filter((x) => (x as unknown as { assessmentId: string }).assessmentId === id);
  const notes = (await storedNotes(page)).filter((x) => (x as unknown as { assessmentId: string }).assessmentId === id);
  const { updatedAt: _u, ...fields } = a;
  return {
    fields,
    values: Object.fromEntries(values.map((x) => [x.questionId, x.value])),
    notes: Object.fromEntries(notes.map((x) => [x.questionId, x.note])),
  };
}

/** A QR code of any text as an SVG file (what another app's code would look like). */
function qrSvg(text: string, name: string): string {
  const qr = qrcode(0, 'M');
  qr.addData(text);
  qr.make();
  const path = `${DIR}/${name}.svg`;
  writeFileSync(path, qr.createSvgTag({ cellSize: 8, margin: 4 }).replace('<svg ', '<svg xmlns="http://www.w3.org/2000/svg" '));
  return path;
}

function partsOf(assessment: Assessment, answers: Map<string, AnswerRecord>): string[] {
  return toParts(new Uint8Array(deflateRawSync(Buffer.from(toCompact(q, assessment, answers, true)))), 120);
}

describe('QR hand-over', () => {
  it('round trip through pixels: screenshots of the codes into the photo route, equal field by field', async () => {
    const tablet = await tabletWithAssessment('Gesundheitsamt Halle (Saale)');
    const shots = await screenshotParts(tablet.page, tablet.id, 'foto', true);
    expect(shots.length).toBeGreaterThan(1);
    expect(await axeViolations(tablet.page)).toEqual([]);
    await tablet.page.screenshot({ path: `test-results/screens/handover-820x1180.png`, fullPage: true });
    const original = await snapshot(tablet.page, tablet.id);
    expect(Object.keys(original.notes)).toHaveLength(2);

    const r = await receiver();
    await r.page.locator('#qr-photos').setInputFiles([...shots].reverse()); // any order
    // jsQR reads each full-size photo on the main thread: seconds each on a loaded two-core machine
    await r.page.locator('.import-results > li[data-status="imported"]').waitFor({ timeout: 120_000 });
    expect(await snapshot(r.page, tablet.id)).toEqual(original);
    expect(await axeViolations(r.page)).toEqual([]);
    await r.page.screenshot({ path: `test-results/screens/receive-1180x820.png`, fullPage: true });

    // the same codes again: recognised as present, nothing doubled
    await r.page.locator('#qr-photos').setInputFiles(shots);
    await r.page.locator('.import-results > li[data-status="present"]').waitFor();
    expect(await storedAssessments(r.page)).toHaveLength(1);
    await r.close();
    await tablet.close();
  }, 240_000);

  it('reads the codes from a camera, parts out of order', async () => {
    const tablet = await tabletWithAssessment('Ordnungsamt');
    const shots = await screenshotParts(tablet.page, tablet.id, 'kamera', true);
    const original = await snapshot(tablet.page, tablet.id);
    // a Y4M video: each part for 6 frames, the parts in reverse order, on a white 640×480 frame
    const W = 640;
    const H = 480;
    const frames: Buffer[] = [];
    for (const shot of [...shots].reverse()) {
      const rgba = Buffer.from(
        await tablet.page.evaluate(
          async ({ png, W, H }) => {
            const img = new Image();
            img.src = `data:image/png;base64,${png}`;
            await img.decode();
            const c = document.createElement('canvas');
            c.width = W;
            c.height = H;
            const ctx = c.getContext('2d')!;
            ctx.fillStyle = '#fff';
            ctx.fillRect(0, 0, W, H);
            const s = Math.min((H - 40) / img.height, (W - 40) / img.width);
            ctx.drawImage(img, (W - img.width * s) / 2, (H - img.height * s) / 2, img.width * s, img.height * s);
            const d = ctx.getImageData(0, 0, W, H).data;
            let bin = '';
            for (let i = 0; i < d.length; i += 0x8000) bin += String.fromCharCode(...d.subarray(i, i + 0x8000));
            return btoa(bin);
          },
          { png: readFileSync(shot).toString('base64'), W, H },
        ),
        'base64',
      );
      const y = Buffer.alloc(W * H);
      const u = Buffer.alloc((W / 2) * (H / 2), 128);
      const v = Buffer.alloc((W / 2) * (H / 2), 128);
      for (let p = 0; p < W * H; p++) y[p] = Math.round(0.299 * rgba[p * 4]! + 0.587 * rgba[p * 4 + 1]! + 0.114 * rgba[p * 4 + 2]!);
      const frame = Buffer.concat([Buffer.from('FRAME\n'), y, u, v]);
      for (let k = 0; k < 6; k++) frames.push(frame);
    }
    const y4m = `${process.cwd()}/${DIR}/kamera.y4m`;
    writeFileSync(y4m, Buffer.concat([Buffer.from(`YUV4MPEG2 W${W} H${H} F10:1 Ip A1:1 C420jpeg\n`), ...frames]));

    const camBrowser = await chromium.launch({
      executablePath: EXEC(),
      headless: true,
      args: [
        ...CHROMIUM_ARGS,
        '--use-fake-device-for-media-stream',
        '--use-fake-ui-for-media-stream',
        `--use-file-for-fake-video-capture=${y4m}`,
      ],
    });
    const context = await camBrowser.newContext({ viewport: { width: 1180, height: 820 }, locale: 'de-DE' });
    const page = await context.newPage();
    await page.goto(app.server.url + '/#/empfangen');
    await page.getByRole('button', { name: 'Kamera starten' }).click();
    await page.locator('.import-results > li[data-status="imported"]').waitFor({ timeout: 30_000 });
    expect(await snapshot(page, tablet.id)).toEqual(original);
    // the moderator runs a workshop with the handed-over assessment as its pre-vote
    await page.goto(app.server.url + '/#/workshop-neu');
    await page.getByLabel('Amt / Organisationseinheit').fill('Ordnungsamt');
    await page.getByLabel('Amt / Organisationseinheit').press('Escape');
    await expect(page.getByRole('checkbox', { name: /Mitarbeitende · Jörg Ü\./ }).isChecked()).resolves.toBe(true);
    await page.getByRole('button', { name: 'Workshop beginnen' }).click();
    await page.getByText(/^Vorab: 1 Stimme/).waitFor();
    await camBrowser.close();
    await tablet.close();
  });

  it('refuses foreign, damaged, incomplete and unknown codes with a German message, storing nothing', async () => {
    const r = await receiver();
    const status = () => r.page.locator('.receive-status').innerText();
    // no camera here (no fake device): a clear message and the photo route
    await r.page.getByRole('button', { name: 'Kamera starten' }).click();
    await expect.poll(status).toMatch(/stattdessen Fotos oder Bildschirmfotos/);
    await r.page.locator('#qr-photos').setInputFiles(qrSvg('https://example.org/boese?x=1', 'url'));
    await expect.poll(status).toMatch(/Internetadresse, keine Einschätzung/);
    await r.page.locator('#qr-photos').setInputFiles(qrSvg('Hallo Welt', 'text'));
    await expect.poll(status).toMatch(/stammt nicht von Reifegrad-Check/);

    const a: Assessment = {
      id: 'fremd-1',
      questionnaireId: q.id,
      questionnaireVersion: q.version,
      office: '<img src=x onerror="window.hacked=1">Bauamt',
      perspective: 'it',
      date: '2026-11-20',
      createdAt: at,
      updatedAt: at,
      targets: {},
    };
    const answers = new Map<string, AnswerRecord>([
      [
        'strategie-beschluss',
        { assessmentId: 'fremd-1', questionId: 'strategie-beschluss', value: { kind: 'level', level: 2 }, note: LONG, updatedAt: at },
      ],
    ]);
    const parts = partsOf(a, answers);
    expect(parts.length).toBeGreaterThanOrEqual(3);
    // incomplete: waits and says which part is missing
    await r.page.locator('#qr-photos').setInputFiles([qrSvg(parts[0]!, 'p1'), qrSvg(parts[2]!, 'p3')]);
    await expect.poll(status).toMatch(/Es fehlt noch Teil 2/);
    expect(await storedAssessments(r.page)).toHaveLength(0);
    // damaged: one character of part 2 changed → checksum
    const broken = parts[1]!.slice(0, -3) + (parts[1]!.at(-3) === '0' ? '1' : '0') + parts[1]!.slice(-2);
    await r.page.locator('#qr-photos').setInputFiles([qrSvg(broken, 'p2-kaputt'), ...parts.slice(3).map((p, i) => qrSvg(p, `p${i + 4}`))]);
    await expect.poll(status).toMatch(/Prüfsumme stimmt nicht/);
    expect(await storedAssessments(r.page)).toHaveLength(0);
    // an unknown questionnaire version
    const unknown = partsOf({ ...a, id: 'fremd-2', questionnaireVersion: '9.9.9' }, answers);
    await r.page.locator('#qr-photos').setInputFiles(unknown.map((p, i) => qrSvg(p, `u${i}`)));
    await r.page
      .locator('.import-results > li[data-status="rejected"]', { hasText: 'Version 9.9.9, der auf diesem Gerät fehlt' })
      .waitFor();
    expect(await storedAssessments(r.page)).toHaveLength(0);
    // hostile text arrives as text
    await r.page.locator('#qr-photos').setInputFiles(parts.map((p, i) => qrSvg(p, `ok${i}`)));
    await r.page.locator('.import-results > li[data-status="imported"]').waitFor();
    await r.page.goto(app.server.url + '/');
    await r.page.getByRole('heading', { name: '<img src=x onerror="window.hacked=1">Bauamt' }).waitFor();
    expect(await r.page.evaluate(() => (window as unknown as { hacked?: number }).hacked)).toBeUndefined();
    await r.close();
  });

  it('shares through the share sheet where it can, and downloads where it cannot', async () => {
    const tablet = await tabletWithAssessment('Jugendamt');
    // with a share sheet (stubbed): it receives the JSON file
    await tablet.page.addInitScript(() => {
      const w = window as unknown as { shared?: string };
      Object.assign(navigator, {
        canShare: (d: { files?: File[] }) => !!d.files?.length,
        share: async (d: { files: File[] }) => {
          w.shared = await d.files[0]!.text();
        },
      });
    });
    await tablet.page.goto('about:blank'); // a new document, so that the stub is installed
    await tablet.page.goto(`${app.server.url}/#/a/${tablet.id}/uebergeben`);
    await tablet.page.getByRole('button', { name: 'Teilen', exact: true }).click();
    await tablet.page.getByText('Die Datei wurde an das Teilen-Menü übergeben.').waitFor();
    const shared = (await tablet.page.evaluate(() => (window as unknown as { shared?: string }).shared))!;
    const original = await snapshot(tablet.page, tablet.id);
    const r = await receiver();
    await r.page.goto(app.server.url + '/#/import');
    await r.page
      .locator('#import-files')
      .setInputFiles({ name: 'geteilt.json', mimeType: 'application/json', buffer: Buffer.from(shared) });
    await r.page.locator('.import-results > li[data-status="imported"]').waitFor();
    expect(await snapshot(r.page, tablet.id)).toEqual(original);
    await r.close();
    await tablet.close();

    // without a share sheet for files: the file is downloaded, and the screen says so
    const plain = await tabletWithAssessment('Bauamt');
    await plain.page.addInitScript(() => Object.assign(navigator, { share: undefined, canShare: undefined }));
    await plain.page.goto('about:blank');
    await plain.page.goto(`${app.server.url}/#/a/${plain.id}/uebergeben`);
    const [dl] = await Promise.all([
      plain.page.waitForEvent('download'),
      plain.page.getByRole('button', { name: 'Teilen', exact: true }).click(),
    ]);
    expect(dl.suggestedFilename()).toMatch(/^reifegrad-bauamt-mitarbeitende-.*\.json$/);
    await plain.page.getByText(/Teilen von Dateien geht in diesem Browser nicht/).waitFor();
    await plain.close();
  });

  it('keeps the QR generator and decoder out of the first screen', () => {
    const html = readFileSync('dist-e2e/index.html', 'utf8');
    const entry = [...html.matchAll(/<script[^>]+src="\/([^"]+)"/g)].map((m) => m[1]!);
    const jsQR = readdirSync('dist-e2e/assets').filter((f) => f.startsWith('jsQR'));
    expect(jsQR).toHaveLength(1);
    expect(readdirSync('dist-e2e/assets').filter((f) => f.startsWith('qrcode'))).toHaveLength(1);
    for (const f of entry) {
      const code = readFileSync(`dist-e2e/${f}`, 'utf8');
      expect(code).not.toContain('Alphanumeric'); // qrcode-generator
      expect(code).not.toContain(jsQR[0]!.replace('.js', '')); // not even a static import of the decoder
    }
  });
});
