// Texts of the plan of measures, German first; English must have every key.
import { extendTexts } from '../../i18n';
import { vt } from '../../shared/vocabulary';

const de = {
  planUnreadable: (n: number) =>
    `${n === 1 ? 'Eine gespeicherte Maßnahme ist' : `${n} gespeicherte Angaben zu Maßnahmen sind`} beschädigt und ${n === 1 ? 'wird' : 'werden'} nicht gezeigt:`,
  goTo: 'Zu dieser Frage',
  planTitle: (office: string) => `Maßnahmenplan: ${office}`,
  planIntro:
    'Übernehmen Sie Maßnahmen aus dem Konsens oder fügen Sie eigene hinzu; jede bekommt eine verantwortliche Person, ein Datum und einen Stand.',
  planSuggested: 'Vorschläge aus dem Konsens',
  planSuggestedNone: 'Noch keine Vorschläge: sie entstehen aus den geeinigten Stufen, wo das Soll nicht erreicht ist.',
  planAccept: 'Übernehmen',
  planAccepted: 'übernommen',
  planItems: 'Der Plan',
  planEmpty: 'Noch keine Maßnahme im Plan.',
  planOwner: 'Verantwortlich',
  planDue: 'Fällig bis',
  planStatus: 'Stand',
  statusNames: { offen: 'offen', 'in-arbeit': 'in Arbeit', erledigt: 'erledigt' },
  planRemove: 'Entfernen',
  planOwn: 'Eigene Maßnahme',
  planOwnTitle: 'Titel der Maßnahme',
  planAdd: 'Hinzufügen',
  planTitleMissing: 'Bitte geben Sie der Maßnahme einen Titel.',
  planPrint: 'Drucken oder als PDF speichern',
  planCsv: 'Als CSV (Excel) herunterladen',
  planEarlier: 'Aus früheren Workshops dieses Amts – bitte den Stand aktualisieren.',
  planOwnMeasure: 'eigene Maßnahme',
  planSaved: 'Gespeichert.',
  planCreated: (date: string) => `Ausgedruckt am ${date}`,
  istSoll: (ist: string, soll: string) => `Ist ${ist}, Soll ${soll}`,
  colNo: 'Nr.',
  colMeasure: 'Maßnahme',
  colDue: 'Termin',
  planConsensus: 'Konsens des Workshops',
  planConsensusOverall: (overall: string) => `Gesamtwert ${overall}.`,
  planBelowTarget: 'Unter dem Soll:',
};

export type PlanTexts = typeof de;

const en: PlanTexts = {
  planUnreadable: (n) => `${n === 1 ? 'A stored measure is' : `${n} stored details of measures are`} damaged and not shown:`,
  goTo: 'Go to this question',
  planTitle: (office) => `Action plan: ${office}`,
  planIntro: 'Take over measures from the consensus or add your own; each gets an owner, a date and a status.',
  planSuggested: 'Suggested from the consensus',
  planSuggestedNone: 'No suggestions yet: they come from the agreed levels where the target is not reached.',
  planAccept: 'Take over',
  planAccepted: 'taken over',
  planItems: 'The plan',
  planEmpty: 'No measure in the plan yet.',
  planOwner: 'Owner',
  planDue: 'Due',
  planStatus: 'Status',
  statusNames: { offen: 'open', 'in-arbeit': 'in progress', erledigt: 'done' },
  planRemove: 'Remove',
  planOwn: 'Own measure',
  planOwnTitle: 'Title of the measure',
  planAdd: 'Add',
  planTitleMissing: 'Please give the measure a title.',
  planPrint: 'Print or save as PDF',
  planCsv: 'Download as CSV (Excel)',
  planEarlier: "From this office's earlier workshops – please update the status.",
  planOwnMeasure: 'own measure',
  planSaved: 'Saved.',
  planCreated: (date) => `Printed on ${date}`,
  istSoll: (ist, soll) => `actual ${ist}, target ${soll}`,
  colNo: 'No.',
  colMeasure: 'Measure',
  colDue: 'Due',
  planConsensus: 'Consensus of the workshop',
  planConsensusOverall: (overall) => `Overall score ${overall}.`,
  planBelowTarget: 'Below the target:',
};

/** The texts of the plan of measures in the current language (read inside a component). */
export const pt = extendTexts(vt, de, en);
