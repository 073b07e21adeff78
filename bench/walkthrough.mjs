#!/usr/bin/env node
// Benchmark of the walk-through (prints figures, asserts nothing):
//   (1) every byte transferred before a screen is usable (HTML, JS, CSS, JSON, images: the bytes the
//       server sent, which sends files uncompressed, so the file sizes; and their gzip -9 sum), for
//       the start screen („Neue Einschätzung“ painted, fresh context) and for the first question
//       (its level cards painted); "before" = the response finished before the first task after
//       the frame that painted that element (rAF → MessageChannel); CPU ×4, cold cache
//   (2) time from navigation to the first question's level cards visible, CPU ×4, cold cache,
//       opening an existing assessment (the resume link a tablet user follows) — median of N runs
//   (3) time from pressing a level card to the IndexedDB transaction that stores it completing,
//       over 200 answers: p50 / p95 / max, at CPU ×1 and ×4
//   (4) the results part: its JS (gzip) and the time from pressing "Ergebnis anzeigen" to a drawn
//       radar, CPU ×4, cold cache: from the overview (which preloads the part) and from the start list
//   (5) the cost of strict durability: 100 transactions exactly like the app's answer write
//       (answers + activity, one record each) per durability, interleaved, at CPU ×1 and ×4 — in a
//       browser profile on disk, and in the off-the-record context the other figures use
// Usage: npm run bench:walkthrough [-- --runs 5]
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { buildApp, launchChromium, launchPersistentChromium, serve } from './serve.mjs';

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

