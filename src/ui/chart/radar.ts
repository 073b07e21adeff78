// The radar chart (chart.js, only the parts a radar needs). Loaded only when a radar is drawn
// (RadarChart.tsx imports it on demand), so no screen's chunk carries chart.js.
import { Chart, Filler, LineElement, PointElement, RadarController, RadialLinearScale, Tooltip, type ChartConfiguration } from 'chart.js';
import { COMPACT_WIDTH, SERIES_STYLES, canDraw, wrapLabel, type RadarSpec } from './spec';

Chart.register(RadarController, RadialLinearScale, PointElement, LineElement, Filler, Tooltip);

const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Liberation Sans', Arial, sans-serif";
const INK = '#1b1b1b';
const GRID = '#8a929c';

function config(spec: RadarSpec, canvas: HTMLCanvasElement, pixelRatio?: number): ChartConfiguration<'radar', (number | null)[], string[]> {
  const compact = () => pixelRatio === undefined && canvas.clientWidth < COMPACT_WIDTH;
  const scale = spec.textScale ?? 1;
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
            font: { family: FONT, size: Math.round(13 * scale) },
          },
          grid: { color: GRID },
          angleLines: { color: GRID },
          pointLabels: {
            color: INK,
            font: () => ({ family: FONT, size: labelSize(compact(), scale), weight: 600 }),
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

/** The axis labels' size in CSS px. */
function labelSize(compact: boolean, scale: number): number {
  return Math.round((compact ? 16 : 14) * scale);
}

/** Records what the chart holds, for the browser tests (read back from chart.js, not from the spec). */
function expose(canvas: HTMLCanvasElement, chart: Chart<'radar', (number | null)[], string[]>, spec: RadarSpec): void {
  canvas.dataset.series = JSON.stringify(chart.data.datasets.map((d) => ({ label: d.label, data: d.data })));
  canvas.dataset.labelSize = String(labelSize(canvas.clientWidth < COMPACT_WIDTH, spec.textScale ?? 1));
  canvas.dataset.drawn = String(Date.now());
}

/** Draws a responsive radar into `canvas`. */
export function drawRadar(canvas: HTMLCanvasElement, spec: RadarSpec): RadarHandle {
  const chart = new Chart(canvas, config(spec, canvas));
  expose(canvas, chart, spec);
  return {
    update(next) {
      const c = config(next, canvas);
      chart.data = c.data;
      chart.options = c.options!;
      chart.update();
      expose(canvas, chart, next);
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
