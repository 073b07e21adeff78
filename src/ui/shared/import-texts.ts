// Texts of an import's outcome (files and QR codes alike), German first; English must have every key.
import { extendTexts, t } from '../i18n';

const de = {
  importedText: (added: number, replaced: number, copies: number, same: number, questionnaires: number, planItems: number) =>
    [
      added ? `${added} Einschätzung${added === 1 ? '' : 'en'} übernommen` : '',
      replaced ? `${replaced} ersetzt` : '',
      copies ? `${copies} als zusätzliche Fassung übernommen` : '',
      same ? `${same} war${same === 1 ? '' : 'en'} schon vorhanden` : '',
      questionnaires ? `${questionnaires} Fragebogen übernommen` : '',
      planItems ? `${planItems} Maßnahme${planItems === 1 ? '' : 'n'} des Maßnahmenplans übernommen` : '',
    ]
      .filter(Boolean)
      .join(', ') + '.',
  importPresent: (same: number) => `schon vorhanden – ${same === 0 ? 'nichts' : `alle ${same}`} unverändert, nichts übernommen.`,
  importRejected: 'abgelehnt, nichts übernommen. Grund:',
  importAsk: (n: number) =>
    `${n === 1 ? 'Eine Einschätzung gibt' : `${n} Einschätzungen gibt`} es hier schon in einer anderen Fassung. Was soll geschehen?`,
  conflictPlan: 'Maßnahme',
  conflictNewer: 'die Datei ist neuer',
  conflictOlder: 'die Datei ist älter',
  conflictReplace: 'Ersetzen',
  conflictKeepBoth: 'Beide behalten',
  importApply: 'Übernehmen',
  importSkip: 'Datei nicht übernehmen',
  importCancelled: 'Sie haben entschieden, die Datei nicht zu übernehmen.',
};

export type ImportTexts = typeof de;

const en: ImportTexts = {
  importedText: (added, replaced, copies, same, questionnaires, planItems) =>
    [
      added ? `${added} assessment${added === 1 ? '' : 's'} imported` : '',
      replaced ? `${replaced} replaced` : '',
      copies ? `${copies} kept as an additional version` : '',
      same ? `${same} already present` : '',
      questionnaires ? `${questionnaires} questionnaire imported` : '',
      planItems ? `${planItems} action plan item${planItems === 1 ? '' : 's'} imported` : '',
    ]
      .filter(Boolean)
      .join(', ') + '.',
  importPresent: (same) => `already present – ${same === 0 ? 'nothing' : `all ${same}`} unchanged, nothing imported.`,
  importRejected: 'rejected, nothing imported. Reason:',
  importAsk: (n) => `${n === 1 ? 'One assessment exists' : `${n} assessments exist`} here in another version. What should happen?`,
  conflictPlan: 'Measure',
  conflictNewer: 'the file is newer',
  conflictOlder: 'the file is older',
  conflictReplace: 'Replace',
  conflictKeepBoth: 'Keep both',
  importApply: 'Apply',
  importSkip: 'Do not import the file',
  importCancelled: 'You decided not to import the file.',
};

/** The app's texts with the import outcome's, in the current language (read inside a component). */
export const importTexts = extendTexts(t, de, en);
