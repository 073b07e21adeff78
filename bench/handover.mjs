#!/usr/bin/env node
// Benchmark of the QR hand-over (prints figures, asserts nothing):
//   (1) payload bytes and number of codes for the default questionnaire fully answered, without
//       and with notes (deflate-raw, the same deflate as the browser's CompressionStream)
//   (2) decoding time per 640×480 camera frame with jsQR (the decoder Linux Chromium uses)
//   (3) a four-part hand-over through Chromium's fake camera: "Kamera starten" → imported
//   (4) the lazy chunks of generator and decoder
// Usage: npm run bench:handover
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import qrcode from 'qrcode-generator';
import jsQR from 'jsqr';
import { buildApp, launchChromium, serve } from './serve.mjs';

// the core is TypeScript: tsx runs the part that builds the payloads
const core = JSON.parse(
  execFileSync(
    'node_modules/.bin/tsx',
    [
      '-e',
      `
    import { readFileSync } from 'node:fs';
    import { deflateRawSync } from 'node:zlib';
    import { parseQuestionnaire } from './src/core/questionnaire';
    import { toCompact, toParts, PART_CHARS } from './src/core/handover';
    const q = parseQuestionnaire(JSON.parse(readFileSync('questionnaires/digitale-verwaltung.json', 'utf8')));
    if (!q.ok) throw new Error('questionnaire');
    const at = '2026-11-20T09:00:00.000Z';
    const a = { id: '0b6c7f8e-1d2a-4c3b-9e8f-7a6b5c4d3e2f', questionnaireId: q.value.id, questionnaireVersion: q.value.version,
      office: 'Gesundheitsamt Halle (Saale)', perspective: 'mitarbeitende', respondent: 'J. Müller', date: '2026-11-20',
      createdAt: at, updatedAt: at, targets: {} };
    const qs = q.value.dimensions.flatMap((d) => d.questions);
    const answers = new Map();
    qs.forEach((x, i) => answers.set(x.id, { assessmentId: a.id, questionId: x.id, value: { kind: 'level', level: i % 5 },
      note: 'Notiz ' + (i + 1) + ': Abstimmung mit der Amtsleitung läuft; Schulung für ' + (i * 3 + 4) + ' Beschäftigte geplant, Termin im ' + ['März', 'Mai', 'Juli', 'Oktober'][i % 4] + '.',
      updatedAt: at }));
    const out = {};
    for (const notes of [false, true]) {
      const compressed = deflateRawSync(Buffer.from(toCompact(q.value, a, answers, notes)));
      out[notes ? 'with' : 'without'] = { json: toCompact(q.value, a, answers, notes).length, bytes: compressed.length, parts: toParts(new Uint8Array(compressed)).length };
      if (notes) {
        const four = toParts(new Uint8Array(compressed), Math.ceil(toParts(new Uint8Array(compressed), 100000)[0].length / 4));
        out.four = four;
      }
    }
    out.partChars = PART_CHARS;
    console.log(JSON.stringify(out));
  `,
    ],
    { encoding: 'utf8' },
  ),
);

/** A QR code as a grey image (Y plane) of W×H with the code centred, `px` pixels per module. */
function qrFrame(text, W, H) {
  const qr = qrcode(0, 'M');
  qr.addData(text, 'Alphanumeric');
  qr.make();
  const n = qr.getModuleCount();
  const px = Math.floor((Math.min(W, H) - 40) / (n + 8));
  const y = Buffer.alloc(W * H, 255);
  const x0 = Math.floor((W - n * px) / 2);
  const y0 = Math.floor((H - n * px) / 2);
  for (let r = 0; r < n; r++)
    for (let c = 0; c < n; c++)
      if (qr.isDark(r, c))
        for (let dy = 0; dy < px; dy++) y.fill(0, (y0 + r * px + dy) * W + x0 + c * px, (y0 + r * px + dy) * W + x0 + (c + 1) * px);
  return { y, modules: n };
}

// (2) decode time per frame
const W = 640;
const H = 480;
const frame = qrFrame(core.four[0], W, H);
const rgba = new Uint8ClampedArray(W * H * 4);
for (let p = 0; p < W * H; p++) rgba.set([frame.y[p], frame.y[p], frame.y[p], 255], p * 4);
const times = [];
for (let k = 0; k < 30; k++) {
  const t = performance.now();
  const r = jsQR(rgba, W, H, { inversionAttempts: 'dontInvert' });
  times.push(performance.now() - t);
  if (!r) throw new Error('frame not decoded');
}
times.sort((a, b) => a - b);

// (3) four parts through the fake camera, in the order 3, 1, 4, 2, each for 5 frames
mkdirSync('test-results', { recursive: true });
const y4m = resolve('test-results/bench-handover.y4m');
const chroma = Buffer.alloc((W / 2) * (H / 2), 128);
const frames = [];
for (const i of [2, 0, 3, 1]) {
  const f = Buffer.concat([Buffer.from('FRAME\n'), qrFrame(core.four[i], W, H).y, chroma, chroma]);
  for (let k = 0; k < 5; k++) frames.push(f);
}
writeFileSync(y4m, Buffer.concat([Buffer.from(`YUV4MPEG2 W${W} H${H} F10:1 Ip A1:1 C420jpeg\n`), ...frames]));

const DIST = 'dist-bench';
buildApp(DIST);
const server = await serve(DIST);
const runs = [];
for (let r = 0; r < 3; r++) {
  const browser = await launchChromium([
    '--use-fake-device-for-media-stream',
    '--use-fake-ui-for-media-stream',
    `--use-file-for-fake-video-capture=${y4m}`,
  ]);
  const page = await (
    await browser.newContext({ viewport: { width: 1180, height: 820 }, serviceWorkers: 'block', locale: 'de-DE' })
  ).newPage();
  await page.goto(`${server.url}/#/empfangen`);
  await page.getByRole('button', { name: 'Kamera starten' }).waitFor();
  const t = Date.now();
  await page.getByRole('button', { name: 'Kamera starten' }).click();
  await page.locator('.import-results > li[data-status="imported"]').waitFor({ timeout: 60_000 });
  runs.push(Date.now() - t);
  await browser.close();
}
await server.close();

const gz = (f) => (gzipSync(readFileSync(join(DIST, 'assets', f)), { level: 9 }).length / 1024).toFixed(1);
const assets = readdirSync(join(DIST, 'assets'));
const jsqrFile = assets.find((f) => f.startsWith('jsQR'));
const qrFile = assets.find((f) => f.startsWith('qrcode'));
console.log(`Reifegrad-Check QR hand-over benchmark · ${new Date().toISOString()}`);
console.log(
  `(1) default questionnaire, 37 answers: without notes ${core.without.json} B JSON → ${core.without.bytes} B compressed → ${core.without.parts} code(s); with a note on every question ${core.with.json} B → ${core.with.bytes} B → ${core.with.parts} code(s) (≤ ${core.partChars} Base45 characters per code, error correction M)`,
);
console.log(
  `(2) jsQR on a 640×480 frame (${frame.modules}×${frame.modules} modules): median ${times[15].toFixed(1)} ms, max ${times.at(-1).toFixed(1)} ms over 30 frames`,
);
console.log(
  `(3) four parts out of order through the fake camera, "Kamera starten" → imported: ${runs.join(', ')} ms over ${runs.length} runs`,
);
console.log(
  `(4) lazy chunks, loaded only on the QR screens: generator ${qrFile} ${gz(qrFile)} KiB gzip, decoder ${jsqrFile} ${gz(jsqrFile)} KiB gzip (Linux Chromium has no BarcodeDetector)`,
);
