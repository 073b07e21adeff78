#!/usr/bin/env node
// Benchmark of import and comparison at the scale of a Land (prints figures, asserts nothing):
// 200 offices × 10 respondents = 2,000 assessments of the default questionnaire with seeded random
// answers, written as one export file, imported through the app's real import path in Chromium
// (file picker), then compared. Prints: file size, import time, time to the comparison of all
// 200 offices (aggregation + table), time to a drawn radar (perspectives), time from a click on a
// column header to the table painted in its new order, JS heap.
// Usage: npm run bench:compare [-- --offices 200 --respondents 10]
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { buildApp, launchChromium, serve } from './serve.mjs';

const arg = (name, dflt) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : dflt;
};
const OFFICES = arg('offices', 200);
const RESPONDENTS = arg('respondents', 10);
const DIST = 'dist-bench';

// seeded PRNG (mulberry32): the same file every run
let seed = 20261123;
const rand = () => {
  seed |= 0;
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

const q = JSON.parse(readFileSync('questionnaires/digitale-verwaltung.json', 'utf8'));
const questions = q.dimensions.flatMap((d) => d.questions);
const perspectives = ['fuehrung', 'mitarbeitende', 'mitarbeitende', 'mitarbeitende', 'it'];
const at = '2026-11-20T09:00:00.000Z';
const assessments = [];
for (let o = 0; o < OFFICES; o++) {
  const base = rand() * 3; // each office has its own level, respondents scatter around it
  for (let r = 0; r < RESPONDENTS; r++) {
    const id = `bench-${o}-${r}`;
    const answers = [];
    for (const x of questions) {
      const u = rand();
      const value =
        u < 0.06
          ? { kind: 'dontKnow' }
          : u < 0.08 && x.allowNotApplicable
            ? { kind: 'notApplicable' }
            : { kind: 'level', level: Math.max(0, Math.min(4, Math.round(base + (rand() - 0.5) * 3))) };
      answers.push({ questionId: x.id, value, updatedAt: at });
    }
    assessments.push({
      assessment: {
        id,
        questionnaireId: q.id,
        questionnaireVersion: q.version,
        office: `Amt ${String(o + 1).padStart(3, '0')}`,
        perspective: perspectives[r % perspectives.length],
        date: '2026-11-20',
        createdAt: at,
        updatedAt: at,
        targets: {},
      },
      answers,
    });
  }
}
const file = { format: 'reifegrad-check-export', formatVersion: 1, appVersion: 'bench', exportedAt: at, assessments };
mkdirSync('test-results', { recursive: true });
const path = 'test-results/bench-2000.json';
writeFileSync(path, JSON.stringify(file));
const bytes = readFileSync(path).length;

buildApp(DIST);
const server = await serve(DIST);
const browser = await launchChromium(['--enable-precise-memory-info']);
const context = await browser.newContext({ viewport: { width: 1180, height: 820 }, serviceWorkers: 'block', locale: 'de-DE' });
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
const heap = async () => {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize / 1024 / 1024;
};

await page.goto(`${server.url}/#/import`);
await page.getByRole('heading', { name: 'Importieren', exact: true }).waitFor();
let t = Date.now();
await page.locator('#import-files').setInputFiles(path);
await page.locator('.import-results > li[data-status="imported"]').waitFor({ timeout: 120_000 });
const importMs = Date.now() - t;
const importText = await page.locator('.import-results > li').first().innerText();
const heapAfterImport = await heap();

await page.getByRole('link', { name: 'Vergleichen', exact: true }).click();
t = Date.now();
await page.waitForFunction((n) => document.querySelectorAll('#compare-table tbody tr').length === n, OFFICES, { timeout: 60_000 });
const officesMs = Date.now() - t;
const heapCompare = await heap();

t = Date.now();
await page.getByRole('radio', { name: 'Perspektiven' }).check();
await page.waitForFunction(() => {
  const c = document.querySelector('canvas[data-drawn]');
  return c && JSON.parse(c.dataset.series).length === 3;
});
const perspectivesMs = Date.now() - t;

t = Date.now();
await page.getByRole('radio', { name: 'Ämter' }).check();
await page.waitForFunction((n) => document.querySelectorAll('#compare-table tbody tr').length === n, OFFICES);
const backMs = Date.now() - t;

// Sorting: from the trusted pointerdown on a column header's button to the first task after the
// rendering update that shows the table in its new order (the clicked header's aria-sort changed,
// which Preact writes in the same commit as the reordered rows; rAF → MessageChannel = after the
// paint). Every dimension column once (each sorts descending on its first click), then the
// office column (back to name order).
await page.evaluate(() => {
  addEventListener(
    'pointerdown',
    (e) => {
      if (e.isTrusted && e.target instanceof Element && e.target.closest('#compare-table thead button') && window.__sort)
        window.__sort.down ??= performance.now();
    },
    { capture: true },
  );
});
const headerButtons = page.locator('#compare-table thead th button.sort');
const headers = await headerButtons.evaluateAll((buttons) => buttons.map((b) => b.firstChild.textContent.trim()));
const order = [...headers.keys()].slice(1).concat(0);
const sorts = [];
for (const index of order) {
  const label = headers[index];
  await page.evaluate((label) => {
    const header = () =>
      [...document.querySelectorAll('#compare-table thead th')].find(
        (th) => th.querySelector('button.sort')?.firstChild.textContent.trim() === label,
      );
    const firstRow = () => document.querySelector('#compare-table tbody tr')?.getAttribute('data-office') ?? null;
    const before = { first: firstRow(), sort: header().getAttribute('aria-sort') };
    const sort = (window.__sort = { label, firstBefore: before.first, sortBefore: before.sort });
    const channel = new MessageChannel();
    channel.port1.onmessage = () => (sort.painted = performance.now());
    const observer = new MutationObserver(() => {
      const now = header()?.getAttribute('aria-sort') ?? null;
      if (now === before.sort) return;
      observer.disconnect();
      Object.assign(sort, { sortAfter: now, firstAfter: firstRow() });
      requestAnimationFrame(() => channel.port2.postMessage(null));
    });
    observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
  }, label);
  await headerButtons.nth(index).click();
  const s = await page.waitForFunction(() => window.__sort.painted !== undefined && window.__sort, null, { timeout: 60_000 });
  const r = await s.jsonValue();
  sorts.push({ ...r, ms: r.painted - r.down });
}
const peak = await heap();
await browser.close();
await server.close();

console.log(`Reifegrad-Check compare benchmark · ${new Date().toISOString()} · ${OFFICES} offices × ${RESPONDENTS} respondents`);
console.log(`file: ${assessments.length} assessments, ${(bytes / 1024 / 1024).toFixed(1)} MB`);
console.log(
  `import through the file picker (parse, check, one IndexedDB transaction): ${importMs} ms  [${importText.replace(/\s+/g, ' ')}]`,
);
console.log(`"Vergleichen" → all ${OFFICES} offices aggregated and in the table: ${officesMs} ms`);
console.log(`→ perspectives (3 groups × ${assessments.length} assessments) aggregated and radar drawn: ${perspectivesMs} ms`);
console.log(`→ back to „Ämter“ (${OFFICES} rows in the table): ${backMs} ms`);
const sortMs = sorts.map((x) => x.ms).sort((a, b) => a - b);
const ms1 = (x) => x.toFixed(1);
console.log(
  `→ click on a column header (trusted pointerdown) → table re-rendered in the new order and painted: first click („${sorts[0].label}“, ${sorts[0].sortAfter}) ${ms1(sorts[0].ms)} ms; over ${sorts.length} clicks (${sorts.length - 1} dimension columns, then the office column) median ${ms1(sortMs[Math.floor(sortMs.length / 2)])} ms, range ${ms1(sortMs[0])}–${ms1(sortMs.at(-1))} ms; first row changed in ${sorts.filter((x) => x.firstAfter !== x.firstBefore).length} of ${sorts.length}`,
);
console.log(
  `JS heap after GC: after import ${heapAfterImport.toFixed(1)} MB, comparing ${heapCompare.toFixed(1)} MB, at the end ${peak.toFixed(1)} MB`,
);
