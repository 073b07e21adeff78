// What every benchmark does first: a production build, a static server for it on 127.0.0.1 (no
// compression: bytes as shipped), and a headless Chromium with the tests' flags.
import http from 'node:http';
import { execFileSync } from 'node:child_process';
import { chromium } from 'playwright-core';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** Serves dir; resolves to { url, close }. */
export async function serve(dir) {
  const root = resolve(dir);
  const server = http.createServer((req, res) => {
    let file = join(root, decodeURIComponent(new URL(req.url, 'http://x').pathname));
    if (!file.startsWith(root)) return void res.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) file = join(root, 'index.html');
    res.writeHead(200, { 'content-type': MIME[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
    res.end(readFileSync(file));
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return { url: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((ok) => server.close(ok)) };
}

/** Builds the app for production into `outDir` (`extraArgs`: more options for `vite build`). */
export function buildApp(outDir, extraArgs = []) {
  execFileSync('node_modules/.bin/vite', ['build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error', ...extraArgs], {
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
}

/** The flags of the browser tests. */
export const chromiumFlags = () => JSON.parse(readFileSync('test/e2e/support/chromium-flags.json', 'utf8'));

/** A headless Chromium with the flags of the browser tests, plus `extraArgs`. Its contexts are
 * off the record: IndexedDB lives in memory there and never touches the disk. */
export function launchChromium(extraArgs = []) {
  return chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    args: [...chromiumFlags(), ...extraArgs],
  });
}

/** A headless Chromium with a profile on disk in `userDataDir` (IndexedDB written to disk, as on a
 * real device); resolves to its one browser context. */
export function launchPersistentChromium(userDataDir, options = {}, extraArgs = []) {
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    args: [...chromiumFlags(), ...extraArgs],
    ...options,
  });
}
