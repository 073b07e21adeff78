import { SERIES_STYLES } from './spec';

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
