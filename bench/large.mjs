#!/usr/bin/env node
// Benchmark of a device that holds many assessments (prints figures, asserts nothing).
// A seeded export file of 5,000 assessments of „digitale-verwaltung“ 1.0.0 (~34 answers each,
// some notes, ~200 offices, perspectives mitarbeitende / fuehrung / it, dates in 2025–2026; about
// 21 MB, under the app's 40 MB import limit), is imported through #/import in Chromium (fresh browser
// profile on disk, 820×1180, CPU ×1):
//   (a) the import: set files → „importiert“ painted, and every long task of the page's main
//       thread meanwhile (PerformanceObserver 'longtask', installed before the app's scripts)
//   (b) then a second, small file (one new assessment, as the app exports it: ~6 KB), the same way
//   (c) the start screen #/ reloaded: navigation → first assessment card painted, and the DOM
//       nodes once the list is there (3 reloads: median and range)
//   (d) (a) and (c) again with 3,000 assessments in another fresh profile
// "painted" = the first task after the rendering update that shows it (rAF → MessageChannel).
// Usage: npm run bench:large [-- --profile]
//   --profile: an unminified build, CPU profiles of import (a) (main thread and import worker) and
//   of the first reload in (c); prints the functions with the most self time
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { buildApp, launchPersistentChromium, serve } from './serve.mjs';

const PROFILE = process.argv.includes('--profile');
const RELOADS = 3;
const DIST = 'dist-bench-large';
const LIMIT = 40_000_000; // LIMITS.bytes in src/core/exchange.ts

// ---- the files ----------------------------------------------------------------------------------

/** mulberry32: the same numbers for the same seed on every run */
function prng(seed) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const q = JSON.parse(readFileSync('questionnaires/digitale-verwaltung.json', 'utf8'));
const questions = q.dimensions.flatMap((d) => d.questions);
const levels = q.scale.levels.map((l) => l.value);
const KINDS = [
  'Gesundheitsamt',
  'Bauordnungsamt',
  'Ordnungsamt',
  'Jugendamt',
  'Sozialamt',
  'Standesamt',
  'Bürgeramt',
  'Umweltamt',
  'Kämmerei',
  'Schulverwaltungsamt',
];
const PLACES = [
  'Halle (Saale)',
  'Magdeburg',
  'Dessau-Roßlau',
  'Lutherstadt Wittenberg',
  'Naumburg (Saale)',
  'Weißenfels',
  'Merseburg',
  'Bernburg (Saale)',
  'Köthen (Anhalt)',
  'Zeitz',
  'Stendal',
  'Salzwedel',
  'Quedlinburg',
  'Wernigerode',
  'Halberstadt',
  'Sangerhausen',
  'Aschersleben',
  'Burg',
  'Bitterfeld-Wolfen',
  'Schönebeck (Elbe)',
];
const OFFICES = KINDS.flatMap((k) => PLACES.map((p) => `${k} ${p}`)); // 200
const PERSPECTIVES = ['mitarbeitende', 'mitarbeitende', 'mitarbeitende', 'fuehrung', 'it'];
const NOTES = [
  'Wird im nächsten Quartal mit der IT-Abteilung besprochen.',
  'Unklar, wer zuständig ist – bitte im Team klären.',
  'Teilweise umgesetzt: die Außenstelle arbeitet noch auf Papier, die Zentrale digital.',
  'Laut Amtsleitung ist ein Beschluss für 2026 geplant; Mittel sind im Haushalt noch nicht eingestellt.',
  'Schulungen finden statt, aber nicht regelmäßig. Die Kolleginnen und Kollegen wünschen sich feste Lernzeiten.',
  'Die Fachanwendung hat keine Schnittstelle; Daten werden von Hand übertragen (Medienbruch).',
];
const FROM = Date.UTC(2025, 0, 1);
const TO = Date.UTC(2026, 11, 31, 23, 59, 59, 999);

