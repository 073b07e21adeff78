// What a radar shows and how its series look, without chart.js: legends, tables and tests use
// this; the drawing itself (radar.ts, with chart.js) is loaded only when a radar is drawn.
// Series are told apart by colour AND line style AND point shape, so the chart reads in greyscale
// and for people who do not see the colours.

export interface RadarSeries {
  label: string;
  /** one value per axis; null = unknown (no point, the line breaks) */
  data: (number | null)[];
}

export interface RadarSpec {
  /** axis labels (one per dimension) */
  labels: string[];
  min: number;
  max: number;
  series: RadarSeries[];
  /** formats a value for the tooltip (decimal comma in German) */
  format: (value: number) => string;
  /** how much larger than on a tablet the axis labels and ticks are drawn (the projector: to be
   * read from the back of the room); 1 when absent */
  textScale?: number;
}

export interface SeriesStyle {
  color: string;
  fill: string | false;
  dash: number[];
  point: 'circle' | 'rectRot' | 'triangle' | 'rect' | 'crossRot' | 'star';
  pointRadius: number;
}

/** Series styles in order: Ist, Soll, then more for comparisons. All colours ≥ 4.5:1 on white. */
export const SERIES_STYLES: readonly SeriesStyle[] = [
  { color: '#0b4f8a', fill: 'rgba(11, 79, 138, 0.14)', dash: [], point: 'circle', pointRadius: 5 },
  { color: '#9a3412', fill: false, dash: [9, 6], point: 'rectRot', pointRadius: 7 },
  { color: '#1d6b35', fill: false, dash: [2, 4], point: 'triangle', pointRadius: 7 },
  { color: '#6b21a8', fill: false, dash: [14, 4, 3, 4], point: 'rect', pointRadius: 6 },
  { color: '#374151', fill: false, dash: [4, 4], point: 'crossRot', pointRadius: 7 },
  { color: '#9d174d', fill: false, dash: [18, 6], point: 'star', pointRadius: 8 },
];

/** Breaks an axis label into lines of about `width` characters (chart.js draws arrays as lines). */
export function wrapLabel(text: string, width = 16): string[] {
  const lines: string[] = [];
  let line = '';
  // "&" and the like never stand alone on a line: they go with the next word
  const words = text.split(/\s+/).reduce<string[]>((out, w, i, all) => {
    if (i > 0 && all[i - 1]!.length <= 1) out[out.length - 1] += ` ${w}`;
    else out.push(w);
    return out;
  }, []);
  for (const word of words) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** Below this width (CSS px) the axes are numbered and the names listed under the chart
 * (200 % zoom on a tablet): long German names would not fit around the radar. */
export const COMPACT_WIDTH = 440;

/** Whether this browser can draw on a canvas (test DOMs cannot). */
export function canDraw(canvas: HTMLCanvasElement): boolean {
  try {
    return typeof canvas.getContext === 'function' && canvas.getContext('2d') !== null;
  } catch {
    return false;
  }
}
