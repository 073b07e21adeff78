// The results screen and the report in happy-dom (no canvas here: the chart is drawn and
// compared in test/e2e/results.test.ts). Every figure on screen must be the core's.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { ReportScreen, ResultsScreen } from '../../src/ui/features/results';
import { wrapLabel } from '../../src/ui/chart/spec';
import { createAssessment, loadAssessment } from '../../src/storage/assessments';
import { saveAnswer, saveNote } from '../../src/storage/answers';
import { setLanguage } from '../../src/ui/i18n';
import { resultsOf } from '../../src/core/results';
import { localize } from '../../src/core/text';
import { assessment, level, loadQuestionnaire, DONT_KNOW, NOT_APPLICABLE } from '../helpers';

const q = loadQuestionnaire('questionnaires/digitale-verwaltung.json');
const dv = (over = {}) =>
  assessment({ id: 'r1', questionnaireId: 'digitale-verwaltung', questionnaireVersion: '1.0.0', office: 'Gesundheitsamt', ...over });
const de = (x: number) => x.toLocaleString('de-DE', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** Answers every question: a pattern of levels, some "weiß nicht", one "trifft nicht zu"; leaves `open` questions out. */
async function resultsStored() {
  const loaded = await loadAssessment('r1');
  if (!loaded.assessment) throw new Error('r1 not stored');
  return resultsOf(q, loaded.answers, loaded.assessment);
}

async function answerAll(open = 0): Promise<void> {
  const all = q.dimensions.flatMap((d) => d.questions);
  for (const [i, x] of all.entries()) {
    if (i >= all.length - open) break;
    const v = i % 7 === 6 ? DONT_KNOW : i === 3 && x.allowNotApplicable ? NOT_APPLICABLE : level((i * 3) % 5);
    await saveAnswer('r1', x.id, v);
  }
}

beforeEach(() => {
  setLanguage('de');
  location.hash = '#/';
});
afterEach(() => cleanup());

describe('ResultsScreen', () => {
  it('shows exactly the core’s figures in the table', async () => {
    await createAssessment(dv());
    await answerAll();
    render(<ResultsScreen id="r1" />);
    await screen.findByRole('heading', { name: 'Ergebnis: Gesundheitsamt', exact: true });
    const r = await resultsStored();
    const table = screen.getByRole('table', { name: 'Ist, Soll, Lücke und Datengrundlage je Dimension' });
    for (const d of r.score.dimensions) {
      const title = localize(q.dimensions.find((x) => x.id === d.dimensionId)!.title, 'de');
      const row = within(table)
        .getByRole('rowheader', { name: (n) => n.startsWith(title) })
        .closest('tr')!;
      const cells = [...row.querySelectorAll('td')].map((c) => c.textContent);
      expect(cells[0]).toBe(d.score === null ? 'unbekannt' : de(d.score));
      expect(cells[1]).toBe(String(d.target));
      expect(cells.slice(3)).toEqual([d.coverage.answered, d.coverage.dontKnow, d.coverage.notApplicable, d.coverage.open].map(String));
    }
    // strengths are named, and the first measure is the core's first
    const strengths = screen.getByRole('region', { name: 'Stärken' });
    for (const s of r.strengths) within(strengths).getByText(localize(q.dimensions.find((x) => x.id === s.dimensionId)!.title, 'de'));
    const first = screen.getAllByRole('listitem').find((li) => li.classList.contains('measure'))!;
    expect(first.querySelector('h3')!.textContent).toBe(localize(r.measures[0]!.measure.title, 'de'));
    expect(first.textContent).toContain('Priorität = Gewicht');
    expect(screen.queryByText(/Vorläufiges Ergebnis/)).toBeNull();
  });

  it('says the result is provisional while questions are open, and shows unknown as unknown', async () => {
    await createAssessment(dv());
    await saveAnswer('r1', q.dimensions[0]!.questions[0]!.id, level(2));
    render(<ResultsScreen id="r1" />);
    await screen.findByText(/Vorläufiges Ergebnis: 36 von 37 Fragen sind noch offen/);
    const table = screen.getByRole('table');
    expect(within(table).getAllByText('unbekannt').length).toBe(q.dimensions.length - 1);
  });

  it('keeps the table in the DOM while hidden, and shows it on request', async () => {
    await createAssessment(dv());
    await answerAll();
    render(<ResultsScreen id="r1" />);
    const toggle = await screen.findByRole('button', { name: 'Werte als Tabelle anzeigen' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(document.getElementById('score-table-box')!.classList.contains('visually-hidden')).toBe(true);
    expect(screen.getByRole('table')).toBeTruthy();
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(document.getElementById('score-table-box')!.className).toBe('table-box');
  });

  it('stores a changed target with the assessment, and "Ist + 1" for all', async () => {
    await createAssessment(dv());
    await answerAll();
    render(<ResultsScreen id="r1" />);
    const first = q.dimensions[0]!;
    const select = await screen.findByLabelText<HTMLSelectElement>(localize(first.title, 'de'));
    expect(select.value).toBe(String(first.defaultTarget));
    fireEvent.change(select, { target: { value: '4' } });
    await screen.findByText('Soll-Profil gespeichert.');
    expect((await loadAssessment('r1')).assessment!.targets).toEqual({ [first.id]: 4 });

    fireEvent.click(screen.getByRole('button', { name: 'Soll = Ist + 1 für alle' }));
    await waitFor(async () => expect(Object.keys((await loadAssessment('r1')).assessment!.targets)).toHaveLength(q.dimensions.length));
    const r = await resultsStored();
    for (const d of r.score.dimensions) if (d.score !== null) expect(d.target).toBe(Math.min(4, Math.floor(d.score) + 1));

    fireEvent.click(screen.getByRole('button', { name: 'Vorschläge des Fragebogens übernehmen' }));
    await waitFor(async () => expect((await loadAssessment('r1')).assessment!.targets).toEqual({}));
  });
});

describe('outside dependencies on the results screen', () => {
  const text = (id: string) => localize(q.dimensions.flatMap((d) => d.questions).find((x) => x.id === id)!.text, 'de');
  const item = (id: string) => screen.getByText(text(id)).closest('li')!;

  it('names them at each tagged question and its measures, not per dimension, and not where they do not apply', async () => {
    await createAssessment(dv());
    // Bürgerorientierung 1.3 → level 1; the online services (Land, EfA) do not apply here
    for (const [id, v] of Object.entries({
      'buergerorientierung-bedarfe': level(1),
      'buergerorientierung-onlinedienste': NOT_APPLICABLE,
      'buergerorientierung-barrierefreiheit': level(2),
      'buergerorientierung-erreichbarkeit': level(1),
    }))
      await saveAnswer('r1', id, v);
    // Infrastruktur 0 → level 0: the overview of the specialist procedures and their interfaces
    for (const x of q.dimensions.find((d) => d.id === 'infrastruktur')!.questions) await saveAnswer('r1', x.id, level(0));
    render(<ResultsScreen id="r1" />);
    await screen.findByRole('heading', { name: 'Ergebnis: Gesundheitsamt', exact: true });

    const note = (el: Element) => el.querySelector('.depends')?.textContent ?? null;
    expect(note(item('infrastruktur-schnittstellen'))).toBe(
      'Hängt auch ab von: Bund, Land, IT-Dienstleister. Diese Lücke liegt nicht allein beim Amt – die Maßnahme heißt hier: mitwirken, einfordern, abstimmen.',
    );
    expect(note(item('infrastruktur-efa'))).toMatch(/^Hängt auch ab von: Einer-für-Alle-Leistungen \(EfA\), Land\./);
    expect(note(item('infrastruktur-regulatorik'))).toBeNull();
    expect(note(item('buergerorientierung-onlinedienste'))).toBeNull(); // „trifft nicht zu“
    // no dimension carries a note of its own: it belongs to the question
    expect(document.querySelectorAll('.dimension-detail > .depends')).toHaveLength(0);

    const measure = (id: string) => document.querySelector(`li.measure[data-measure="${id}"]`)!;
    expect(note(measure('infrastruktur-verfahrensuebersicht'))).toMatch(/^Hängt auch ab von: Bund, Land, IT-Dienstleister\./);
    expect(note(measure('buergerorientierung-ozg-koordination'))).toBeNull();
    expect(note(measure('buergerorientierung-bedarfe-priorisieren'))).toBeNull();
  });
});

describe('ReportScreen', () => {
  it('holds who, what, when, the table, the measures and the notes', async () => {
    await createAssessment(dv({ respondent: 'K. Müller', perspective: 'fuehrung' }));
    await answerAll();
    await saveNote('r1', q.dimensions[1]!.questions[0]!.id, 'Führungskräfte-Runde „Digital“ gibt es seit März.');
    render(<ReportScreen id="r1" />);
    await screen.findByRole('heading', { level: 1, name: 'Gesundheitsamt' });
    expect(screen.getByText('Führungskraft')).toBeTruthy();
    expect(screen.getByText('K. Müller')).toBeTruthy();
    expect(screen.getByText('Digitale Reife der Verwaltung, Version 1.0.0')).toBeTruthy();
    expect(screen.getByRole('table')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Drucken oder als PDF speichern' })).toBeTruthy();
    // notes can name colleagues: only when asked for
    expect(screen.queryByText('Führungskräfte-Runde „Digital“ gibt es seit März.')).toBeNull();
    fireEvent.click(screen.getByRole('checkbox', { name: /Notizen aufnehmen/ }));
    expect(await screen.findByText('Führungskräfte-Runde „Digital“ gibt es seit März.')).toBeTruthy();
  });

  it('renders hostile text from storage as text', async () => {
    await createAssessment(dv({ office: '<img src=x onerror=alert(1)>Amt' }));
    await saveNote('r1', q.dimensions[0]!.questions[0]!.id, '<script>alert(1)</script>');
    render(<ReportScreen id="r1" />);
    await screen.findByRole('heading', { level: 1, name: '<img src=x onerror=alert(1)>Amt' });
    expect(document.querySelector('main img, img[src="x"]')).toBeNull();
    fireEvent.click(screen.getByRole('checkbox', { name: /Notizen aufnehmen/ }));
    expect(await screen.findByText('<script>alert(1)</script>')).toBeTruthy();
  });
});

describe('in English', () => {
  it('shows the results with English texts', async () => {
    setLanguage('en');
    await createAssessment(dv());
    await answerAll(3);
    render(<ResultsScreen id="r1" />);
    await screen.findByRole('heading', { name: 'Results: Gesundheitsamt', exact: true });
    expect(screen.getByText(/Provisional result: 3 of 37 questions are still open/)).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'What to do first?' })).toBeTruthy();
    expect(screen.getByText('How is it calculated?')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Target = actual + 1 for all' })).toBeTruthy();
  });
});

describe('wrapLabel', () => {
  it('breaks long axis names into lines and keeps "&" with the next word', () => {
    expect(wrapLabel('Basisinfrastruktur & Interoperabilität')).toEqual(['Basisinfrastruktur', '& Interoperabilität']);
    expect(wrapLabel('IT-Sicherheit, Datenschutz & Notfallvorsorge')).toEqual(['IT-Sicherheit,', 'Datenschutz', '& Notfallvorsorge']);
    expect(wrapLabel('Strategie')).toEqual(['Strategie']);
  });
});
