// Screens rendered in happy-dom against fake-indexeddb. Real-browser behaviour (service worker,
// focus rings, layout, axe) is covered in test/e2e.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { StartScreen } from '../../src/ui/features/start/StartScreen';
import { NewAssessmentScreen, OverviewScreen, QuestionScreen } from '../../src/ui/features/walkthrough';
import { LevelCards } from '../../src/ui/features/walkthrough/LevelCards';
import { createAssessment, listAssessmentEntries } from '../../src/storage/assessments';
import { createWorkshop } from '../../src/storage/workshops';
import { db } from '../../src/storage/db';
import { readAnswer, saveAnswer } from '../../src/storage/answers';
import { setLanguage } from '../../src/ui/i18n';
import { assessment, level, mini } from '../helpers';

const dv = (over = {}) =>
  assessment({ id: 'a1', questionnaireId: 'digitale-verwaltung', questionnaireVersion: '1.0.0', office: 'Gesundheitsamt', ...over });

beforeEach(() => {
  setLanguage('de');
  location.hash = '#/';
});
afterEach(() => cleanup());

describe('StartScreen', () => {
  it('invites to start when nothing is stored', async () => {
    render(<StartScreen />);
    await screen.findByText(/Noch keine Einschätzung auf diesem Gerät/);
    expect(screen.getByRole('link', { name: 'Neue Einschätzung' }).getAttribute('href')).toBe('#/neu');
  });

  it('lists assessments with perspective, questionnaire and progress', async () => {
    await createAssessment(dv({ perspective: 'fuehrung' }));
    await saveAnswer('a1', 'strategie-beschluss', level(2));
    render(<StartScreen />);
    await screen.findByRole('heading', { name: 'Gesundheitsamt' });
    await screen.findByText('Digitale Reife der Verwaltung');
    expect(screen.getByText('Führungskraft')).toBeTruthy();
    await screen.findByText('Fortschritt: 1 von 37');
    expect(screen.getByRole('link', { name: 'Fortsetzen: Gesundheitsamt' }).getAttribute('href')).toBe('#/a/a1');
  });

  it('lists the workshops on the device, to go back to one', async () => {
    await createWorkshop({
      id: 'w1',
      office: 'Ordnungsamt',
      questionnaireId: 'digitale-verwaltung',
      questionnaireVersion: '1.0.0',
      date: '2026-11-23',
      preVotes: [],
      agenda: ['strategie-beschluss'],
      consensusId: 'c1',
      createdAt: '2026-11-23T10:00:00.000Z',
    });
    render(<StartScreen />);
    await screen.findByRole('heading', { name: 'Workshops auf diesem Gerät' });
    expect(screen.getByRole('link', { name: 'Ordnungsamt, 23.11.2026 – fortsetzen' }).getAttribute('href')).toBe('#/workshop/w1');
  });

  it('leaves out a workshop record with a damaged date instead of failing', async () => {
    const d = await db();
    await d.put('workshops', { id: 'w9', consensusId: 'c9', office: 'Bauamt', date: 'kein Datum' } as never);
    render(<StartScreen />);
    await screen.findByText(/Noch keine Einschätzung auf diesem Gerät/);
    expect(screen.queryByText(/Bauamt/)).toBeNull();
  });

  it('groups the cards by office on request, and names the respondent as such', async () => {
    await createAssessment(dv({ id: 'a1', office: 'Ordnungsamt', respondent: 'M. K.', updatedAt: '2026-11-01T10:00:00.000Z' }));
    await createAssessment(dv({ id: 'a2', office: 'Bauamt', updatedAt: '2026-11-02T10:00:00.000Z' }));
    await createAssessment(dv({ id: 'a3', office: 'Ordnungsamt', updatedAt: '2026-11-03T10:00:00.000Z' }));
    render(<StartScreen />);
    await screen.findAllByRole('heading', { name: 'Ordnungsamt' });
    expect(screen.getByText('Befragte Person')).toBeTruthy();
    expect(screen.queryByText('Ihr Name oder Kürzel (freiwillig)')).toBeNull();
    const cards = () => screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(cards()).toEqual(['Ordnungsamt', 'Bauamt', 'Ordnungsamt']);
    fireEvent.click(screen.getByRole('radio', { name: 'nach Amt' }));
    await waitFor(() => expect(cards()).toEqual(['Bauamt (1 Einschätzung)', 'Ordnungsamt (2 Einschätzungen)']));
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(['Bauamt', 'Ordnungsamt', 'Ordnungsamt']);
  });
});

