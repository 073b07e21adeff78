import { useEffect, useMemo, useState } from 'preact/hooks';
import { WORKSHOP_PERSPECTIVE } from '../../../core/assessment';
import { questionDetails } from '../../../core/results';
import { localize } from '../../../core/text';
import { SessionGate } from '../../components/SessionGate';
import { useFocusHeading } from '../../components/useFocusHeading';
import { formatDate, formatDateTime, lang } from '../../i18n';
import { perspectiveName } from '../../labels';
import { hrefFor } from '../../router';
import type { Session } from '../../../app/session';
import { radarImage } from '../../chart/RadarChart';
import { coverageText, HowComputed, MeasureItem, RadarLegend, radarSpec, ScoreTable, Summary, useResults } from './parts';
import { rt } from './texts';
import { SourceNote, langOf } from '../../shared/content-lang';

const REPORT_MEASURES = 10;
/** the measures named on page 1 */
const FIRST_PAGE_MEASURES = 3;

/** A CSS string literal (for the printed page footer). */
function cssString(s: string): string {
  return `"${s.replace(/[\\"]/g, (c) => `\\${c}`).replace(/[\n\r\f]/g, ' ')}"`;
}

/** The report for a committee: one A4 portrait document, printed (or saved as PDF) by the browser. */
export function ReportScreen({ id }: { id: string }) {
  return <SessionGate id={id}>{(s) => <ReportView session={s} />}</SessionGate>;
}

