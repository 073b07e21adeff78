#!/usr/bin/env node
// Benchmark of the walk-through (prints figures, asserts nothing):
//   (1) JS transferred before the first question is usable (gzip -9 of the files, as a server would send them)
//   (2) time from navigation to the first question's level cards visible, CPU ×4, cold cache,
//       opening an existing assessment (the resume link a tablet user follows) — median of N runs
//   (3) time from pressing a level card to the IndexedDB transaction that stores it completing,
//       over 200 answers: p50 / p95 / max, at CPU ×1 and ×4
//   (4) the results part: its JS (gzip) and the time from pressing "Ergebnis anzeigen" to a drawn
//       radar, CPU ×4, cold cache: from the overview (which preloads the part) and from the start list
// Usage: npm run bench:walkthrough [-- --runs 5]
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { buildApp, launchChromium, serve } from './serve.mjs';

const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 5;
const DIST = 'dist-bench';
buildApp(DIST);
const server = await serve(DIST);
const browser = await launchChromium();
const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))];
};
const median = (xs) => pct(xs, 0.5);
const fmt = (x) => x.toFixed(x < 10 ? 2 : 0);

// an assessment to resume, created through the UI
async function seed(context) {
  const page = await context.newPage();
  await page.goto(server.url + '/');
  await page.getByRole('link', { name: 'Neue Einschätzung' }).click();
  await page.getByLabel('Amt / Organisationseinheit').fill('Bench-Amt');
  await page.getByRole('button', { name: 'Einschätzung beginnen' }).click();
  await page.locator('label.level-card').first().waitFor();
  const url = page.url().replace(/\/frage\/1$/, '');
  await page.close();
  return url;
}

// (1) + (2)
const readyTimes = [];
let jsFiles = [];
for (let r = 0; r < runs + 1; r++) {
  const context = await browser.newContext({ viewport: { width: 820, height: 1180 }, serviceWorkers: 'block' });
  const url = await seed(context);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const loaded = [];
  page.on('requestfinished', (req) => {
    if (req.url().endsWith('.js')) loaded.push({ url: req.url(), t: Date.now() });
  });
  const t0 = Date.now();
  await page.goto(url, { waitUntil: 'commit' });
  await page.locator('label.level-card').first().waitFor({ state: 'visible' });
  const nav = await page.evaluate(() => performance.now());
  const tReady = Date.now();
  if (r > 0) readyTimes.push(nav); // first run is a warm-up
  jsFiles = loaded.filter((l) => l.t <= tReady).map((l) => new URL(l.url).pathname);
  void t0;
  await context.close();
}
const gz = jsFiles.map((p) => ({ p, gz: gzipSync(readFileSync(join(DIST, p)), { level: 9 }).length }));
const totalGz = gz.reduce((n, f) => n + f.gz, 0);

// (3)
async function commitTimes(rate, count) {
  const context = await browser.newContext({ viewport: { width: 820, height: 1180 }, serviceWorkers: 'block' });
  await context.addInitScript(() => {
    const w = window;
    w.__commits = [];
    let down = null;
    addEventListener(
      'pointerdown',
      () => {
        down = performance.now();
      },
      { capture: true },
    );
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (...a) {
      const start = down;
      if (this.name === 'answers' && start !== null) {
        down = null;
        this.transaction.addEventListener('complete', () => w.__commits.push(performance.now() - start));
      }
      return put.apply(this, a);
    };
  });
  const url = await seed(context);
  const page = await context.newPage();
  await page.goto(url);
  await page.locator('label.level-card').first().waitFor();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  const cards = page.locator('label.level-card');
  for (let i = 0; i < count; i++) {
    await cards.nth(i % 5).click();
    await page.waitForFunction((n) => window.__commits.length >= n, i + 1);
  }
  const xs = await page.evaluate(() => window.__commits);
  await context.close();
  return xs;
}
const c1 = await commitTimes(1, 200);
const c4 = await commitTimes(4, 200);

