import { useEffect, useRef } from 'preact/hooks';
import type { RadarHandle } from './radar';
import { canDraw, type RadarSpec } from './spec';

/** The radar as a canvas with a text label; the numbers are in the table it points to. chart.js
 * is fetched when the first radar is drawn. `spec` should be memoised: a new object redraws it. */
export function RadarChart({ spec, label, tableId }: { spec: RadarSpec; label: string; tableId: string }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const chart = useRef<{ handle: RadarHandle; spec: RadarSpec } | null>(null);
  useEffect(() => {
    const c = canvas.current;
    if (!c || !canDraw(c)) return;
    let live = true;
    void import('./radar').then(({ drawRadar }) => {
      if (!live) return;
      if (!chart.current) chart.current = { handle: drawRadar(c, spec), spec };
      else if (chart.current.spec !== spec) {
        chart.current.handle.update(spec);
        chart.current.spec = spec;
      }
    });
    return () => {
      live = false;
    };
  }, [spec]);
  useEffect(
    () => () => {
      chart.current?.handle.destroy();
      chart.current = null;
    },
    [],
  );
  return (
    <div class="radar-box">
      <canvas ref={canvas} role="img" aria-label={label} aria-describedby={tableId} />
    </div>
  );
}

/** The radar as a PNG data URL of `size` CSS pixels (for print); null where there is no canvas. */
export async function radarImage(spec: RadarSpec, size: number): Promise<string | null> {
  const { radarImage: draw } = await import('./radar');
  return draw(spec, size);
}
