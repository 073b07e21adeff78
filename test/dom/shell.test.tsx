// The first-paint shell in index.html must be exactly what the app renders on the start screen
// before its data has loaded; otherwise the first paint would show something the app then changes.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { render } from '@testing-library/preact';
import { App } from '../../src/ui/App';
import { setLanguage } from '../../src/ui/i18n';

const normalise = (html: string) =>
  html
    .replace(/<span class="version">[^<]*<\/span>/, '<span class="version"></span>')
    .replace(/\s+/g, ' ')
    .trim();

describe('first-paint shell', () => {
  it('equals the start screen as rendered before the assessments are loaded', () => {
    setLanguage('de');
    location.hash = '#/';
    const html = readFileSync('index.html', 'utf8');
    const shell = /<div id="app">([\s\S]*?)<\/div>\n/.exec(html)?.[1];
    expect(shell).toBeDefined();
    const { container } = render(<App />);
    expect(normalise(shell!)).toBe(normalise(container.innerHTML));
  });
});