// (4)
async function resultsTime(from) {
  const context = await browser.newContext({ viewport: { width: 820, height: 1180 }, serviceWorkers: 'block' });
  const url = await seed(context);
  const page = await context.newPage();
  await page.goto(url);
  await page.locator('label.level-card').first().waitFor();
  for (let i = 0; i < 37; i++) {
    await page.keyboard.press(String(i % 5));
    await page.locator('label.level-card.selected').waitFor();
    await page.keyboard.press('ArrowRight');
    if (i < 36) await page.getByText(new RegExp(`^Frage ${i + 2} von`)).waitFor();
  }
  await page.close();
  const fresh = await context.newPage();
  const cdp = await context.newCDPSession(fresh);
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const scripts = [];
  fresh.on('requestfinished', (req) => {
    if (req.url().endsWith('.js')) scripts.push(new URL(req.url()).pathname);
  });
  await fresh.addInitScript(() => {
    addEventListener('pointerdown', () => (window.__down = Date.now()), { capture: true });
  });
  await fresh.goto(from === 'overview' ? `${url}/uebersicht` : server.url + '/');
  const link =
    from === 'overview' ? fresh.getByRole('link', { name: 'Ergebnis anzeigen' }) : fresh.getByRole('link', { name: /^Ergebnis:/ });
  await link.waitFor();
  await fresh.waitForTimeout(300); // the overview's preload has time to start, as it has for a person reading it
  const before = new Set(scripts);
  await link.click();
  await fresh.locator('canvas[data-drawn]').waitFor();
  const ms = await fresh.evaluate(() => Number(document.querySelector('canvas[data-drawn]').dataset.drawn) - window.__down);
  const lazy = [...new Set(scripts)].filter((p) => !before.has(p) || from === 'overview');
  await context.close();
  return { ms, lazy };
}
const fromOverview = [];
const fromStart = [];
let lazyFiles = [];
for (let r = 0; r < runs; r++) {
  fromOverview.push((await resultsTime('overview')).ms);
  const s = await resultsTime('start');
  fromStart.push(s.ms);
  lazyFiles = s.lazy;
}
const lazyGz = lazyFiles
  .filter((p) => readFileSync(join(DIST, p), 'utf8').includes('radialLinear') || /\/part-/.test(p))
  .map((p) => ({ p, gz: gzipSync(readFileSync(join(DIST, p)), { level: 9 }).length }));
await browser.close();
await server.close();

console.log(
  `Reifegrad-Check walk-through benchmark · ${new Date().toISOString()} · Chromium ${browser.version?.() ?? ''} · viewport 820×1180`,
);
console.log(
  `(1) JS before the first question is usable: ${(totalGz / 1024).toFixed(1)} KiB gzip in ${gz.length} files (${gz.map((f) => `${f.p} ${(f.gz / 1024).toFixed(1)} KiB`).join(', ')}); chart.js among them: ${gz.some((f) => readFileSync(join(DIST, f.p), 'utf8').includes('radialLinear')) ? 'yes' : 'no'}`,
);
console.log(
  `(2) navigation → first question visible, CPU ×4, cold cache: median ${fmt(median(readyTimes))} ms [${readyTimes.map(fmt).join(', ')}] over ${readyTimes.length} runs`,
);
console.log(
  `(3) press → IndexedDB commit, ${c1.length} answers, CPU ×1: p50 ${fmt(pct(c1, 0.5))} ms, p95 ${fmt(pct(c1, 0.95))} ms, max ${fmt(Math.max(...c1))} ms`,
);
console.log(
  `(3) press → IndexedDB commit, ${c4.length} answers, CPU ×4: p50 ${fmt(pct(c4, 0.5))} ms, p95 ${fmt(pct(c4, 0.95))} ms, max ${fmt(Math.max(...c4))} ms`,
);
console.log(
  `(4) results part (chart.js inside), loaded on demand: ${(lazyGz.reduce((n, f) => n + f.gz, 0) / 1024).toFixed(1)} KiB gzip (${lazyGz.map((f) => `${f.p} ${(f.gz / 1024).toFixed(1)} KiB`).join(', ')})`,
);
console.log(
  `(4) "Ergebnis anzeigen" → radar drawn, CPU ×4, cold cache: from the overview (preloaded) median ${fmt(median(fromOverview))} ms [${fromOverview.map(fmt).join(', ')}]; from the start list (not preloaded) median ${fmt(median(fromStart))} ms [${fromStart.map(fmt).join(', ')}]`,
);
