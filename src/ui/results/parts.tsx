// Pieces the results screen and the printed report share. They only display what
// core/results computed; every number comes from there.
import { useMemo } from 'preact/hooks';
import type { Dependency, Dimension, Questionnaire } from '../../core/questionnaire';
import { RATING_VALUE, type SelectedMeasure } from '../../core/measures';
import { questionDetails, resultsOf, type Results } from '../../core/results';
import type { Coverage, DimensionScore } from '../../core/scoring';
import { scaleRange } from '../../core/questionnaire';
import { localize } from '../../core/text';
import { formatNumber, lang } from '../i18n';
import { rt } from './texts';
import type { Session } from '../session';
import type { RadarSpec } from './radar';
import { SERIES_STYLES } from './radar';

/** The results of the open assessment, recomputed when answers or targets change. */
export function useResults(s: Session): Results {
  return useMemo(() => resultsOf(s.questionnaire, s.answers, s.assessment), [s.questionnaire, s.answers, s.assessment.targets]);
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
export function radarSpec(q: Questionnaire, r: Results): RadarSpec {
  const tx = rt();
  const { min, max } = scaleRange(q);
  return {
    labels: q.dimensions.map((d) => localize(d.title, lang.value)),
    min,
    max,
    series: [
      { label: tx.seriesIst, data: r.score.dimensions.map((d) => d.score) },
      { label: tx.seriesSoll, data: r.score.dimensions.map((d) => d.target) },
    ],
    format: (v) => formatNumber(v),
  };
}

/** A legend sample: the series' line style and point shape, drawn in SVG. */
function Swatch({ index }: { index: number }) {
  const s = SERIES_STYLES[index % SERIES_STYLES.length]!;
  const paint = { fill: index === 0 ? s.color : '#fff', stroke: s.color, 'stroke-width': 2 };
  const point = {
    circle: <circle cx="24" cy="8" r="5" {...paint} />,
    rectRot: <rect x="19" y="3" width="10" height="10" transform="rotate(45 24 8)" {...paint} />,
    triangle: <polygon points="24,2 30,13 18,13" {...paint} />,
    rect: <rect x="19" y="3" width="10" height="10" {...paint} />,
    crossRot: <path d="M19 3 L29 13 M29 3 L19 13" stroke={s.color} stroke-width="2.5" />,
    star: <path d="M24 1 L26 6 L31 6 L27 9.5 L28.5 15 L24 11.5 L19.5 15 L21 9.5 L17 6 L22 6 Z" {...paint} />,
  }[s.point];
  return (
    <svg class="swatch" width="48" height="16" viewBox="0 0 48 16" aria-hidden="true" focusable="false">
      <line x1="2" y1="8" x2="46" y2="8" stroke={s.color} stroke-width="3" stroke-dasharray={s.dash.join(' ') || undefined} />
      {point}
    </svg>
  );
}

/** A legend for any series, in the radar's order and styles. */
export function SeriesLegend({ labels }: { labels: string[] }) {
  return (
    <ul class="legend">
      {labels.map((l, i) => (
        <li key={l}>
          <Swatch index={i} /> {l}
        </li>
      ))}
    </ul>
  );
}

/** The axes' names by number, shown where the chart numbers its axes (narrow screens, zoom). */
export function AxisKey({ labels }: { labels: string[] }) {
  return (
    <ol class="axis-key" aria-hidden="true">
      {labels.map((l) => (
        <li key={l}>{l}</li>
      ))}
    </ol>
  );
}

export function RadarLegend() {
  const tx = rt();
  return <SeriesLegend labels={[tx.legendIst, tx.legendSoll]} />;
}

/** A signed figure with a real minus sign (U+2212), as print typography has it; `plus` marks gains. */
export function signed(x: number, digits = 1, plus = false): string {
  const s = formatNumber(x, digits).replace(/^-/, '−');
  return plus && Math.round(x * 10 ** digits) > 0 ? `+${s}` : s;
}

function GapCell({ d }: { d: DimensionScore }) {
  if (d.gap === null) return <td class="num">–</td>;
  return (
    <td class="num">
      {signed(d.gap)}
      {d.gap < 0 && <span class="cell-note">{rt().aboveTarget}</span>}
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
      <h3 class="measure-title">{localize(m.title, lang.value)}</h3>
      <p class="measure-meta">
        <span class="measure-dimension">{dimensionTitle(q, r.dimensionId)}</span> ·{' '}
        {tx.impactEffort(tx.rating[m.impact], tx.rating[m.effort])}
      </p>
      <p>{localize(m.description, lang.value)}</p>
      <p class="reason">
        <strong>{tx.measureWhy}</strong> {tx.measureReason(f(r.score), r.currentLevel, r.target, f(r.gap))}{' '}
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
          {tx.source} {localize(m.source, lang.value)}
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

/** Each question of a dimension: the chosen level, the next level, the note. */
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
          <p class="qd-question">{localize(d.question.text, lang.value)}</p>
          <p class="qd-chosen">
            <strong>{tx.chosenLevel}:</strong>{' '}
            {d.chosen
              ? `${tx.level(d.chosen.level.value)} · ${localize(d.chosen.level.label, lang.value)} – ${localize(d.chosen.descriptor, lang.value)}`
              : d.value?.kind === 'dontKnow'
                ? `${tx.statusDontKnow} (${tx.notScored})`
                : d.value?.kind === 'notApplicable'
                  ? `${tx.statusNotApplicable} (${tx.notScored})`
                  : tx.statusOpen}
          </p>
          {d.chosen &&
            (d.next ? (
              <p class="qd-next">
                <strong>{tx.nextLevel(d.next.level.value, localize(d.next.level.label, lang.value))}:</strong>{' '}
                {localize(d.next.descriptor, lang.value)}
              </p>
            ) : (
              <p class="qd-next">{tx.topLevel}</p>
            ))}
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
