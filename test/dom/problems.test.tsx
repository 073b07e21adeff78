// The one error state: every write that fails — a new assessment, a workshop, a plan edit, a target,
// a deletion — says what was not saved, offers „Jetzt erneut speichern“, keeps what the person
// entered on screen and leaves no button disabled; once the disk has room, the retry writes it.
// Reading that fails says so instead of „Wird geladen …“ forever. (Real-browser quota: test/e2e.)
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { App } from '../../src/ui/App';
import { setLanguage } from '../../src/ui/i18n';
import { navigate } from '../../src/ui/router';
import { createAssessment, listAssessmentEntries, loadAssessment } from '../../src/storage/assessments';
import { createWorkshop, listPlan, listWorkshops, savePlanItem } from '../../src/storage/workshops';
import { unsaved } from '../../src/app/problems';
import { assessment } from '../helpers';

const dv = (over = {}) =>
  assessment({ id: 'p1', questionnaireId: 'digitale-verwaltung', questionnaireVersion: '1.0.0', office: 'Gesundheitsamt', ...over });

/** Makes every put, add and delete fail as a full disk does, until `free()` is called. */
function fullDisk(): { free: () => void } {
  const fail = () => {
    throw new DOMException('Der Speicher ist voll', 'QuotaExceededError');
  };
  const spies: MockInstance[] = [
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(fail),
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(fail),
    vi.spyOn(IDBObjectStore.prototype, 'delete').mockImplementation(fail),
  ];
  return { free: () => spies.forEach((s) => s.mockRestore()) };
}

const banner = () => screen.findByRole('alert');

beforeEach(() => {
  setLanguage('de');
  navigate({ name: 'start' });
});
afterEach(() => {
  vi.restoreAllMocks();
  cleanup();
});

