// Pieces the results screen and the printed report share. They only display what
// core/results computed; every number comes from there.
import { useMemo } from 'preact/hooks';
import type { Session } from '../../../app/session';
import { RATING_VALUE, type SelectedMeasure } from '../../../core/measures';
import type { Dependency, Dimension, Questionnaire } from '../../../core/questionnaire';
import { scaleRange } from '../../../core/questionnaire';
import { questionDetails, resultsOf, type Results } from '../../../core/results';
import type { Coverage, DimensionScore } from '../../../core/scoring';
import { localize, type Lang } from '../../../core/text';
import { SeriesLegend } from '../../chart/Legend';
import type { RadarSpec } from '../../chart/spec';
import { formatNumber, lang } from '../../i18n';
import { shownDifference, signed } from '../../shared/format';
import { rt } from './texts';
import { langOf } from '../../shared/content-lang';

/** The results of the open assessment, recomputed when answers or targets change. */
export function useResults(s: Session): Results {
  const { questionnaire, answers } = s;
  const targets = s.assessment.targets;
  return useMemo(() => resultsOf(questionnaire, answers, { targets }), [questionnaire, answers, targets]);
}

export function dimensionById(q: Questionnaire, id: string): Dimension {
  return q.dimensions.find((d) => d.id === id)!;
}

export function dimensionTitle(q: Questionnaire, id: string): string {
  return localize(dimensionById(q, id).title, lang.value);
}

/** A score for display: one decimal, or "unbekannt". */
export function scoreText(x: number | null): string {
  return x === null ? rt().unknown : formatNumber(x);
}

/** The radar's data: exactly the core's scores and targets. */
export function radarSpec(q: Questionnaire, r: Results, language: Lang): RadarSpec {
  const tx = rt();
  const { min, max } = scaleRange(q);
  return {
    labels: q.dimensions.map((d) => localize(d.title, language)),
    min,
    max,
    series: [
      { label: tx.seriesIst, data: r.score.dimensions.map((d) => d.score) },
      { label: tx.seriesSoll, data: r.score.dimensions.map((d) => d.target) },
    ],
    format: (v) => formatNumber(v),
  };
}

export function RadarLegend({ consensus = false }: { consensus?: boolean }) {
  const tx = rt();
  // a workshop's consensus is the room's, not „Ihre Einschätzung“
  return <SeriesLegend labels={[consensus ? tx.legendIstConsensus : tx.legendIst, tx.legendSoll]} />;
}

function GapCell({ d }: { d: DimensionScore }) {
  if (d.gap === null) return <td class="num">–</td>;
  const shown = d.score === null ? d.gap : shownDifference(d.target, d.score);
  return (
    <td class="num">
      {signed(shown)}
      {shown < 0 && <span class="cell-note">{rt().aboveTarget}</span>}
    </td>
  );
}

