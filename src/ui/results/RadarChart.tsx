import { useEffect, useRef } from 'preact/hooks';
import { canDraw, drawRadar, type RadarHandle, type RadarSpec } from './radar';

/** The radar as a canvas with a text label; the numbers are in the table it points to.
 * `spec` should be memoised: a new object redraws the chart. */
export function RadarChart({ spec, label, tableId }: { spec: RadarSpec; label: string; tableId: string }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const chart = useRef<{ handle: RadarHandle; spec: RadarSpec } | null>(null);
  useEffect(() => {
    const c = canvas.current;
    if (!c || !canDraw(c)) return;
    if (!chart.current) chart.current = { handle: drawRadar(c, spec), spec };
    else if (chart.current.spec !== spec) {
      chart.current.handle.update(spec);
      chart.current.spec = spec;
    }
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
