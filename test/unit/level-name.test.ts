import { describe, expect, it } from 'vitest';
import { levelLabel, levelName } from '../../src/ui/shared/level-name';

describe('a level’s name on screen', () => {
  it('leaves out a number the label repeats, in any of the usual forms', () => {
    expect(levelName(0, { de: 'Stufe 0 – nicht vorhanden' })).toBe('0 · nicht vorhanden');
    expect(levelName(2, { de: '2: teilweise' })).toBe('2 · teilweise');
    expect(levelName(3, { de: 'Level 3 · etabliert' })).toBe('3 · etabliert');
    expect(levelLabel(1, { de: '1) erste Ansätze' })).toBe('erste Ansätze');
  });
  it('keeps labels that only start like a number, or are nothing but the number', () => {
    expect(levelLabel(1, { de: '10 Prozent' })).toBe('10 Prozent');
    expect(levelLabel(4, { de: 'Stufe 4' })).toBe('Stufe 4');
    expect(levelLabel(0, { de: 'nicht vorhanden' })).toBe('nicht vorhanden');
  });
  it('shows an English-only label as it is', () => {
    expect(levelName(1, { en: 'initial' })).toBe('1 · initial');
  });
});
