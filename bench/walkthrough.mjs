#!/usr/bin/env node
// Benchmark of the walk-through (prints figures, asserts nothing):
//   (1) JS transferred before the first question is usable (gzip -9 of the files, as a server would send them)
//   (2) time from navigation to the first question's level cards visible, CPU ×4, cold cache,
//       opening an existing assessment (the resume link a tablet user follows) — median of N runs
//   (3) time from pressing a level card to the IndexedDB transaction that stores it completing,
//       over 200 answers: p50 / p95 / max, at CPU ×1 and ×4
// Usage: npm run bench:walkthrough [-- --runs 5]
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { serve } from './serve.mjs';

const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 5;
const DIST = 'dist-bench';
execFileSync('node_modules/.bin/vite', ['build', '--outDir', DIST, '--emptyOutDir', '--logLevel', 'error'], {
  stdio: 'inherit',
  env: { ...process.env, NODE_ENV: 'production' },
});
const server = await serve(DIST);
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: JSON.parse(readFileSync('test/e2e/support/chromium-flags.json', 'utf8')),
});
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
await browser.close();
await server.close();

console.log(
  `Reifegrad-Check walk-through benchmark · ${new Date().toISOString()} · Chromium ${browser.version?.() ?? ''} · viewport 820×1180`,
);
console.log(
  `(1) JS before the first question is usable: ${(totalGz / 1024).toFixed(1)} KiB gzip in ${gz.length} files (${gz.map((f) => `${f.p} ${(f.gz / 1024).toFixed(1)} KiB`).join(', ')}); chart.js among them: ${gz.some((f) => /chart/i.test(f.p)) ? 'yes' : 'no'}`,
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
