import { useMemo, useState } from 'preact/hooks';
import { WORKSHOP_PERSPECTIVE } from '../../../core/assessment';
import { allQuestions, type Questionnaire } from '../../../core/questionnaire';
import { targetsIstPlusOne, type Results } from '../../../core/results';
import { localize } from '../../../core/text';
import { CorruptNotice } from '../../components/CorruptNotice';
import { CarryOverOffer } from '../../components/CarryOver';
import { LanguageNote, SourceNote, langOf } from '../../shared/content-lang';
import { levelLabel } from '../../shared/level-name';
import { languagesOf } from '../../../core/questionnaire';
import { SessionGate } from '../../components/SessionGate';
import { useFocusHeading } from '../../components/useFocusHeading';
import { formatDate, lang } from '../../i18n';
import { rt } from './texts';
import { perspectiveName } from '../../labels';
import { hrefFor } from '../../router';
import { changeTargets, type Session } from '../../../app/session';
import { AxisKey } from '../../chart/Legend';
import { RadarChart } from '../../chart/RadarChart';
import {
  dimensionTitle,
  HowComputed,
  MeasureItem,
  QuestionDetails,
  RadarLegend,
  radarSpec,
  ScoreTable,
  scoreText,
  Summary,
  useResults,
} from './parts';

const FIRST_MEASURES = 5;

/** Results of one assessment: radar Ist vs Soll, summary, targets, measures, per-question detail. */
export function ResultsScreen({ id }: { id: string }) {
  return <SessionGate id={id}>{(s) => <ResultsView session={s} />}</SessionGate>;
}

/** Who, what, when: the line under a results or report heading. */
export function contextLine(s: Session): string {
  const a = s.assessment;
  return [
    perspectiveName(a.perspective, s.questionnaire),
    a.respondent,
    `${localize(s.questionnaire.title, lang.value)} ${s.questionnaire.version}`,
    formatDate(a.date),
  ]
    .filter(Boolean)
    .join(' · ');
}

function ResultsView({ session: s }: { session: Session }) {
  const tx = rt();
  const heading = useFocusHeading<HTMLHeadingElement>('results');
  const r = useResults(s);
  const language = lang.value;
  const spec = useMemo(() => radarSpec(s.questionnaire, r, language), [s.questionnaire, r, language]);
  const [showTable, setShowTable] = useState(false);
  const [allMeasures, setAllMeasures] = useState(false);
  const c = r.score.coverage;
  const shown = allMeasures ? r.measures : r.measures.slice(0, FIRST_MEASURES);
  const indexOf = useMemo(() => new Map(allQuestions(s.questionnaire).map(({ question }, i) => [question.id, i])), [s.questionnaire]);
  const id = s.assessment.id;
  return (
    <section class="screen results" aria-labelledby="results-title">
      <nav class="question-nav-top" aria-label={tx.resultsTitle}>
        <a class="back-link" href={hrefFor({ name: 'start' })}>
          ← {tx.toStart}
        </a>
        <span class="actions">
          <a class="button quiet" href={hrefFor({ name: 'overview', id })}>
            {tx.overview}
          </a>
          <a class="button" href={hrefFor({ name: 'report', id })}>
            {tx.printReport}
          </a>
        </span>
      </nav>
      <h1 id="results-title" tabIndex={-1} ref={heading}>
        {tx.resultsTitle}: {s.assessment.office}
      </h1>
      <p class="context">{contextLine(s)}</p>
      <LanguageNote languages={languagesOf(s.questionnaire)} />
      <CarryOverOffer session={s} />
      <CorruptNotice records={s.corrupt} />
      {!r.complete && (
        <div class="notice warning">
          <p>{tx.provisional(c.open, c.total)}</p>
          <a class="button" href={hrefFor({ name: 'resume', id })}>
            {tx.continueAnswering}
          </a>
        </div>
      )}
      <div class="results-top">
        <Summary q={s.questionnaire} r={r} titled />
        <section class="radar-panel" aria-labelledby="radar-title">
          <h2 id="radar-title">{tx.radarTitle}</h2>
          <RadarChart spec={spec} label={tx.radarLabel} tableId="score-table" />
          <AxisKey labels={spec.labels} />
          <RadarLegend consensus={s.assessment.perspective === WORKSHOP_PERSPECTIVE.id} />
          <button
            type="button"
            class="button quiet"
            aria-expanded={showTable}
            aria-controls="score-table-box"
            onClick={() => setShowTable(!showTable)}
          >
            {showTable ? tx.hideTable : tx.showTable}
          </button>
          {/* always in the DOM: screen readers reach the numbers even while it is hidden */}
          <div
            id="score-table-box"
            class={showTable ? 'table-box' : 'visually-hidden'}
            {...(showTable ? { tabIndex: 0, role: 'region', 'aria-label': tx.tableCaption } : {})}
          >
            <ScoreTable q={s.questionnaire} r={r} id="score-table" />
          </div>
        </section>
      </div>
      {s.assessment.perspective === WORKSHOP_PERSPECTIVE.id ? <p class="hint">{tx.consensusTargets}</p> : <TargetEditor s={s} r={r} />}
      <section class="measures-section" aria-labelledby="measures-title">
        <h2 id="measures-title">{tx.measuresTitle}</h2>
        <p class="hint">{tx.measuresIntro}</p>
        {r.measures.length === 0 ? (
          <p>{tx.noMeasures}</p>
        ) : (
          <ol class="measures">
            {shown.map((m) => (
              <MeasureItem key={m.measure.id} q={s.questionnaire} item={m} />
            ))}
          </ol>
        )}
        {r.measures.length > FIRST_MEASURES && (
          <button type="button" class="button" aria-expanded={allMeasures} onClick={() => setAllMeasures(!allMeasures)}>
            {allMeasures ? tx.showFewerMeasures : tx.showAllMeasures(r.measures.length)}
          </button>
        )}
      </section>
      <details class="how-box">
        <summary>{tx.howTitle}</summary>
        <HowComputed />
      </details>
      <section class="details-section" aria-labelledby="details-title">
        <h2 id="details-title">{tx.detailsTitle}</h2>
        <p class="hint">{tx.detailsIntro}</p>
        {s.questionnaire.dimensions.map((d, i) => {
          const ds = r.score.dimensions[i]!;
          return (
            <details key={d.id} class="dimension-detail">
              <summary>
                <span class="dd-title" lang={langOf(d.title)}>
                  {localize(d.title, lang.value)}
                </span>{' '}
                <span class="dd-figures">{tx.istSoll(scoreText(ds.score), String(ds.target))}</span>
              </summary>
              <QuestionDetails
                s={s}
                dimension={d}
                answerHref={(qid) => hrefFor({ name: 'question', id, n: (indexOf.get(qid) ?? 0) + 1 })}
              />
            </details>
          );
        })}
      </section>
      <SourceNote source={s.questionnaire.source} licence={s.questionnaire.licence} />
    </section>
  );
}

