// Texts of the comparison, German first; English must have every key.
import { extendTexts } from '../../i18n';
import { vt } from '../../shared/vocabulary';

const de = {
  compareIntro:
    'Wählen Sie aus, was verglichen wird. Zusammengefasst werden nur Einschätzungen desselben Fragebogens; gezeigt werden Median und Streuung, keine Rangliste.',
  compareEmpty: 'Auf diesem Gerät gibt es noch keine Einschätzungen zum Vergleichen.',
  filtersTitle: 'Auswahl',
  compareView: 'Ansicht',
  views: { offices: 'Ämter', perspectives: 'Perspektiven', respondents: 'Befragte eines Amts', time: 'Zeitverlauf' },
  filterOffices: 'Ämter',
  filterPerspectives: 'Perspektiven',
  allOf: (n: number) => `(alle ${n})`,
  chosenOf: (n: number, total: number) => `(${n} von ${total})`,
  searchOffices: 'Ämter filtern',
  dateFrom: 'von',
  dateTo: 'bis',
  selection: (n: number, offices: number) =>
    `${n} Einschätzung${n === 1 ? '' : 'en'} aus ${offices} ${offices === 1 ? 'Amt' : 'Ämtern'} ausgewählt.`,
  unreadable: (n: number) =>
    `${n} Einschätzung${n === 1 ? '' : 'en'} bleiben außen vor: ihr Fragebogen fehlt auf diesem Gerät (importieren Sie ihn mit der Export-Datei).`,
  versionsNote: (versions: string[], dropped: number) =>
    `Versionen ${versions.join(', ')}: verglichen werden nur die Fragen, die es in allen gibt${dropped ? ` (${dropped} Frage${dropped === 1 ? '' : 'n'} ausgelassen)` : ''}.`,
  tooManySeries: (n: number) => `Im Netzdiagramm höchstens ${n} Linien – grenzen Sie die Auswahl ein. Die Tabelle zeigt alle.`,
  radarOffices: 'Netzdiagramm: Median je Dimension für jedes Amt. Die Werte stehen in der Tabelle.',
  radarPerspectives: 'Netzdiagramm: Median je Dimension für jede Perspektive. Die Werte stehen in der Tabelle.',
  radarRespondents: 'Netzdiagramm: Median der Befragten und Soll je Dimension. Die Werte stehen in der Tabelle.',
  radarTime: 'Netzdiagramm: Median je Dimension zu jedem Datum. Die Werte stehen in der Tabelle.',
  officesCaption: 'Median je Dimension und Amt; darunter der Abstand zum Median aller gezeigten Ämter',
  officesHint: 'Sortieren Sie über die Spaltenköpfe. Die Reihenfolge ist zunächst alphabetisch – keine Rangliste.',
  medianOfAll: 'Median aller Ämter',
  colOffice: 'Amt',
  perspectivesCaption: 'Median je Dimension und Perspektive, größter Unterschied zuerst',
  colDifference: 'Unterschied',
  agendaTitle: (n: number) => (n ? `Uneinigkeit: ${n} Frage${n === 1 ? '' : 'n'} für die Diskussion` : 'Keine Uneinigkeit'),
  agendaIntro: 'Fragen, bei denen die Befragten zwei oder mehr Stufen auseinanderliegen – die größten Abstände zuerst.',
  levelsFromTo: (a: number, b: number) => `Stufen ${a} bis ${b}`,
  histogram: (h: Record<number, number>) =>
    Object.entries(h)
      .filter(([, n]) => n > 0)
      .map(([l, n]) => `${n}× Stufe ${l}`)
      .join(', '),
  seriesMedian: (n: number) => `Median (${n} Befragte)`,
  respondentsCaption: (n: number) => `Median und Streuung je Dimension über ${n} Befragte`,
  colMedian: 'Median',
  colRange: 'Min – Max',
  colIqr: 'mittlere Hälfte (Q1 – Q3)',
  colDisagreements: 'Fragen mit Uneinigkeit',
  oneOfficeNeeded: 'Diese Ansicht braucht genau ein Amt: bitte wählen Sie oben ein Amt aus.',
  oneDateOnly: 'Für dieses Amt gibt es nur ein Datum – für einen Verlauf braucht es Einschätzungen von mindestens zwei Tagen.',
  timeCaption: 'Median je Dimension zu jedem Datum und die Veränderung vom ersten zum letzten',
  colChange: 'Veränderung',
};

export type CompareTexts = typeof de;

const en: CompareTexts = {
  compareIntro:
    'Choose what to compare. Only assessments of the same questionnaire are combined; shown are median and spread, not a ranking.',
  compareEmpty: 'There are no assessments on this device to compare yet.',
  filtersTitle: 'Selection',
  compareView: 'View',
  views: { offices: 'Offices', perspectives: 'Perspectives', respondents: 'Respondents of one office', time: 'Over time' },
  filterOffices: 'Offices',
  filterPerspectives: 'Perspectives',
  allOf: (n) => `(all ${n})`,
  chosenOf: (n, total) => `(${n} of ${total})`,
  searchOffices: 'Filter offices',
  dateFrom: 'from',
  dateTo: 'to',
  selection: (n, offices) => `${n} assessment${n === 1 ? '' : 's'} from ${offices} office${offices === 1 ? '' : 's'} selected.`,
  unreadable: (n) =>
    `${n} assessment${n === 1 ? '' : 's'} left out: the questionnaire is missing on this device (import it with the export file).`,
  versionsNote: (versions, dropped) =>
    `Versions ${versions.join(', ')}: only questions present in all are compared${dropped ? ` (${dropped} question${dropped === 1 ? '' : 's'} left out)` : ''}.`,
  tooManySeries: (n) => `At most ${n} lines in the radar chart – narrow the selection. The table shows all.`,
  radarOffices: 'Radar chart: median per dimension for each office. The values are in the table.',
  radarPerspectives: 'Radar chart: median per dimension for each perspective. The values are in the table.',
  radarRespondents: "Radar chart: the respondents' median and the target per dimension. The values are in the table.",
  radarTime: 'Radar chart: median per dimension at each date. The values are in the table.',
  officesCaption: 'Median per dimension and office; below it the distance to the median of all offices shown',
  officesHint: 'Sort with the column headers. The order is alphabetical at first – not a ranking.',
  medianOfAll: 'Median of all offices',
  colOffice: 'Office',
  perspectivesCaption: 'Median per dimension and perspective, largest difference first',
  colDifference: 'Difference',
  agendaTitle: (n) => (n ? `Disagreement: ${n} question${n === 1 ? '' : 's'} to discuss` : 'No disagreement'),
  agendaIntro: 'Questions on which respondents are two or more levels apart – widest first.',
  levelsFromTo: (a, b) => `levels ${a} to ${b}`,
  histogram: (h) =>
    Object.entries(h)
      .filter(([, n]) => n > 0)
      .map(([l, n]) => `${n}× level ${l}`)
      .join(', '),
  seriesMedian: (n) => `Median (${n} respondents)`,
  respondentsCaption: (n) => `Median and spread per dimension over ${n} respondents`,
  colMedian: 'Median',
  colRange: 'Min – max',
  colIqr: 'middle half (Q1 – Q3)',
  colDisagreements: 'Questions with disagreement',
  oneOfficeNeeded: 'This view needs exactly one office: please choose one above.',
  oneDateOnly: 'There is only one date for this office – a trend needs assessments from at least two days.',
  timeCaption: 'Median per dimension at each date, and the change from the first to the last',
  colChange: 'Change',
};

/** The texts of the comparison in the current language (read inside a component). */
export const ct = extendTexts(vt, de, en);