describe('a write that fails', () => {
  it('a new assessment: says so, keeps the form usable, and the retry stores it', async () => {
    render(<App />);
    navigate({ name: 'new' });
    await screen.findByRole('heading', { level: 1, name: 'Neue Einschätzung' });
    fireEvent.input(screen.getByLabelText('Amt / Organisationseinheit'), { target: { value: 'Ordnungsamt' } });
    const disk = fullDisk();
    fireEvent.click(screen.getByRole('button', { name: 'Einschätzung beginnen' }));
    const alert = await banner();
    expect(alert.textContent).toContain('Nicht gespeichert: die neue Einschätzung „Ordnungsamt“.');
    expect(alert.textContent).toContain('Der Speicher dieses Geräts ist voll');
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Einschätzung beginnen' }).disabled).toBe(false);
    expect(screen.getByLabelText<HTMLInputElement>('Amt / Organisationseinheit').value).toBe('Ordnungsamt');
    expect(unsaved.value).toBe(true);
    disk.free();
    fireEvent.click(within(alert).getByRole('button', { name: 'Jetzt erneut speichern' }));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    expect((await listAssessmentEntries()).entries.map((e) => e.assessment.office)).toEqual(['Ordnungsamt']);
    expect(unsaved.value).toBe(false);
    // pressed again, the button opens what the retry stored, without a second copy
    fireEvent.click(screen.getByRole('button', { name: 'Einschätzung beginnen' }));
    await waitFor(() => expect(location.hash).toMatch(/^#\/a\/.+\/frage\/1$/));
    expect((await listAssessmentEntries()).entries).toHaveLength(1);
  });

  it('a workshop: stays on the form with the message, and starts once it can be saved', async () => {
    render(<App />);
    navigate({ name: 'workshopNew' });
    await screen.findByRole('heading', { level: 1, name: 'Workshop vorbereiten' });
    fireEvent.input(screen.getByLabelText('Amt / Organisationseinheit'), { target: { value: 'Bauamt' } });
    const disk = fullDisk();
    fireEvent.click(screen.getByRole('button', { name: 'Workshop beginnen' }));
    expect((await banner()).textContent).toContain('Nicht gespeichert: der Stand des Workshops „Bauamt“.');
    expect(location.hash).toBe('#/workshop-neu');
    disk.free();
    fireEvent.click(screen.getByRole('button', { name: 'Workshop beginnen' }));
    await waitFor(() => expect(location.hash).toMatch(/^#\/workshop\/[^/]+$/));
    expect((await listWorkshops()).map((w) => w.office)).toEqual(['Bauamt']);
  });

  it('a plan edit: the owner typed stays on screen, the banner names the measure, the retry writes it', async () => {
    await createWorkshop({
      id: 'w1',
      office: 'Gesundheitsamt',
      questionnaireId: 'digitale-verwaltung',
      questionnaireVersion: '1.0.0',
      date: '2026-11-23',
      preVotes: [],
      agenda: [],
      consensusId: 'c1',
      createdAt: '2026-11-23T10:00:00.000Z',
    });
    await savePlanItem({
      id: 'm1',
      office: 'Gesundheitsamt',
      questionnaireId: 'digitale-verwaltung',
      title: 'Aktenkeller räumen',
      owner: '',
      status: 'offen',
      workshopId: 'w1',
      createdAt: '2026-11-23T10:00:00.000Z',
      updatedAt: '2026-11-23T10:00:00.000Z',
    });
    render(<App />);
    navigate({ name: 'plan', id: 'w1' });
    const owner = await screen.findByLabelText('Verantwortlich');
    const disk = fullDisk();
    fireEvent.change(owner, { target: { value: 'Frau Berger' } });
    expect((await banner()).textContent).toContain('Nicht gespeichert: die Maßnahme „Aktenkeller räumen“.');
    expect(screen.getByLabelText<HTMLInputElement>('Verantwortlich').value).toBe('Frau Berger');
    expect(screen.queryByText('Gespeichert.')).toBeNull();
    disk.free();
    fireEvent.click(screen.getByRole('button', { name: 'Jetzt erneut speichern' }));
    await waitFor(async () => expect((await listPlan('Gesundheitsamt'))[0]?.owner).toBe('Frau Berger'));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
  });

  it('a target: shown at once, kept while it cannot be saved, written by the retry', async () => {
    await createAssessment(dv());
    render(<App />);
    navigate({ name: 'results', id: 'p1' });
    const select = await screen.findByLabelText('Strategie & Priorisierung', { selector: 'select' });
    const disk = fullDisk();
    fireEvent.change(select, { target: { value: '4' } });
    expect((await banner()).textContent).toContain('Nicht gespeichert: das Soll-Profil.');
    expect(screen.getByLabelText<HTMLSelectElement>('Strategie & Priorisierung', { selector: 'select' }).value).toBe('4');
    disk.free();
    fireEvent.click(screen.getByRole('button', { name: 'Jetzt erneut speichern' }));
    await waitFor(async () => expect((await loadAssessment('p1')).assessment?.targets).toEqual({ strategie: 4 }));
  });

  it('a deletion: says it failed and keeps the assessment listed', async () => {
    await createAssessment(dv());
    render(<App />);
    fireEvent.click(await screen.findByRole('button', { name: 'Löschen: Gesundheitsamt' }));
    const disk = fullDisk();
    fireEvent.click(await screen.findByRole('button', { name: 'Ja, löschen' }));
    expect((await banner()).textContent).toContain('Nicht gespeichert: das Löschen von „Gesundheitsamt“.');
    expect(screen.getByRole('heading', { name: 'Gesundheitsamt' })).toBeTruthy();
    disk.free();
    expect((await listAssessmentEntries()).entries).toHaveLength(1);
  });
});

describe('a read that fails', () => {
  it('opening an assessment says so and offers to try again, instead of loading forever', async () => {
    await createAssessment(dv());
    const spy = vi.spyOn(IDBIndex.prototype, 'getAll').mockImplementation(() => {
      throw new DOMException('kaputt', 'UnknownError');
    });
    render(<App />);
    navigate({ name: 'overview', id: 'p1' });
    await screen.findByText('Das konnte nicht geladen werden. Ihre gespeicherten Daten sind nicht verändert.');
    spy.mockRestore();
    fireEvent.click(screen.getByRole('button', { name: 'Erneut versuchen' }));
    await screen.findByRole('heading', { name: 'Übersicht: Gesundheitsamt' });
  });
});