function ReportView({ session: s }: { session: Session }) {
  const tx = rt();
  const heading = useFocusHeading<HTMLHeadingElement>('report');
  const r = useResults(s);
  const language = lang.value;
  const spec = useMemo(() => radarSpec(s.questionnaire, r, language), [s.questionnaire, r, language]);
  const [image, setImage] = useState<string | null>(null);
  // notes can name colleagues: on paper only when asked for
  const [withNotes, setWithNotes] = useState(false);
  useEffect(() => {
    let live = true;
    // null without a canvas: the table carries the numbers
    void radarImage(spec, 620).then((url) => live && setImage(url));
    return () => {
      live = false;
    };
  }, [spec]);
  const a = s.assessment;
  const q = s.questionnaire;
  const footer = `${localize(q.title, language)}, Version ${q.version} · ${a.office}`;
  usePageFooter(footer, tx.pageWord);
  const notes = q.dimensions
    .map((d) => ({ d, withNotes: questionDetails(q, d, s.answers).filter((x) => x.note) }))
    .filter((x) => x.withNotes.length > 0);
  return (
    <article class="report" aria-labelledby="report-title">
      <div class="report-actions no-print">
        <a class="back-link" href={hrefFor({ name: 'results', id: a.id })}>
          ← {tx.backToResults}
        </a>
        <button type="button" class="button primary" onClick={() => window.print()} aria-describedby="print-hint">
          {tx.reportPrint}
        </button>
        <p class="hint" id="print-hint">
          {tx.reportPrintHint}
        </p>
        <label class="check">
          <input type="checkbox" checked={withNotes} onChange={(e) => setWithNotes(e.currentTarget.checked)} />
          <span>{tx.reportWithNotes}</span>
        </label>
      </div>
      <header class="report-head">
        <p class="report-kicker">{tx.reportTitle}</p>
        <h1 id="report-title" tabIndex={-1} ref={heading}>
          {a.office}
        </h1>
        <dl class="report-facts">
          <div>
            <dt>{tx.colPerspective}</dt>
            <dd>{perspectiveName(a.perspective, q)}</dd>
          </div>
          {a.respondent && (
            <div>
              <dt>{tx.reportRespondent}</dt>
              <dd>{a.respondent}</dd>
            </div>
          )}
          <div>
            <dt>{tx.colQuestionnaire}</dt>
            <dd lang={langOf(q.title)}>
              {localize(q.title, lang.value)}, Version {q.version}
            </dd>
          </div>
          <div>
            <dt>{tx.colDate}</dt>
            <dd>{formatDate(a.date)}</dd>
          </div>
          <div>
            <dt>{tx.coverageTitle}</dt>
            <dd>{coverageText(r.score.coverage)}</dd>
          </div>
        </dl>
      </header>
      {!r.complete && <p class="notice warning">{tx.provisional(r.score.coverage.open, r.score.coverage.total)}</p>}
      {/* page 1: the executive summary */}
      <section aria-labelledby="report-summary-title" class="report-first">
        <h2 id="report-summary-title">{tx.atAGlance}</h2>
        <div class="report-glance">
          {image && (
            <figure class="report-radar">
              <img src={image} alt={tx.reportRadarAlt} width={620} height={620} />
              <figcaption>
                <RadarLegend consensus={a.perspective === WORKSHOP_PERSPECTIVE.id} />
              </figcaption>
            </figure>
          )}
          <Summary q={q} r={r} />
        </div>
        <h3>{tx.reportFirstMeasures}</h3>
        {r.measures.length === 0 ? (
          <p>{tx.noMeasures}</p>
        ) : (
          <ol class="report-first-measures">
            {r.measures.slice(0, FIRST_PAGE_MEASURES).map((m) => (
              <li key={m.measure.id}>
                <strong lang={langOf(m.measure.title)}>{localize(m.measure.title, lang.value)}</strong>
              </li>
            ))}
          </ol>
        )}
      </section>
      {/* then the detail */}
      <section aria-labelledby="report-radar-title" class="report-profile report-detail">
        <h2 id="report-radar-title">{tx.reportTableTitle}</h2>
        {/* on a narrow screen the table scrolls inside its box; on paper it has the page's width */}
        <div class="table-box" tabIndex={0} role="region" aria-label={tx.tableCaption}>
          <ScoreTable q={q} r={r} />
        </div>
      </section>
      <section aria-labelledby="report-measures-title">
        <h2 id="report-measures-title">{tx.measuresTitle}</h2>
        {r.measures.length === 0 ? (
          <p>{tx.noMeasures}</p>
        ) : (
          <>
            <p class="hint">{tx.reportMeasures(Math.min(REPORT_MEASURES, r.measures.length), r.measures.length)}</p>
            <ol class="measures">
              {r.measures.slice(0, REPORT_MEASURES).map((m) => (
                <MeasureItem key={m.measure.id} q={q} item={m} />
              ))}
            </ol>
          </>
        )}
      </section>
      {withNotes && (
        <section aria-labelledby="report-notes-title">
          <h2 id="report-notes-title">{tx.notesTitle}</h2>
          {notes.length === 0 ? (
            <p>{tx.noNotes}</p>
          ) : (
            notes.map(({ d, withNotes }) => (
              <div key={d.id} class="report-notes">
                <h3>{localize(d.title, lang.value)}</h3>
                <dl>
                  {withNotes.map((x) => (
                    <div key={x.question.id}>
                      <dt>{localize(x.question.text, lang.value)}</dt>
                      <dd class="note-text">{x.note}</dd>
                    </div>
                  ))}
                </dl>
              </div>
            ))
          )}
        </section>
      )}
      <section aria-labelledby="report-how-title">
        <h2 id="report-how-title">{tx.howTitle}</h2>
        <HowComputed />
      </section>
      <SourceNote source={q.source} licence={q.licence} />
      <p class="report-footer">{tx.reportCreated(formatDateTime(new Date().toISOString()), __APP_VERSION__)}</p>
    </article>
  );
}

/** Every printed page: `left` (questionnaire, version, office) at the bottom left, „Seite n / N“
 * at the bottom right. A constructed style sheet, as the Content-Security-Policy allows no inline
 * <style>; where the browser has none, the pages go without. */
function usePageFooter(left: string, pageWord: string): void {
  useEffect(() => {
    if (typeof CSSStyleSheet === 'undefined' || !('adoptedStyleSheets' in document)) return;
    const sheet = new CSSStyleSheet();
    const box = 'font-size: 8pt; color: #4a4a4a;';
    sheet.replaceSync(
      `@page { @bottom-left { content: ${cssString(left)}; ${box} } @bottom-right { content: ${cssString(pageWord)} " " counter(page) " / " counter(pages); ${box} } }`,
    );
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((x) => x !== sheet);
    };
  }, [left, pageWord]);
}
