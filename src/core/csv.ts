// CSV for Excel as German offices open it: ";" between cells, decimal comma, UTF-8 with BOM,
// CRLF line ends, quoting per RFC 4180. A text cell that a spreadsheet could run as a formula gets
// a leading apostrophe, so it stays text: one that starts with = + - @ (or their full-width and
// small forms) after any spaces (NBSP and ideographic space too), line breaks or quotes, and one
// that starts with a tab or carriage return. Numbers are written as numbers.
import type { ExportedAssessment } from './exchange';
import { answersOf } from './exchange';
import type { Questionnaire } from './questionnaire';
import type { PlanItem } from './workshop';
import { scoreAssessment, lookupFrom } from './scoring';
import { localize, type Lang } from './text';

export const BOM = '\uFEFF';
const SEP = ';';

// \s covers tab, CR, LF, NBSP (U+00A0) and the ideographic space (U+3000) among others;
// U+FF1D U+FF0B U+FF0D U+FF20 are the full-width = + - @, U+FE62 U+FE63 U+FE66 U+FE6B the small ones
const FORMULA = /^[\s"]*[=+\-@\uff1d\uff0b\uff0d\uff20\ufe62\ufe63\ufe66\ufe6b]|^[\t\r]/;

/** One cell: neutralised against formula injection, quoted where needed. */
export function csvCell(value: string | number | null | undefined): string {
  let s = value === null || value === undefined ? '' : typeof value === 'number' ? decimal(value) : value;
  if (typeof value === 'string' && FORMULA.test(s)) s = `'${s}`;
  return /[";\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A number with a decimal comma (up to two decimals, no thousands separator). */
export function decimal(x: number): string {
  return String(Math.round(x * 100) / 100).replace('.', ',');
}

/** Rows → CSV text with BOM and CRLF. */
export function toCsv(rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  return BOM + rows.map((r) => r.map(csvCell).join(SEP)).join('\r\n') + '\r\n';
}

type Find = (item: ExportedAssessment) => Questionnaire | undefined;

/** The columns every row starts with: who, when, with which questionnaire. */
const WHO = {
  de: ['Amt', 'Perspektive', 'Befragte Person', 'Datum', 'Fragebogen', 'Version'],
  en: ['Office', 'Perspective', 'Respondent', 'Date', 'Questionnaire', 'Version'],
} as const;

const HEAD = {
  de: {
    answers: [...WHO.de, 'Dimension', 'Frage-ID', 'Frage', 'Stufe', 'Stufenname', 'Notiz'],
    scores: [...WHO.de, 'Dimension', 'Ist', 'Soll', 'Lücke', 'Gewicht', 'bewertet', 'weiß nicht', 'trifft nicht zu', 'offen'],
    dontKnow: 'weiß nicht',
    notApplicable: 'trifft nicht zu',
  },
  en: {
    answers: [...WHO.en, 'Dimension', 'Question ID', 'Question', 'Level', 'Level name', 'Note'],
    scores: [...WHO.en, 'Dimension', 'Actual', 'Target', 'Gap', 'Weight', 'rated', "don't know", 'not applicable', 'open'],
    dontKnow: "don't know",
    notApplicable: 'not applicable',
  },
} as const;

type Row = (string | number | null)[];

/** The header and, per assessment with a known questionnaire, rows that start with who, when and what. */
function sheet(
  items: readonly ExportedAssessment[],
  find: Find,
  lang: Lang,
  perspectiveName: (id: string) => string,
  header: readonly string[],
  rowsOf: (item: ExportedAssessment, q: Questionnaire) => Row[],
): string {
  const rows: Row[] = [[...header]];
  for (const item of items) {
    const q = find(item);
    if (!q) continue;
    const a = item.assessment;
    const who = [a.office, perspectiveName(a.perspective), a.respondent ?? '', a.date, localize(q.title, lang), q.version];
    for (const r of rowsOf(item, q)) rows.push([...who, ...r]);
  }
  return toCsv(rows);
}

/** One row per question of each assessment (open questions too, with an empty level). */
export function answersCsv(items: readonly ExportedAssessment[], find: Find, lang: Lang, perspectiveName: (id: string) => string): string {
  const h = HEAD[lang];
  return sheet(items, find, lang, perspectiveName, h.answers, (item, q) => {
    const answers = answersOf(item);
    return q.dimensions.flatMap((d) =>
      d.questions.map((question): Row => {
        const r = answers.get(question.id);
        const v = r?.value ?? null;
        const level = v?.kind === 'level' ? q.scale.levels.find((l) => l.value === v.level) : undefined;
        const name = level
          ? localize(level.label, lang)
          : v?.kind === 'dontKnow'
            ? h.dontKnow
            : v?.kind === 'notApplicable'
              ? h.notApplicable
              : '';
        return [
          localize(d.title, lang),
          question.id,
          localize(question.text, lang),
          v?.kind === 'level' ? v.level : null,
          name,
          r?.note ?? '',
        ];
      }),
    );
  });
}

/** One row per dimension of each assessment: score, target, gap, weight, coverage. */
export function scoresCsv(items: readonly ExportedAssessment[], find: Find, lang: Lang, perspectiveName: (id: string) => string): string {
  return sheet(items, find, lang, perspectiveName, HEAD[lang].scores, (item, q) =>
    scoreAssessment(q, lookupFrom(answersOf(item)), item.assessment).dimensions.map((d, i): Row => [
      localize(q.dimensions[i]!.title, lang),
      d.score,
      d.target,
      d.gap,
      d.weight,
      d.coverage.answered,
      d.coverage.dontKnow,
      d.coverage.notApplicable,
      d.coverage.open,
    ]),
  );
}

const PLAN_HEAD = {
  de: ['Amt', 'Maßnahme', 'Herkunft', 'Verantwortlich', 'Fällig bis', 'Stand', 'Zuletzt geändert'],
  en: ['Office', 'Measure', 'Origin', 'Owner', 'Due', 'Status', 'Last change'],
} as const;

/** The plan of measures, one row per item, in the order given. */
export function planCsv(
  items: readonly PlanItem[],
  lang: Lang,
  origin: (item: PlanItem) => string,
  statusName: (status: PlanItem['status']) => string,
): string {
  return toCsv([
    [...PLAN_HEAD[lang]],
    ...items.map((i) => [i.office, i.title, origin(i), i.owner, i.due ?? '', statusName(i.status), i.updatedAt.slice(0, 10)]),
  ]);
}
