#!/usr/bin/env node
// Benchmark of the workshop's two windows (prints figures, asserts nothing): the delay from a
// key pressed in the moderator window to the projector window having painted the change (taken in
// the first task after the projector's rendering update: rAF → MessageChannel), p50/p95 over
// 100 changes; and the JS the start screen loads (the workshop UI must stay in the lazy part).
// Usage: npm run bench:workshop [-- --changes 100]
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { buildApp, launchChromium, serve } from './serve.mjs';

const i = process.argv.indexOf('--changes');
const CHANGES = i > 0 ? Number(process.argv[i + 1]) : 100;
const DIST = 'dist-bench';
buildApp(DIST);
const html = readFileSync(join(DIST, 'index.html'), 'utf8');
// the entry script and the modules it preloads (everything the start screen runs before the list)
const entry = [...html.matchAll(/<(?:script[^>]+src|link[^>]+rel="modulepreload"[^>]+href)="([^"]+\.js)"/g)].map((m) => m[1]);
const eager = entry.map((p) => ({ p, gz: gzipSync(readFileSync(join(DIST, p)), { level: 9 }).length }));

const server = await serve(DIST);
const browser = await launchChromium();
const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, serviceWorkers: 'block', locale: 'de-DE' });
const projector = await context.newPage();
await projector.goto(`${server.url}/#/workshop-neu`);
await projector.getByLabel('Amt / Organisationseinheit').fill('Bench-Amt');
await projector.getByLabel('Amt / Organisationseinheit').press('Escape');
await projector.getByRole('button', { name: 'Workshop beginnen' }).click();
await projector.locator('.projector').waitFor();
await projector.getByText('Moderation …').click();
const [moderator] = await Promise.all([
  context.waitForEvent('page'),
  projector.getByRole('button', { name: 'Moderationsansicht' }).click(),
]);
await moderator.locator('.moderator').waitFor();

// the projector notes when a changed agreement has been painted: the MutationObserver sees the
// DOM change, the next requestAnimationFrame callback runs at the start of the frame that renders
// it (before style, layout and paint), and a message posted from there through a MessageChannel
// is handled as the first task after that frame's rendering, i.e. after the paint (the main
// thread's paint and commit to the compositor; the compositor then shows it on the next vsync)
await projector.evaluate(() => {
  window.__painted = [];
  let last = null;
  const channel = new MessageChannel();
  channel.port1.onmessage = (e) => window.__painted.push({ level: e.data, t: performance.timeOrigin + performance.now() });
  new MutationObserver(() => {
    const level = document.querySelector('.pj-card.agreed')?.getAttribute('data-level') ?? null;
    if (level !== last) {
      last = level;
      requestAnimationFrame(() => channel.port2.postMessage(level));
    }
  }).observe(document.body, { subtree: true, childList: true, attributes: true });
});
await moderator.evaluate(() => {
  window.__pressed = [];
  addEventListener('keydown', () => window.__pressed.push(performance.timeOrigin + performance.now()), { capture: true });
});

const delays = [];
for (let n = 0; n < CHANGES; n++) {
  const level = String(1 + (n % 3));
  await moderator.keyboard.press(level);
  await projector.waitForFunction((l) => window.__painted.at(-1)?.level === l, level);
  const painted = await projector.evaluate(() => window.__painted.at(-1).t);
  const pressed = await moderator.evaluate(() => window.__pressed.at(-1));
  delays.push(painted - pressed);
}
await browser.close();
await server.close();

const sorted = [...delays].sort((a, b) => a - b);
const pct = (p) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
console.log(`Reifegrad-Check workshop benchmark · ${new Date().toISOString()}`);
console.log(
  `moderator key → projector window has painted the change (keydown in the moderator window → first task after the projector's next rendering update, taken via rAF + MessageChannel), ${delays.length} changes: p50 ${pct(0.5).toFixed(1)} ms, p95 ${pct(0.95).toFixed(1)} ms, min ${sorted[0].toFixed(1)} ms, max ${sorted.at(-1).toFixed(1)} ms`,
);
console.log(
  `JS of the start screen: ${(eager.reduce((a, f) => a + f.gz, 0) / 1024).toFixed(1)} KiB gzip (${eager.map((f) => `${f.p} ${(f.gz / 1024).toFixed(1)} KiB`).join(', ')}); workshop screens inside: ${eager.some((f) => readFileSync(join(DIST, f.p), 'utf8').includes('Moderationsansicht')) ? 'yes' : 'no'}`,
);