/** An export file of `count` assessments (the same file for the same seed and count). */
function makeExport(count, seed, idPrefix) {
  const rand = prng(seed);
  const pick = (xs) => xs[Math.floor(rand() * xs.length)];
  const hex = (n) => Array.from({ length: n }, () => Math.floor(rand() * 16).toString(16)).join('');
  const officeLevel = OFFICES.map(() => 0.5 + rand() * 3); // each office has its own level
  const assessments = [];
  for (let i = 0; i < count; i++) {
    const o = Math.floor(rand() * OFFICES.length);
    const created = FROM + Math.floor(rand() * (TO - FROM - 30 * 864e5));
    const updated = created + Math.floor(rand() * 30 * 864e5);
    const answers = [];
    for (const x of questions) {
      if (rand() < 0.08) continue; // not answered (yet): ~34 of 37 answered
      const u = rand();
      const value =
        u < 0.05
          ? { kind: 'dontKnow' }
          : u < 0.07 && x.allowNotApplicable
            ? { kind: 'notApplicable' }
            : { kind: 'level', level: Math.max(0, Math.min(4, Math.round(officeLevel[o] + (rand() - 0.5) * 3))) };
      const note = rand() < 0.03 ? { note: pick(NOTES) } : {};
      const at = new Date(created + Math.floor(rand() * (updated - created + 1))).toISOString();
      answers.push({ questionId: x.id, value, ...note, updatedAt: at });
    }
    const targets = rand() < 0.2 ? { [pick(q.dimensions).id]: pick(levels) } : {};
    const respondent = rand() < 0.1 ? { respondent: `Team ${1 + Math.floor(rand() * 9)}` } : {};
    assessments.push({
      assessment: {
        id: `${idPrefix}-${hex(8)}-${hex(4)}-${hex(4)}-${String(i).padStart(5, '0')}`,
        questionnaireId: q.id,
        questionnaireVersion: q.version,
        office: OFFICES[o],
        perspective: pick(PERSPECTIVES),
        ...respondent,
        date: new Date(created).toISOString().slice(0, 10),
        createdAt: new Date(created).toISOString(),
        updatedAt: new Date(updated).toISOString(),
        targets,
      },
      answers,
    });
  }
  return { format: 'reifegrad-check-export', formatVersion: 1, appVersion: 'bench', exportedAt: '2026-12-31T12:00:00.000Z', assessments };
}

const dir = mkdtempSync(join(tmpdir(), 'reifegrad-large-'));
const write = (name, data, indent) => {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(data, null, indent));
  const file = { path, bytes: statSync(path).size, assessments: data.assessments.length };
  file.answers = data.assessments.reduce((n, a) => n + a.answers.length, 0);
  file.notes = data.assessments.reduce((n, a) => n + a.answers.filter((x) => x.note).length, 0);
  file.offices = new Set(data.assessments.map((a) => a.assessment.office)).size;
  return file;
};
/** The file as one, and, where that is over the app's limit, split into the fewest files under it. */
function writeSet(name, data) {
  const whole = write(`${name}.json`, data, undefined);
  // the size of the same content as the app's own export writes it (compact JSON)
  whole.appExportBytes = Buffer.byteLength(JSON.stringify(data));
  if (whole.bytes <= LIMIT) return { whole, parts: [whole] };
  for (let k = 2; ; k++) {
    const per = Math.ceil(data.assessments.length / k);
    const parts = Array.from({ length: k }, (_, i) =>
      write(`${name}-teil-${i + 1}-von-${k}.json`, { ...data, assessments: data.assessments.slice(i * per, (i + 1) * per) }, undefined),
    );
    if (parts.every((p) => p.bytes <= LIMIT)) return { whole, parts };
  }
}
const big = writeSet('bench-5000', makeExport(5000, 20261202, 'lg'));
const mid = writeSet('bench-3000', makeExport(3000, 20261202, 'lg'));
// one new assessment, as the app's own export writes it
const small = write('bench-1-neu.json', makeExport(1, 77, 'sm'), undefined);

// ---- the browser --------------------------------------------------------------------------------

buildApp(DIST, PROFILE ? ['--minify', 'false'] : []);
const server = await serve(DIST);