// (1): the bytes of every response finished before the page painted the element that makes the
// screen usable. The page notes that moment itself: an init script checks in every animation frame
// whether the element is there and visible; the frame in which it is, paints it, and a message
// posted from that frame is handled right after the paint. The responses are taken from the page's
// Resource Timing (same clock) and, for what it does not list (icons, manifest), from the
// browser's network events (wall clock).
function watchUsable(page, selector, text) {
  return page.addInitScript(
    ([selector, text]) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => (window.__usable ??= performance.now());
      const visible = () => {
        const el = [...document.querySelectorAll(selector)].find((e) => text === null || e.textContent.trim() === text);
        if (!el) return false;
        const r = el.getBoundingClientRect();
        return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
      };
      const tick = () => (visible() ? channel.port2.postMessage(null) : requestAnimationFrame(tick));
      requestAnimationFrame(tick);
    },
    [selector, text],
  );
}
function recordResponses(page) {
  const finished = [];
  page.on('requestfinished', (req) => {
    const t = req.timing();
    finished.push({ url: req.url(), end: t.startTime + t.responseEnd });
  });
  return finished;
}
const fileOf = (url) => {
  const path = decodeURIComponent(new URL(url).pathname);
  const file = join(DIST, path);
  return existsSync(file) && statSync(file).isFile() ? { path, file } : { path: `${path} (index.html)`, file: join(DIST, 'index.html') };
};
/** After the page is usable and the network quiet: what had arrived before it was usable. */
async function bytesBefore(page, finished) {
  await page.waitForFunction(() => window.__usable !== undefined);
  await page.waitForLoadState('networkidle');
  const { usable, origin, entries } = await page.evaluate(() => ({
    usable: window.__usable,
    origin: performance.timeOrigin,
    entries: [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')].map((e) => ({
      url: e.name,
      end: e.responseEnd,
    })),
  }));
  const urls = new Set(entries.filter((e) => e.end > 0 && e.end <= usable).map((e) => e.url.replace(/#.*$/, '')));
  const timed = new Set(entries.map((e) => e.url.replace(/#.*$/, '')));
  for (const f of finished) if (!timed.has(f.url.replace(/#.*$/, '')) && f.end <= origin + usable) urls.add(f.url.replace(/#.*$/, ''));
  const after = new Set(entries.filter((e) => !urls.has(e.url.replace(/#.*$/, ''))).map((e) => fileOf(e.url).path));
  const files = [...urls].map((u) => {
    const { path, file } = fileOf(u);
    const data = readFileSync(file);
    return { path, bytes: data.length, gz: gzipSync(data, { level: 9 }).length };
  });
  files.sort((a, b) => b.bytes - a.bytes);
  return {
    usable,
    files,
    bytes: files.reduce((n, f) => n + f.bytes, 0),
    gz: files.reduce((n, f) => n + f.gz, 0),
    after: [...after],
  };
}

// (1) start screen: a fresh context (nothing stored), cold cache, CPU ×4
const startRuns = [];
for (let r = 0; r < runs + 1; r++) {
  const context = await browser.newContext({ viewport: { width: 820, height: 1180 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await watchUsable(page, 'a.button.primary', 'Neue Einschätzung');
  const finished = recordResponses(page);
  await page.goto(server.url + '/#/', { waitUntil: 'commit' });
  await page.locator('a.button.primary', { hasText: 'Neue Einschätzung' }).waitFor({ state: 'visible' });
  const b = await bytesBefore(page, finished);
  if (r > 0) startRuns.push(b); // first run is a warm-up
  await context.close();
}

// (1) + (2) the first question
const readyTimes = [];
const questionRuns = [];
for (let r = 0; r < runs + 1; r++) {
  const context = await browser.newContext({ viewport: { width: 820, height: 1180 }, serviceWorkers: 'block' });
  const url = await seed(context);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await watchUsable(page, 'label.level-card', null);
  const finished = recordResponses(page);
  await page.goto(url, { waitUntil: 'commit' });
  await page.locator('label.level-card').first().waitFor({ state: 'visible' });
  const nav = await page.evaluate(() => performance.now());
  const b = await bytesBefore(page, finished);
  if (r > 0) {
    // first run is a warm-up
    readyTimes.push(nav);
    questionRuns.push(b);
  }
  await context.close();
}

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
// (5) durability: in a page of the built app, after the app opened (created) its database
async function durability(context, rate, rounds = 100) {
  const page = await context.newPage();
  await page.goto(server.url + '/#/');
  await page.locator('.assessment-list, p.empty').first().waitFor();
  await page.waitForFunction(async () => (await indexedDB.databases()).some((d) => d.name === 'reifegrad-check'));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  const xs = await page.evaluate(async (rounds) => {
    const db = await new Promise((ok, ko) => {
      const req = indexedDB.open('reifegrad-check'); // no version: the app's schema as it is
      req.onsuccess = () => ok(req.result);
      req.onerror = () => ko(req.error);
    });
    const modes = ['relaxed', 'strict', 'default'];
    const out = Object.fromEntries(modes.map((m) => [m, []]));
    const assessmentId = 'bench-durability';
    for (let i = 0; i < rounds; i++) {
      // interleaved, the order turning each round
      for (let k = 0; k < modes.length; k++) {
        const durability = modes[(i + k) % modes.length];
        const t0 = performance.now();
        const tx = db.transaction(['answers', 'activity'], 'readwrite', { durability });
        const updatedAt = new Date().toISOString();
        tx.objectStore('answers').put({ assessmentId, questionId: `q-${i % 37}`, value: { kind: 'level', level: i % 5 }, updatedAt });
        tx.objectStore('activity').put({ assessmentId, at: updatedAt });
        await new Promise((ok, ko) => {
          tx.oncomplete = ok;
          tx.onerror = tx.onabort = () => ko(tx.error);
        });
        out[durability].push(performance.now() - t0);
      }
    }
    db.close();
    return out;
  }, rounds);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await page.close();
  return xs;
}
const durable = {};
const profileDir = mkdtempSync(join(tmpdir(), 'reifegrad-bench-profile-'));
try {
  const onDisk = await launchPersistentChromium(profileDir, { viewport: { width: 820, height: 1180 }, serviceWorkers: 'block' });
  for (const rate of [1, 4]) durable[`disk ×${rate}`] = await durability(onDisk, rate);
  await onDisk.close();
} finally {
  rmSync(profileDir, { recursive: true, force: true });
}
for (const rate of [1, 4]) {
  const context = await browser.newContext({ viewport: { width: 820, height: 1180 }, serviceWorkers: 'block' });
  durable[`memory ×${rate}`] = await durability(context, rate);
  await context.close();
}

await browser.close();
await server.close();

console.log(
  `Reifegrad-Check walk-through benchmark · ${new Date().toISOString()} · Chromium ${browser.version?.() ?? ''} · viewport 820×1180`,
);
const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
const span = (xs, f = fmt) => {
  const s = [...xs].sort((a, b) => a - b);
  return `median ${f(median(s))}, range ${f(s[0])}–${f(s.at(-1))}`;
};
const bytesLine = (label, rs) => {
  const last = rs.at(-1);
  const sets = new Set(rs.map((r) => r.files.map((f) => f.path).join(' ')));
  return [
    `(1) ${label}, CPU ×4, cold cache, ${rs.length} runs: painted at ${span(
      rs.map((r) => r.usable),
      (x) => `${fmt(x)} ms`,
    )} after navigation; bytes that had arrived by then: ${span(
      rs.map((r) => r.bytes),
      kib,
    )} as sent (uncompressed = file sizes), gzip -9 ${span(
      rs.map((r) => r.gz),
      kib,
    )}; ${sets.size === 1 ? 'the same files in every run' : `${sets.size} different sets of files over the runs; the last run's`}:`,
    ...last.files.map((f) => `      ${f.path}  ${f.bytes} B (gzip -9 ${f.gz} B)`),
    `      later (not counted): ${last.after.join(', ') || '–'}; chart.js among the counted files: ${last.files.some((f) => f.path.endsWith('.js') && readFileSync(join(DIST, f.path.replace(/ \(index.html\)$/, '')), 'utf8').includes('radialLinear')) ? 'yes' : 'no'}`,
  ].join('\n');
};
console.log(bytesLine('start screen #/ usable („Neue Einschätzung“ painted, fresh context)', startRuns));
console.log(bytesLine('first question usable (level cards painted, resume link of a stored assessment)', questionRuns));
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
const ms2 = (x) => `${fmt(x)} ms`;
for (const where of ['disk', 'memory'])
  for (const rate of [1, 4]) {
    const d = durable[`${where} ×${rate}`];
    console.log(
      `(5) answer write (answers + activity, 1 put each) → transaction complete, ${d.relaxed.length} per durability, interleaved, ${
        where === 'disk' ? 'browser profile on disk' : 'off-the-record context (IndexedDB in memory, as in (3))'
      }, CPU ×${rate}: ${['relaxed', 'strict', 'default']
        .map((m) => `${m} p50 ${ms2(pct(d[m], 0.5))} p95 ${ms2(pct(d[m], 0.95))}`)
        .join('; ')}`,
    );
  }
