// `vite preview` (what `npm start` serves) sends the security headers on every response: the
// policy of the <meta> tag plus frame-ancestors 'none', nosniff and no-referrer. Builds once into a
// temporary folder and starts the real preview server as a child process.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const VITE = 'node_modules/.bin/vite';

let outDir: string | undefined;
let preview: ChildProcess | undefined;
let output = '';
let base = '';

/** A port the OS has just handed out and taken back. */
function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => ok(port));
    });
  });
}

/** Polls until the server answers (no fixed sleeps beyond a short pause between tries). */
async function waitForServer(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`vite preview ended (${child.exitCode ?? child.signalCode}) before it answered:\n${output}`);
    }
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      await res.arrayBuffer();
      return;
    } catch {
      if (Date.now() > deadline) throw new Error(`vite preview did not answer at ${url} within ${timeoutMs} ms:\n${output}`);
      await new Promise((ok) => setTimeout(ok, 100));
    }
  }
}

function stopPreview(): Promise<void> {
  const child = preview;
  preview = undefined;
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((ok) => {
    const hard = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(hard);
      ok();
    });
    child.kill('SIGTERM');
  });
}

// should the test run itself be torn down, do not leave the server behind
const killOnExit = (): void => {
  preview?.kill('SIGKILL');
};

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'rc-headers-'));
  await promisify(execFile)(VITE, ['build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'], {
    // vitest sets NODE_ENV=test; a production build needs production (else the service worker is left out)
    env: { ...process.env, NODE_ENV: 'production' },
  });
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  preview = spawn(VITE, ['preview', '--outDir', outDir, '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  process.once('exit', killOnExit);
  preview.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  preview.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  await waitForServer(`${base}/`, preview, 60_000);
}, 180_000);

afterAll(async () => {
  try {
    await stopPreview();
  } finally {
    process.off('exit', killOnExit);
    if (outDir) rmSync(outDir, { recursive: true, force: true });
  }
}, 30_000);

function expectSecurityHeaders(res: Response): void {
  const where = `${res.status} ${res.url}`;
  const csp = res.headers.get('content-security-policy') ?? '(no Content-Security-Policy header)';
  expect(csp, where).toContain("frame-ancestors 'none'");
  expect(csp, where).toContain("default-src 'self'");
  expect(csp, where).toContain("connect-src 'self'");
  expect(res.headers.get('x-content-type-options'), where).toBe('nosniff');
  expect(res.headers.get('referrer-policy'), where).toBe('no-referrer');
}

describe('vite preview (npm start)', () => {
  it('sends the policy of the <meta> tag plus frame-ancestors on the page, and keeps the tag', async () => {
    const res = await fetch(`${base}/`);
    expect(res.status).toBe(200);
    expectSecurityHeaders(res);
    const html = await res.text();
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
    expect(meta).toBeDefined();
    // one source: the header is the tag's policy plus the directive only a header can carry
    expect(res.headers.get('content-security-policy')).toBe(`${meta}; frame-ancestors 'none'`);
    expect(meta).not.toContain('frame-ancestors');
  });

  it('is the policy the nginx and Apache snippets of docs/hosting.md spell out', async () => {
    const res = await fetch(`${base}/`);
    await res.arrayBuffer();
    const header = res.headers.get('content-security-policy')!;
    const docs = readFileSync('docs/hosting.md', 'utf8');
    expect(docs).toContain(`add_header Content-Security-Policy "${header}" always;`);
    expect(docs).toContain(`Header always set Content-Security-Policy "${header}"`);
  });

  it('sends the headers on sw.js, on a hashed asset, on a revalidation and on a 404', async () => {
    const html = await (await fetch(`${base}/`)).text();
    const asset = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(asset).toBeDefined();

    const sw = await fetch(`${base}/sw.js`);
    expect(sw.status).toBe(200);
    expectSecurityHeaders(sw);
    await sw.arrayBuffer();

    const js = await fetch(`${base}${asset}`);
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toMatch(/javascript/);
    expectSecurityHeaders(js);
    await js.arrayBuffer();

    const etag = js.headers.get('etag');
    expect(etag).toBeTruthy();
    const again = await fetch(`${base}${asset}`, { headers: { 'if-none-match': etag! } });
    expect(again.status).toBe(304);
    expectSecurityHeaders(again);

    // (a request that accepts HTML would get the SPA fallback, index.html, instead)
    const missing = await fetch(`${base}/assets/gibt-es-nicht.json`, { headers: { accept: 'application/json' } });
    expect(missing.status).toBe(404);
    expectSecurityHeaders(missing);
    await missing.arrayBuffer();
  });
});
