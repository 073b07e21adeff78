// The comparison screen's four views in happy-dom (no canvas: the radar is checked in the browser).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { CompareScreen } from '../../src/ui/features/compare';
import { createAssessment } from '../../src/storage/assessments';
import { saveAnswer } from '../../src/storage/answers';
import { setLanguage } from '../../src/ui/i18n';
import { assessment, level, loadQuestionnaire } from '../helpers';

const q = loadQuestionnaire('questionnaires/digitale-verwaltung.json');
const questions = q.dimensions.flatMap((d) => d.questions);

async function seed(id: string, office: string, perspective: string, date: string, levelFor: (i: number) => number): Promise<void> {
  await createAssessment(assessment({ id, office, perspective, date, questionnaireId: q.id, questionnaireVersion: q.version }));
  for (const [i, x] of questions.entries()) await saveAnswer(id, x.id, level(levelFor(i)));
}

beforeEach(async () => {
  setLanguage('de');
  await seed('a', 'Gesundheitsamt', 'fuehrung', '2026-03-01', () => 1);
  await seed('b', 'Gesundheitsamt', 'mitarbeitende', '2026-03-01', (i) => (i === 0 ? 4 : 1)); // disagrees on question 1
  await seed('c', 'Gesundheitsamt', 'mitarbeitende', '2026-11-01', () => 3);
  await seed('d', 'Ordnungsamt', 'mitarbeitende', '2026-03-01', () => 2);
});
afterEach(() => cleanup());

const pickOffice = (name: string) => fireEvent.click(screen.getByRole('checkbox', { name: new RegExp(`^${name}`) }));

describe('CompareScreen', () => {
  it('lists offices alphabetically with medians and deltas, and sorts by a dimension on request', async () => {
    render(<CompareScreen />);
    await screen.findByText('4 Einschätzungen aus 2 Ämtern ausgewählt.');
    const rows = () =>
      screen
        .getAllByRole('row')
        .filter((r) => r.hasAttribute('data-office'))
        .map((r) => r.getAttribute('data-office'));
    expect(rows()).toEqual(['Gesundheitsamt', 'Ordnungsamt']);
    const first = q.dimensions[0]!;
    const head = screen.getByRole('button', { name: new RegExp(`^${localizeDe(first.title)}`) });
    fireEvent.click(head); // highest first
    expect(rows()).toEqual(['Ordnungsamt', 'Gesundheitsamt']);
    expect(head.closest('th')!.getAttribute('aria-sort')).toBe('descending');
  });

  it('puts the questions respondents disagree on first, for one office', async () => {
    render(<CompareScreen />);
    await screen.findByText('4 Einschätzungen aus 2 Ämtern ausgewählt.');
    fireEvent.click(screen.getByRole('radio', { name: 'Befragte eines Amts' }));
    screen.getByText('Diese Ansicht braucht genau ein Amt: bitte wählen Sie oben ein Amt aus.');
    pickOffice('Gesundheitsamt');
    fireEvent.change(screen.getByLabelText('bis'), { target: { value: '2026-06-01' } }); // the March round only
    const agenda = await screen.findByRole('region', { name: 'Uneinigkeit: 1 Frage für die Diskussion' });
    expect(within(agenda).getByText(localizeDe(questions[0]!.text))).toBeTruthy();
    expect(within(agenda).getByText(/Stufen 1 bis 4/)).toBeTruthy();
  });

  it('shows the change over time', async () => {
    render(<CompareScreen />);
    await screen.findByText('4 Einschätzungen aus 2 Ämtern ausgewählt.');
    fireEvent.click(screen.getByRole('radio', { name: 'Zeitverlauf' }));
    pickOffice('Gesundheitsamt');
    const table = await screen.findByRole('table', { name: /zu jedem Datum/ });
    const row = within(table)
      .getByRole('rowheader', { name: localizeDe(q.dimensions[1]!.title) })
      .closest('tr')!;
    // March: median of 1 and 1 = 1; November: 3 → +2
    expect([...row.querySelectorAll('td')].map((c) => c.textContent)).toEqual(['1,0', '3,0', '+2,0']);
  });

  it('narrows by perspective and date', async () => {
    render(<CompareScreen />);
    await screen.findByText('4 Einschätzungen aus 2 Ämtern ausgewählt.');
    fireEvent.click(screen.getByRole('checkbox', { name: /^Mitarbeitende/ }));
    await screen.findByText('3 Einschätzungen aus 2 Ämtern ausgewählt.');
    fireEvent.change(screen.getByLabelText('von'), { target: { value: '2026-06-01' } });
    await screen.findByText('1 Einschätzung aus 1 Amt ausgewählt.');
  });
});

function localizeDe(t: { de?: string }): string {
  return t.de ?? '';
}