function TargetEditor({ s, r }: { s: Session; r: Results }) {
  const tx = rt();
  const [saved, setSaved] = useState(false);
  const q: Questionnaire = s.questionnaire;
  // shown at once; a failed write stays on screen and in the problem banner, with a retry
  const change = async (changes: Record<string, number | null>) => {
    setSaved(false);
    setSaved(await changeTargets(changes));
  };
  return (
    <section class="targets" aria-labelledby="targets-title">
      <h2 id="targets-title">{tx.targetsTitle}</h2>
      <p class="hint">{tx.targetsIntro}</p>
      <div class="target-grid">
        {q.dimensions.map((d, i) => {
          const ds = r.score.dimensions[i]!;
          return (
            <div class="field target-field" key={d.id}>
              <label for={`target-${d.id}`}>{dimensionTitle(q, d.id)}</label>
              <select
                id={`target-${d.id}`}
                value={String(ds.target)}
                aria-describedby={`target-ist-${d.id}`}
                onChange={(e) => void change({ [d.id]: Number(e.currentTarget.value) })}
              >
                {q.scale.levels.map((l) => (
                  <option key={l.value} value={String(l.value)}>
                    {tx.targetOption(l.value, levelLabel(l.value, l.label))}
                  </option>
                ))}
              </select>
              <span class="hint" id={`target-ist-${d.id}`}>
                {tx.colIst}: {scoreText(ds.score)} · {tx.suggestedTarget(d.defaultTarget)}
              </span>
            </div>
          );
        })}
      </div>
      {/* the hint right above the button it explains */}
      <p class="hint ist-plus-one-hint" id="ist-plus-one-hint">
        {tx.istPlusOneHint}
      </p>
      <div class="actions compact">
        <button
          type="button"
          class="button"
          aria-describedby="ist-plus-one-hint"
          onClick={() => void change(targetsIstPlusOne(q, r.score, s.assessment))}
        >
          {tx.istPlusOne}
        </button>
        <button type="button" class="button quiet" onClick={() => void change(Object.fromEntries(q.dimensions.map((d) => [d.id, null])))}>
          {tx.resetTargets}
        </button>
      </div>
      <p role="status" class="save-status">
        {saved ? tx.targetsSaved : ''}
      </p>
    </section>
  );
}
