import type { ComponentChildren } from 'preact';
import { useMemo } from 'preact/hooks';
import type { Questionnaire } from '../../../core/questionnaire';
import { scaleRange } from '../../../core/questionnaire';
import { localize } from '../../../core/text';
import { SeriesLegend } from '../../chart/Legend';
import { RadarChart } from '../../chart/RadarChart';
import { SERIES_STYLES, type RadarSpec } from '../../chart/spec';
import { formatNumber, lang } from '../../i18n';
import { useStable } from '../../shared/hooks';
import { ct } from './texts';

const MAX_SERIES = SERIES_STYLES.length;

/** A comparison table in a scrollable, keyboard-reachable box; the radar's text alternative. */
export function TableBox({ caption, wide = false, children }: { caption: string; wide?: boolean; children: ComponentChildren }) {
  return (
    <div class="table-box" tabIndex={0} role="region" aria-labelledby="compare-table-caption">
      <table class={wide ? 'score-table compare-table' : 'score-table'} id="compare-table">
        <caption id="compare-table-caption">{caption}</caption>
        {children}
      </table>
    </div>
  );
}

export function dimTitle(q: Questionnaire, id: string): string {
  return localize(q.dimensions.find((d) => d.id === id)!.title, lang.value);
}

/** A median or other figure for a table cell ("–" for none). */
export const num = (x: number | null) => (x === null ? '–' : formatNumber(x));

/** Up to six series as a radar with its legend; more are left to the table. */
export function CompareRadar({
  q,
  series,
  caption,
  tableId,
}: {
  q: Questionnaire;
  series: { label: string; data: (number | null)[] }[];
  caption: string;
  tableId: string;
}) {
  const tx = ct();
  const { min, max } = scaleRange(q);
  // the series' numbers decide (a new array with the same numbers draws nothing); labels follow the language
  const stable = useStable(series);
  const language = lang.value;
  const spec: RadarSpec = useMemo(
    () => ({ labels: q.dimensions.map((d) => localize(d.title, language)), min, max, series: stable, format: (v) => formatNumber(v) }),
    [stable, language, q, min, max],
  );
  if (series.length > MAX_SERIES) return <p class="notice">{tx.tooManySeries(MAX_SERIES)}</p>;
  return (
    <div class="radar-panel">
      <RadarChart spec={spec} label={caption} tableId={tableId} />
      <SeriesLegend labels={series.map((s) => s.label)} />
    </div>
  );
}