describe('NewAssessmentScreen', () => {
  it('suggests the Gesundheitsamt questionnaire for a Gesundheitsamt, until one is chosen by hand', async () => {
    render(<NewAssessmentScreen />);
    const office = await screen.findByLabelText('Amt / Organisationseinheit');
    const radio = (name: RegExp) => screen.getByRole<HTMLInputElement>('radio', { name });
    await waitFor(() => expect(radio(/^Digitale Reife der Verwaltung/).checked).toBe(true));
    fireEvent.input(office, { target: { value: 'Gesundheitsamt Halle (Saale)' } });
    await waitFor(() => expect(radio(/^Digitale Reife im Gesundheitsamt/).checked).toBe(true));
    fireEvent.input(office, { target: { value: 'Ordnungsamt' } });
    await waitFor(() => expect(radio(/^Digitale Reife der Verwaltung/).checked).toBe(true));
    // chosen by hand: the name no longer changes it
    fireEvent.click(radio(/^Digitale Reife im Gesundheitsamt/));
    fireEvent.input(office, { target: { value: 'Bauamt' } });
    await waitFor(() => expect(radio(/^Digitale Reife im Gesundheitsamt/).checked).toBe(true));
    // a perspective the newly suggested questionnaire does not have falls back to „Mitarbeitende“
    fireEvent.click(radio(/^Digitale Reife der Verwaltung/));
    fireEvent.click(screen.getByRole('radio', { name: 'Bürgerinnen und Bürger' }));
    await waitFor(() => expect(radio(/^Bürgerinnen und Bürger$/).checked).toBe(true));
    fireEvent.click(radio(/^Digitale Reife im Gesundheitsamt/));
    await waitFor(() => expect(radio(/^Mitarbeitende$/).checked).toBe(true));
    expect(screen.queryByRole('radio', { name: 'Bürgerinnen und Bürger' })).toBeNull();
    // each choice: title and facts, the description folded to two lines with the whole text on request
    const more = screen.getAllByRole('button', { name: 'Ganze Beschreibung' });
    expect(more).toHaveLength(2);
    fireEvent.click(more[0]!);
    expect(screen.getByRole('button', { name: 'Beschreibung kürzen' }).getAttribute('aria-expanded')).toBe('true');
  });

  it('says in German what is missing and stores nothing', async () => {
    render(<NewAssessmentScreen />);
    const submit = await screen.findByRole('button', { name: 'Einschätzung beginnen' });
    await waitFor(() => expect((submit as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(submit);
    await screen.findByText('Bitte geben Sie das Amt oder die Organisationseinheit an.');
    expect(screen.getByLabelText('Amt / Organisationseinheit').getAttribute('aria-invalid')).toBe('true');
    expect((await listAssessmentEntries()).entries).toEqual([]);
  });

  it('creates the assessment and opens its first question', async () => {
    render(<NewAssessmentScreen />);
    const submit = await screen.findByRole('button', { name: 'Einschätzung beginnen' });
    await waitFor(() => expect((submit as HTMLButtonElement).disabled).toBe(false));
    fireEvent.input(screen.getByLabelText('Amt / Organisationseinheit'), { target: { value: '  Ordnungsamt ' } });
    fireEvent.click(screen.getByRole('radio', { name: 'IT' }));
    fireEvent.click(submit);
    await waitFor(() => expect(location.hash).toMatch(/^#\/a\/.+\/frage\/1$/));
    const [item] = (await listAssessmentEntries()).entries;
    expect(item?.assessment).toMatchObject({
      office: 'Ordnungsamt',
      perspective: 'it',
      questionnaireId: 'digitale-verwaltung',
      questionnaireVersion: '1.0.0',
    });
  });
});

describe('LevelCards', () => {
  it('offers one radio per level with its descriptor, plus the unknown answers where allowed', () => {
    const q = mini();
    const chosen: unknown[] = [];
    render(<LevelCards questionnaire={q} question={q.dimensions[0]!.questions[1]!} value={level(1)} onChange={(v) => chosen.push(v)} />);
    const radios = screen.getAllByRole('radio');
    expect(radios).toHaveLength(6); // 4 levels, weiß nicht, trifft nicht zu
    expect(screen.getByRole<HTMLInputElement>('radio', { name: /^Stufe 1:/ }).checked).toBe(true);
    expect(screen.getByText('A2-3')).toBeTruthy();
    fireEvent.click(screen.getByRole('radio', { name: /^Trifft nicht zu/ }));
    expect(chosen).toEqual([{ kind: 'notApplicable' }]);
  });

  it('leaves out "trifft nicht zu" where the question does not allow it', () => {
    const q = mini();
    render(<LevelCards questionnaire={q} question={q.dimensions[0]!.questions[0]!} value={null} onChange={() => undefined} />);
    expect(screen.queryByRole('radio', { name: /^Trifft nicht zu/ })).toBeNull();
    expect(screen.getAllByRole('radio').every((r) => !(r as HTMLInputElement).checked)).toBe(true);
  });
});

describe('QuestionScreen', () => {
  it('writes a choice made by digit key at once, and a note', async () => {
    await createAssessment(dv());
    render(<QuestionScreen id="a1" n={1} />);
    await screen.findByText('Frage 1 von 37 · 0 von 37 beantwortet');
    fireEvent.keyDown(window, { key: '3' });
    await waitFor(async () => expect((await readAnswer('a1', 'strategie-beschluss'))?.value).toEqual(level(3)));
    expect(screen.getByRole<HTMLInputElement>('radio', { name: /^Stufe 3:/ }).checked).toBe(true);
    fireEvent.input(screen.getByLabelText('Notiz (freiwillig)'), { target: { value: 'Entwurf liegt vor' } });
    await waitFor(async () => expect((await readAnswer('a1', 'strategie-beschluss'))?.note).toBe('Entwurf liegt vor'));
    fireEvent.keyDown(window, { key: 'w' });
    await waitFor(async () => expect((await readAnswer('a1', 'strategie-beschluss'))?.value).toEqual({ kind: 'dontKnow' }));
  });

  it('says so when the assessment does not exist', async () => {
    render(<QuestionScreen id="gibt-es-nicht" n={1} />);
    await screen.findByText('Diese Einschätzung gibt es auf diesem Gerät nicht (mehr).');
  });
});

describe('OverviewScreen', () => {
  it('shows every dimension with its completion and each answer', async () => {
    await createAssessment(dv());
    await saveAnswer('a1', 'strategie-beschluss', level(2));
    await saveAnswer('a1', 'strategie-ziele-bekannt', { kind: 'dontKnow' });
    render(<OverviewScreen id="a1" />);
    await screen.findByRole('heading', { name: 'Übersicht: Gesundheitsamt' });
    expect(screen.getByText('Noch 35 Fragen offen.')).toBeTruthy();
    expect(screen.getAllByRole('heading', { level: 2 })).toHaveLength(9);
    expect(screen.getByText('Stufe 2 · teilweise umgesetzt')).toBeTruthy();
    expect(screen.getByText('weiß nicht')).toBeTruthy();
  });
});
