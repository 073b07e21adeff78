// The radar chart (chart.js, only the parts a radar needs). Loaded lazily with the results
// screens, so the walk-through never pays for it. Series are told apart by colour AND line style
// AND point shape, so the chart reads in greyscale and for people who do not see the colours.
import { Chart, Filler, LineElement, PointElement, RadarController, RadialLinearScale, Tooltip, type ChartConfiguration } from 'chart.js';

Chart.register(RadarController, RadialLinearScale, PointElement, LineElement, Filler, Tooltip);

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

const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Liberation Sans', Arial, sans-serif";
const INK = '#1b1b1b';
const GRID = '#8a929c';

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

function config(spec: RadarSpec, canvas: HTMLCanvasElement, pixelRatio?: number): ChartConfiguration<'radar', (number | null)[], string[]> {
  const compact = () => pixelRatio === undefined && canvas.clientWidth < COMPACT_WIDTH;
  return {
    type: 'radar',
    data: {
      labels: spec.labels.map((l) => wrapLabel(l)),
      datasets: spec.series.map((s, i) => {
        const style = SERIES_STYLES[i % SERIES_STYLES.length]!;
        return {
          label: s.label,
          data: s.data,
          borderColor: style.color,
          backgroundColor: style.fill || 'transparent',
          fill: style.fill !== false,
          borderWidth: 3,
          borderDash: style.dash,
          pointStyle: style.point,
          pointRadius: style.pointRadius,
          pointHoverRadius: style.pointRadius + 2,
          pointBackgroundColor: i === 0 ? style.color : '#ffffff',
          pointBorderColor: style.color,
          pointBorderWidth: 2,
          spanGaps: false,
        };
      }),
    },
    options: {
      animation: false,
      responsive: pixelRatio === undefined,
      maintainAspectRatio: true,
      aspectRatio: pixelRatio === undefined ? 1.15 : 1,
      ...(pixelRatio ? { devicePixelRatio: pixelRatio } : {}),
      layout: { padding: 4 },
      scales: {
        r: {
          min: spec.min,
          max: spec.max,
          beginAtZero: false,
          ticks: {
            stepSize: 1,
            z: 1, // the scale's numbers stay readable above the profiles
            color: INK,
            backdropColor: 'rgba(255, 255, 255, 0.9)',
            font: { family: FONT, size: 13 },
          },
          grid: { color: GRID },
          angleLines: { color: GRID },
          pointLabels: {
            color: INK,
            font: () => ({ family: FONT, size: compact() ? 16 : 14, weight: 600 }),
            callback: (label, index) => (compact() ? String(index + 1) : label),
          },
        },
      },
      plugins: {
        legend: { display: false },
        tooltip: {
          callbacks: {
            title: (items) => spec.labels[items[0]?.dataIndex ?? 0] ?? '',
            label: (item) => `${item.dataset.label ?? ''}: ${item.raw === null ? '–' : spec.format(item.raw as number)}`,
          },
        },
      },
    },
  };
}

export interface RadarHandle {
  update(spec: RadarSpec): void;
  destroy(): void;
}

/** Records what the chart holds, for the browser tests (read back from chart.js, not from the spec). */
function expose(canvas: HTMLCanvasElement, chart: Chart<'radar', (number | null)[], string[]>): void {
  canvas.dataset.series = JSON.stringify(chart.data.datasets.map((d) => ({ label: d.label, data: d.data })));
  canvas.dataset.drawn = String(Date.now());
}

/** Draws a responsive radar into `canvas`. */
export function drawRadar(canvas: HTMLCanvasElement, spec: RadarSpec): RadarHandle {
  const chart = new Chart(canvas, config(spec, canvas));
  expose(canvas, chart);
  return {
    update(next) {
      const c = config(next, canvas);
      chart.data = c.data;
      chart.options = c.options!;
      chart.update();
      expose(canvas, chart);
    },
    destroy: () => chart.destroy(),
  };
}

/** The radar as a PNG data URL of `size` CSS pixels, drawn at twice the resolution (for print);
 * null where there is no canvas. */
export function radarImage(spec: RadarSpec, size: number): string | null {
  const holder = document.createElement('div');
  holder.className = 'offscreen-canvas';
  const canvas = document.createElement('canvas');
  canvas.width = size;
  canvas.height = size;
  if (!canDraw(canvas)) return null;
  holder.append(canvas);
  document.body.append(holder);
  try {
    const chart = new Chart(canvas, config(spec, canvas, 2));
    const url = canvas.toDataURL('image/png');
    chart.destroy();
    return url;
  } finally {
    holder.remove();
  }
}

/** Whether this browser can draw on a canvas (test DOMs cannot). */
export function canDraw(canvas: HTMLCanvasElement): boolean {
  try {
    return typeof canvas.getContext === 'function' && canvas.getContext('2d') !== null;
  } catch {
    return false;
  }
}
