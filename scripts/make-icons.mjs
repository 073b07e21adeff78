// Renders public/icons/icon.svg to the PNG icons of the manifest (run after changing the SVG).
// Uses the Chromium the browser tests use: node scripts/make-icons.mjs
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const svg = readFileSync('public/icons/icon.svg', 'utf8');
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
const page = await browser.newPage();
const shot = async (size, maskable, out) => {
  await page.setViewportSize({ width: size, height: size });
  // maskable: full-bleed background, the mark inside the 80 % safe zone
  const inner = maskable
    ? `<div style="width:100%;height:100%;background:#083a66;display:grid;place-items:center"><div style="width:72%;height:72%">${svg}</div></div>`
    : svg;
  await page.setContent(
    `<style>html,body{margin:0;width:100%;height:100%;background:transparent}svg{width:100%;height:100%;display:block}</style>${inner}`,
  );
  await page.screenshot({ path: out, omitBackground: true });
};
await shot(192, false, 'public/icons/icon-192.png');
await shot(512, false, 'public/icons/icon-512.png');
await shot(512, true, 'public/icons/icon-maskable-512.png');
await browser.close();
console.log('icons written');