/** Installed before the app's scripts: long tasks, and the moment the first card is painted. */
function pageProbe() {
  window.__longtasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      window.__longtasks.push({
        start: e.startTime,
        duration: e.duration,
        name: e.name,
        where: (e.attribution ?? []).map((a) => [a.containerType, a.containerName || a.containerSrc].filter(Boolean).join(' ')).join(', '),
      });
  }).observe({ type: 'longtask', buffered: true });
  if (location.hash === '' || location.hash === '#/') {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      window.__cardPainted = performance.now();
      window.__nodesAtCard = document.getElementsByTagName('*').length;
    };
    const tick = () => {
      const card = document.querySelector('li.assessment-card');
      const r = card?.getBoundingClientRect();
      if (r && r.width > 0 && r.height > 0) channel.port2.postMessage(null);
      else requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  }
}

/** Imports files (selected together) through the picker; the page times it from the change event
 * to the painted result of every file. */
async function importFiles(page, files) {
  await page.evaluate((n) => {
    const count = () => document.querySelectorAll('.import-results > li[data-status]').length;
    const run = (window.__import = { before: count() });
    document.addEventListener('change', (e) => e.target.id === 'import-files' && (run.start ??= performance.now()), {
      capture: true,
      once: true,
    });
    const channel = new MessageChannel();
    channel.port1.onmessage = () => (run.painted = performance.now());
    const observer = new MutationObserver(() => {
      if (count() < run.before + n) return;
      observer.disconnect();
      // the newest results come first
      const lis = [...document.querySelectorAll('.import-results > li[data-status]')].slice(0, n);
      run.statuses = lis.map((li) => li.getAttribute('data-status'));
      run.status = run.statuses.every((x) => x === 'imported') ? 'imported' : run.statuses.join(', ');
      run.text = lis.map((li) => li.innerText.replace(/\s+/g, ' ').slice(0, 200)).join(' | ');
      requestAnimationFrame(() => channel.port2.postMessage(null));
    });
    observer.observe(document.body, { subtree: true, childList: true, attributes: true });
  }, files.length);
  const t0 = Date.now();
  await page.locator('#import-files').setInputFiles(files.map((f) => f.path));
  await page.waitForFunction(() => window.__import.painted !== undefined, null, { timeout: 600_000, polling: 250 });
  const wall = Date.now() - t0;
  const run = await page.evaluate(() => ({
    ...window.__import,
    longtasks: window.__longtasks.filter((t) => t.start + t.duration > window.__import.start && t.start < window.__import.painted),
  }));
  if (run.status === 'imported') await page.locator('.import-results > li[data-status="imported"]').first().waitFor({ state: 'visible' });
  return { ...run, ms: run.painted - run.start, wall };
}

/** Reloads the start screen; navigation → first card painted, DOM nodes then and once the cards show their progress. */
async function startScreen(page) {
  await page.reload();
  await page.waitForFunction(() => window.__cardPainted !== undefined, null, { timeout: 300_000, polling: 100 });
  await page.locator('li.assessment-card').first().waitFor({ state: 'visible' });
  // the answer counts of the cards on screen come in a second read; the list is complete with them
  await page.waitForFunction(
    () => {
      const cards = document.querySelectorAll('li.assessment-card');
      return cards.length > 0 && [...cards].every((c) => c.querySelector('.progress'));
    },
    null,
    { timeout: 120_000 },
  );
  return page.evaluate(() => ({
    ms: window.__cardPainted,
    nodesAtCard: window.__nodesAtCard,
    nodes: document.getElementsByTagName('*').length,
    cards: document.querySelectorAll('li.assessment-card').length,
    more:
      [...document.querySelectorAll('.screen.start button')]
        .find((b) => /^(Weitere|Show)/.test(b.textContent.trim()))
        ?.textContent.trim() ?? '',
    longtasks: window.__longtasks.filter((t) => t.start < window.__cardPainted),
  }));
}

/** CPU profiles (--profile): of the page's main thread, and of every dedicated worker from its
 * first line (the worker is held at its start until its profiler runs). */
