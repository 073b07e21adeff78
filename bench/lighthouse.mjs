#!/usr/bin/env node
// Lighthouse 12 on the start screen (prints figures, asserts nothing): a production build served
// on 127.0.0.1 (uncompressed), Lighthouse's mobile defaults (emulated Moto G Power, simulated slow
// 4G and CPU ×4), performance category only, N runs (each a fresh Chrome with its own profile,
// launched by Lighthouse's chrome-launcher) — per run: performance score, FCP, LCP, TBT, CLS, and
// the median of each. The JSON reports go to test-results/lighthouse/.
// Lighthouse 12 because 13 needs Node 22. Chrome: $CHROME_PATH or /usr/bin/chromium.
// Usage: npm run bench:lighthouse [-- --runs 5]
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildApp, serve } from './serve.mjs';

const i = process.argv.indexOf('--runs');
const RUNS = i > 0 ? Number(process.argv[i + 1]) : 5;
const DIST = 'dist-bench-lighthouse';
const OUT = 'test-results/lighthouse';
const CHROME = process.env.CHROME_PATH || '/usr/bin/chromium';
const CHROME_FLAGS = '--headless --no-sandbox --disable-gpu';

buildApp(DIST);
rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
const server = await serve(DIST);

/** One Lighthouse run through its CLI (async: this process serves the app meanwhile). */
function lighthouse(url, outputPath) {
  const args = [
    url,
    '--only-categories=performance',
    `--chrome-flags=${CHROME_FLAGS}`,
    '--output=json',
    `--output-path=${outputPath}`,
    '--quiet',
  ];
  return new Promise((resolve, reject) => {
    const child = spawn('node_modules/.bin/lighthouse', args, {
      env: { ...process.env, CHROME_PATH: CHROME },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let log = '';
    child.stdout.on('data', (d) => (log += d));
    child.stderr.on('data', (d) => (log += d));
    const timer = setTimeout(() => child.kill('SIGTERM'), 300_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve();
      else reject(new Error(`lighthouse exited with ${code}:\n${log.slice(-4000)}`));
    });
  });
}

const METRICS = [
  ['first-contentful-paint', 'FCP', 'ms'],
  ['largest-contentful-paint', 'LCP', 'ms'],
  ['total-blocking-time', 'TBT', 'ms'],
  ['cumulative-layout-shift', 'CLS', ''],
];
const runs = [];
let report = null;
try {
  for (let r = 1; r <= RUNS; r++) {
    const path = join(OUT, `start-run-${r}.report.json`);
    await lighthouse(`${server.url}/`, path);
    report = JSON.parse(readFileSync(path, 'utf8'));
    if (report.runtimeError) throw new Error(`Lighthouse: ${report.runtimeError.code} ${report.runtimeError.message}`);
    runs.push({
      path,
      score: report.categories.performance.score,
      ...Object.fromEntries(METRICS.map(([id, name]) => [name, report.audits[id].numericValue])),
      warnings: report.runWarnings ?? [],
    });
  }
} finally {
  await server.close();
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const show = (name, x) => (name === 'CLS' ? x.toFixed(3) : `${Math.round(x)} ms`);
const line = (label, x) =>
  `${label}  performance ${Math.round(x.score * 100)}  ${METRICS.map(([, name]) => `${name} ${show(name, x[name])}`).join('  ')}`;
const s = report.configSettings;
console.log(
  `Reifegrad-Check Lighthouse benchmark · ${new Date().toISOString()} · Lighthouse ${report.lighthouseVersion} · ${report.environment.hostUserAgent.match(/Chrome\/[\d.]+/)?.[0] ?? ''} (${CHROME}, ${CHROME_FLAGS})`,
);
console.log(
  `start screen ${server.url}/ · ${s.formFactor}, ${s.screenEmulation.width}×${s.screenEmulation.height} @${s.screenEmulation.deviceScaleFactor}x, throttling ${s.throttlingMethod} (RTT ${s.throttling.rttMs} ms, ${Math.round(s.throttling.throughputKbps)} kbit/s, CPU ×${s.throttling.cpuSlowdownMultiplier}), performance category only · benchmark index ${report.environment.benchmarkIndex}`,
);
for (const [n, x] of runs.entries()) console.log(line(`run ${n + 1}`, x));
const med = {
  score: median(runs.map((x) => x.score)),
  ...Object.fromEntries(METRICS.map(([, name]) => [name, median(runs.map((x) => x[name]))])),
};
console.log(line(`median of ${runs.length}`, med));
const ranges = METRICS.map(([, name]) => {
  const xs = runs.map((x) => x[name]);
  return `${name} ${show(name, Math.min(...xs))}–${show(name, Math.max(...xs))}`;
});
console.log(
  `range  performance ${Math.round(Math.min(...runs.map((x) => x.score)) * 100)}–${Math.round(Math.max(...runs.map((x) => x.score)) * 100)}  ${ranges.join('  ')}`,
);
const warnings = [...new Set(runs.flatMap((x) => x.warnings))];
if (warnings.length) console.log(`Lighthouse warnings: ${warnings.join(' | ')}`);
console.log(`reports: ${runs.map((x) => x.path).join(', ')}`);
