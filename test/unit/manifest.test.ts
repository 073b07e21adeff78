import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';

// PNG width and height from the IHDR chunk
function pngSize(path: string): [number, number] {
  const b = readFileSync(path);
  expect(b.subarray(1, 4).toString()).toBe('PNG');
  return [b.readUInt32BE(16), b.readUInt32BE(20)];
}

describe('web app manifest', () => {
  const m = JSON.parse(readFileSync('public/manifest.webmanifest', 'utf8')) as {
    name: string;
    lang: string;
    display: string;
    icons: { src: string; sizes: string; purpose?: string }[];
  };

  it('is German, standalone, with 192, 512 and maskable icons that exist in those sizes', () => {
    expect(m.lang).toBe('de');
    expect(m.display).toBe('standalone');
    expect(m.name).toMatch(/Reifegrad-Check/);
    for (const [size, purpose] of [
      ['192x192', 'any'],
      ['512x512', 'any'],
      ['512x512', 'maskable'],
    ] as const) {
      const icon = m.icons.find((i) => i.sizes === size && i.purpose === purpose);
      expect(icon, `${size} ${purpose}`).toBeDefined();
      const [w, h] = pngSize(`public${icon!.src}`);
      expect(`${w}x${h}`).toBe(size);
    }
  });

  it('names no other origin', () => {
    expect(JSON.stringify(m)).not.toMatch(/https?:\/\//);
  });
});