async function profiler(context, page) {
  const cdp = await context.newCDPSession(page);
  let next = 0;
  const replies = new Map();
  const workers = [];
  // the non-flattened protocol: messages to a worker go through Target.sendMessageToTarget
  const send = (sessionId, method, params = {}) =>
    new Promise((ok) => {
      const id = ++next;
      replies.set(id, ok);
      cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) }).catch(() => {
        replies.delete(id);
        ok(undefined); // the worker has ended
      });
    });
  cdp.on('Target.receivedMessageFromTarget', (e) => {
    const m = JSON.parse(e.message);
    replies.get(m.id)?.(m.result);
    replies.delete(m.id);
  });
  cdp.on('Target.attachedToTarget', (e) => {
    void (async () => {
      if (e.targetInfo.type === 'worker') {
        workers.push({ sessionId: e.sessionId, url: e.targetInfo.url });
        await send(e.sessionId, 'Profiler.enable');
        await send(e.sessionId, 'Profiler.setSamplingInterval', { interval: 200 });
        await send(e.sessionId, 'Profiler.start');
      }
      await send(e.sessionId, 'Runtime.runIfWaitingForDebugger');
    })();
  });
  cdp.on('Target.detachedFromTarget', (e) => {
    const i = workers.findIndex((w) => w.sessionId === e.sessionId);
    if (i >= 0) workers.splice(i, 1);
  });
  await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: true, flatten: false });
  return {
    async start() {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      await cdp.send('Profiler.start');
    },
    async stop() {
      const main = (await cdp.send('Profiler.stop')).profile;
      const inWorkers = [];
      for (const w of workers) inWorkers.push({ url: w.url, profile: (await send(w.sessionId, 'Profiler.stop'))?.profile });
      return { main, workers: inWorkers.filter((w) => w.profile) };
    },
  };
}

/** A fresh browser profile: import the set of files (and then `second`), reload the start screen RELOADS times. */
async function scenario(set, second, profile) {
  const profileDir = mkdtempSync(join(tmpdir(), 'reifegrad-large-profile-'));
  try {
    const context = await launchPersistentChromium(profileDir, {
      viewport: { width: 820, height: 1180 },
      serviceWorkers: 'block',
      locale: 'de-DE',
    });
    await context.addInitScript(pageProbe);
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${server.url}/#/import`);
    await page.getByRole('heading', { name: 'Importieren', exact: true }).waitFor();
    const prof = profile ? await profiler(context, page) : null;
    // a file over the app's limit: what the app says to it (it is refused before it is read)
    const refused = set.parts.length > 1 ? await importFiles(page, [set.whole]) : null;
    await prof?.start();
    const first = await importFiles(page, set.parts);
    const importProfile = await prof?.stop();
    const then = second ? await importFiles(page, [second]) : null;
    await page.evaluate(() => (location.hash = '#/'));
    const starts = [];
    let startProfile = null;
    for (let r = 0; r < RELOADS; r++) {
      if (prof && r === 0) await prof.start();
      starts.push(await startScreen(page));
      if (prof && r === 0) startProfile = (await prof.stop()).main;
    }
    await context.close();
    return { set, refused, first, then, starts, importProfile, startProfile };
  } finally {
    rmSync(profileDir, { recursive: true, force: true });
  }
}

const at5000 = await scenario(big, small, PROFILE);
const at3000 = await scenario(mid, null, false);
await server.close();
rmSync(dir, { recursive: true, force: true });

// ---- the figures --------------------------------------------------------------------------------

const fmt = (x) => (x < 10 ? x.toFixed(2) : x.toFixed(0));
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const span = (xs, unit = '') => `median ${fmt(median(xs))}${unit}, range ${fmt(Math.min(...xs))}–${fmt(Math.max(...xs))}${unit}`;
const mb = (n) => `${(n / 1024 / 1024).toFixed(1)} MiB`;
const size = (n) => (n < 1024 * 1024 ? `${(n / 1024).toFixed(1)} KiB` : mb(n));
const count = (n, one, many) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
const describe = (f) =>
  `${basename(f.path)}: ${count(f.assessments, 'assessment', 'assessments')}, ${count(f.answers, 'answer', 'answers')}, ${count(f.notes, 'note', 'notes')}, ${count(f.offices, 'office', 'offices')}, ${f.bytes.toLocaleString('en')} B (${size(f.bytes)})`;
const describeSet = (set) =>
  [
    `${describe(set.whole)}; as the app's export writes it ${mb(set.whole.appExportBytes)}; the app refuses files over ${mb(LIMIT)}`,
    ...(set.parts.length > 1
      ? [
          `      over the limit, so imported as ${set.parts.length} files selected together: ${set.parts.map((p) => `${basename(p.path)} ${mb(p.bytes)}`).join(', ')}`,
        ]
      : []),
  ].join('\n');
