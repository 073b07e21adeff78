// The user guide „So geht’s“: its headings, its steps, and the same steps in English.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/preact';
import { GuideScreen } from '../../src/ui/features/guide';
import { setLanguage } from '../../src/ui/i18n';

/** The number of steps in each numbered list, in order. */
const stepCounts = (container: Element) => [...container.querySelectorAll('ol')].map((ol) => ol.querySelectorAll(':scope > li').length);

beforeEach(() => {
  setLanguage('de');
  location.hash = '#/';
});
afterEach(() => {
  cleanup();
  setLanguage('de');
});

describe('GuideScreen', () => {
  it('has its title, a way back and the three guides in numbered steps', () => {
    const { container } = render(<GuideScreen />);
    const h1 = screen.getByRole('heading', { level: 1, name: 'So geht’s' });
    expect(document.activeElement).toBe(h1);
    expect(screen.getByRole('link', { name: '← Alle Einschätzungen' }).getAttribute('href')).toBe('#/');
    const h2 = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(h2).toEqual(['Eine Einschätzung ausfüllen', 'Einen Workshop leiten', 'Zwischen Geräten austauschen', 'Ihre Daten']);
    for (const name of h2) expect(screen.getByRole('region', { name })).toBeTruthy();
    const counts = stepCounts(container);
    expect(counts).toHaveLength(3);
    for (const n of counts) expect(n).toBeGreaterThan(3);
    expect(container.querySelector('ol > li')?.textContent).toBe('Tippen Sie auf der Startseite auf „Neue Einschätzung“.');
  });

  it('shows the same steps in English', () => {
    const german = stepCounts(render(<GuideScreen />).container);
    cleanup();
    setLanguage('en');
    const { container } = render(<GuideScreen />);
    screen.getByRole('heading', { level: 1, name: 'How it works' });
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'Fill in an assessment',
      'Run a workshop',
      'Exchange between devices',
      'Your data',
    ]);
    expect(stepCounts(container)).toEqual(german);
    expect(screen.getByRole('link', { name: '← All assessments' }).getAttribute('href')).toBe('#/');
  });
});