/** The chart's text alternative: every number of the radar, plus the basis. */
export function ScoreTable({ q, r, id }: { q: Questionnaire; r: Results; id?: string }) {
  const tx = rt();
  return (
    <table class="score-table" id={id}>
      <caption>{tx.tableCaption}</caption>
      <thead>
        <tr>
          <th scope="col">{tx.colDimension}</th>
          {[tx.colIst, tx.colSoll, tx.colGap, tx.colAnswered, tx.colDontKnow, tx.colNotApplicable, tx.colOpen].map((h) => (
            <th scope="col" class="num" key={h}>
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {r.score.dimensions.map((d) => (
          <tr key={d.dimensionId} data-dimension={d.dimensionId}>
            <th scope="row">
              {dimensionTitle(q, d.dimensionId)}
              {d.weight !== 1 && <span class="cell-note">{tx.weightNote(formatNumber(d.weight))}</span>}
            </th>
            <td class="num">{scoreText(d.score)}</td>
            <td class="num">{d.target}</td>
            <GapCell d={d} />
            <td class="num">{d.coverage.answered}</td>
            <td class="num">{d.coverage.dontKnow}</td>
            <td class="num">{d.coverage.notApplicable}</td>
            <td class="num">{d.coverage.open}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">{tx.totalRow}</th>
          <td class="num">{scoreText(r.score.overall)}</td>
          <td colSpan={2} />
          <td class="num">{r.score.coverage.answered}</td>
          <td class="num">{r.score.coverage.dontKnow}</td>
          <td class="num">{r.score.coverage.notApplicable}</td>
          <td class="num">{r.score.coverage.open}</td>
        </tr>
      </tfoot>
    </table>
  );
}

export function coverageText(c: Coverage): string {
  return rt().coverage(c.answered, c.dontKnow, c.notApplicable, c.open);
}

/** Overall score, basis, strengths and largest gaps in a few lines. */
export function Summary({ q, r, titled = false }: { q: Questionnaire; r: Results; titled?: boolean }) {
  const tx = rt();
  const { min, max } = scaleRange(q);
  const c = r.score.coverage;
  const given = c.total - c.open;
  return (
    <div class="summary">
      {titled && <h2 class="visually-hidden">{tx.atAGlance}</h2>}
      <p class="overall">
        <span class="overall-label">{tx.overallScore}</span> <strong class="overall-value">{scoreText(r.score.overall)}</strong>{' '}
        <span class="overall-scale">{tx.overallOf(min, max)}</span>
      </p>
      <p class="coverage">
        <strong>{tx.coverageTitle}:</strong> {coverageText(c)}
      </p>
      {c.dontKnow > 0 && given > 0 && c.dontKnow / given >= 0.2 && <p class="hint">{tx.dontKnowShare(c.dontKnow, given)}</p>}
      <div class="strengths-gaps">
        <DimensionList
          id="strengths-title"
          q={q}
          title={tx.strengthsTitle}
          intro={tx.strengthsIntro}
          empty={tx.noStrengths}
          items={r.strengths}
        />
        <DimensionList id="gaps-title" q={q} title={tx.gapsTitle} intro={tx.gapsIntro} empty={tx.noGaps} items={r.gaps} />
      </div>
    </div>
  );
}

/** A titled list of dimensions with their Ist and Soll (strengths, gaps). */
function DimensionList(props: { id: string; q: Questionnaire; title: string; intro: string; empty: string; items: DimensionScore[] }) {
  const tx = rt();
  return (
    <section aria-labelledby={props.id}>
      <h3 id={props.id}>{props.title}</h3>
      {props.items.length === 0 ? (
        <p>{props.empty}</p>
      ) : (
        <>
          <p>{props.intro}</p>
          <ul>
            {props.items.map((d) => (
              <li key={d.dimensionId}>
                <strong>{dimensionTitle(props.q, d.dimensionId)}</strong> – {tx.istSoll(scoreText(d.score), String(d.target))}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

export function dependencyText(deps: readonly Dependency[]): string {
  const tx = rt();
  return deps.map((d) => tx.dependency[d]).join(', ');
}

/** One prioritised measure: what, where, why (with the figures), source, outside dependencies. */
export function MeasureItem({ q, item }: { q: Questionnaire; item: SelectedMeasure }) {
  const tx = rt();
  const { measure: m, reason: r } = item;
  const f = (x: number) => formatNumber(x);
  return (
    <li class="measure" data-measure={m.id}>
      <h3 class="measure-title" lang={langOf(m.title)}>
        {localize(m.title, lang.value)}
      </h3>
      <p class="measure-meta">
        <span class="measure-dimension">{dimensionTitle(q, r.dimensionId)}</span> ·{' '}
        {tx.impactEffort(tx.rating[m.impact], tx.rating[m.effort])}
      </p>
      <p lang={langOf(m.description)}>{localize(m.description, lang.value)}</p>
      <p class="reason">
        <strong>{tx.measureWhy}</strong> {tx.measureReason(f(r.score), r.currentLevel, r.target, f(shownDifference(r.target, r.score)))}{' '}
        <span class="formula">
          {tx.measurePriority(
            formatNumber(r.weight, 2),
            formatNumber(r.gap, 2),
            tx.rating[r.impact],
            RATING_VALUE[r.impact],
            tx.rating[r.effort],
            RATING_VALUE[r.effort],
            formatNumber(r.priority, 2),
          )}
        </span>
      </p>
      {r.dependsOn.length > 0 && <p class="depends">{tx.notOnlyOffice(dependencyText(r.dependsOn))}</p>}
      {m.source && (
        <p class="source">
          {tx.source} <span lang={langOf(m.source)}>{localize(m.source, lang.value)}</span>
        </p>
      )}
    </li>
  );
}

/** The "Wie wird gerechnet?" text. */
export function HowComputed() {
  const tx = rt();
  return (
    <ul class="how">
      {tx.how.map((p) => (
        <li key={p}>{p}</li>
      ))}
    </ul>
  );
}

/** Each question of a dimension: the chosen level, the next level, outside dependencies, the note. */
export function QuestionDetails({
  s,
  dimension,
  answerHref,
}: {
  s: Session;
  dimension: Dimension;
  answerHref?: (questionId: string) => string;
}) {
  const tx = rt();
  const details = questionDetails(s.questionnaire, dimension, s.answers);
  return (
    <ol class="question-details">
      {details.map((d) => (
        <li key={d.question.id}>
          <p class="qd-question" lang={langOf(d.question.text)}>
            {localize(d.question.text, lang.value)}
          </p>
          <p class="qd-chosen">
            <strong>{tx.chosenLevel}:</strong>{' '}
            {d.chosen
              ? `${tx.level(d.chosen.level.value)} – ${localize(d.chosen.descriptor, lang.value)}`
              : d.value?.kind === 'dontKnow'
                ? `${tx.statusDontKnow} (${tx.notScored})`
                : d.value?.kind === 'notApplicable'
                  ? `${tx.statusNotApplicable} (${tx.notScored})`
                  : tx.statusOpen}
          </p>
          {d.chosen &&
            (d.next ? (
              <p class="qd-next">
                <strong>{tx.nextLevel(d.next.level.value)}:</strong> {localize(d.next.descriptor, lang.value)}
              </p>
            ) : (
              <p class="qd-next">{tx.topLevel}</p>
            ))}
          {/* outside dependencies belong to the question; none where it does not apply */}
          {d.dependsOn.length > 0 && <p class="depends">{tx.notOnlyOffice(dependencyText(d.dependsOn))}</p>}
          {d.note && (
            <p class="qd-note">
              <strong>{tx.noteLabel}:</strong> <span class="note-text">{d.note}</span>
            </p>
          )}
          {answerHref && (
            <p class="no-print">
              <a href={answerHref(d.question.id)}>{tx.changeAnswer}</a>
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}