const importLine = (label, r) => {
  const lt = r.longtasks;
  const longest = lt.reduce((m, t) => (t.duration > m.duration ? t : m), { duration: 0, where: '' });
  const sum = lt.reduce((n, t) => n + t.duration, 0);
  return [
    `${label}: set files (change event) → result painted ${fmt(r.ms)} ms (node: setInputFiles → painted ${r.wall} ms); outcome ${r.status}: „${r.text}“`,
    `      long tasks on the page's main thread meanwhile: ${lt.length} over 50 ms, ${lt.filter((t) => t.duration > 200).length} over 200 ms, longest ${fmt(longest.duration)} ms${longest.where ? ` (${longest.where})` : ''}, together ${fmt(sum)} ms = ${r.ms > 0 ? Math.round((100 * sum) / r.ms) : 0} % of the import (a worker's tasks are not seen here)`,
  ].join('\n');
};
const startLine = (label, s) => {
  const longest = s.map((x) => x.longtasks.reduce((m, t) => Math.max(m, t.duration), 0));
  return [
    `${label}: reload → first card painted ${span(
      s.map((x) => x.ms),
      ' ms',
    )} over ${s.length} reloads; DOM nodes then ${span(s.map((x) => x.nodesAtCard))}, once the ${s[0].cards} cards show their progress ${span(s.map((x) => x.nodes))}`,
    `      longest main-thread task before the first card ${span(longest, ' ms')}; below the cards: „${s[0].more}“`,
  ].join('\n');
};

console.log(
  `Reifegrad-Check large-device benchmark · ${new Date().toISOString()} · fresh Chromium profile on disk per scale, 820×1180, CPU ×1`,
);
console.log(`files (seeded): ${describeSet(big)}`);
console.log(`                ${describeSet(mid)}`);
console.log(`                ${describe(small)}`);
if (at5000.refused) console.log(importLine(`(a) the single ${mb(big.whole.bytes)} file`, at5000.refused));
console.log(importLine(`(a) import of ${big.whole.assessments.toLocaleString('en')} assessments into an empty device`, at5000.first));
console.log(
  importLine(`(b) then a small file (${count(small.assessments, 'new assessment', 'new assessments')}, ${size(small.bytes)})`, at5000.then),
);
console.log(
  startLine(`(c) start screen #/ with ${(big.whole.assessments + small.assessments).toLocaleString('en')} assessments`, at5000.starts),
);
if (at3000.refused) console.log(importLine(`(d) the single ${mb(mid.whole.bytes)} file`, at3000.refused));
console.log(importLine(`(d) import of ${mid.whole.assessments.toLocaleString('en')} assessments into an empty device`, at3000.first));
console.log(startLine(`(d) start screen #/ with ${mid.whole.assessments.toLocaleString('en')} assessments`, at3000.starts));

/** Self time per function from a CPU profile's samples: the `n` largest. */
function topSelf(label, profile, n = 12) {
  const { nodes, samples, timeDeltas } = profile;
  const byId = new Map(nodes.map((x) => [x.id, x]));
  const self = new Map();
  samples.forEach((id, i) => {
    const f = byId.get(id).callFrame;
    const key = `${f.functionName || '(anonymous)'} ${f.url ? `${basename(f.url)}:${f.lineNumber + 1}:${f.columnNumber + 1}` : ''}`.trim();
    self.set(key, (self.get(key) ?? 0) + (timeDeltas[i] ?? 0) / 1000);
  });
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  console.log(`${label}, self time per function (${fmt(total)} ms sampled):`);
  for (const [key, ms] of [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, n))
    console.log(`      ${fmt(ms).padStart(6)} ms  ${((100 * ms) / total).toFixed(1).padStart(5)} %  ${key}`);
}
if (PROFILE) {
  console.log('CPU profiles (--profile: unminified build, profiler running — the times above are not comparable with a normal run)');
  topSelf('(a) import, main thread', at5000.importProfile.main);
  for (const w of at5000.importProfile.workers) topSelf(`(a) import, worker ${basename(w.url)}`, w.profile);
  topSelf('(c) first reload of the start screen, main thread', at5000.startProfile);
}
