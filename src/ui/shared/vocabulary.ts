// Words that several lazily loaded features use alike (results, compare, workshop, plan), German
// first; English must have every key. Shared code of those chunks, never part of the first screen.
import { extendTexts, t } from '../i18n';

const de = {
  seriesSoll: 'Soll',
  colDimension: 'Dimension',
  measureReason: (ist: string, reached: number, soll: number, gap: string) =>
    `Ist ${ist} (Stufe ${reached} erreicht), Soll ${soll}: Lücke ${gap}.`,
  moderatorShort: 'Moderation',
  workshopParticipants: 'Zahl der Teilnehmenden',
  projectorView: 'Projektoransicht',
  moderatorViewShort: 'Moderationsansicht',
  plan: 'Maßnahmenplan',
};

export type VocabularyTexts = typeof de;

const en: VocabularyTexts = {
  seriesSoll: 'Target',
  colDimension: 'Dimension',
  measureReason: (ist, reached, soll, gap) => `Actual ${ist} (level ${reached} reached), target ${soll}: gap ${gap}.`,
  moderatorShort: 'Moderator',
  workshopParticipants: 'Number of participants',
  projectorView: 'Projector view',
  moderatorViewShort: 'Moderator view',
  plan: 'Action plan',
};

/** The app's texts with the shared vocabulary, in the current language (read inside a component). */
export const vt = extendTexts(t, de, en);
