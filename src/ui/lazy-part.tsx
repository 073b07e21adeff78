// Loads the part of the app a tablet user filling in never needs (results, report, comparison,
// import and export, chart.js) on demand, and remembers it.
import { signal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { t } from './i18n';

type PartModule = typeof import('./part');

const loaded = signal<PartModule | null>(null);
const failed = signal(false);
let loading: Promise<void> | null = null;

/** Starts loading the part (e.g. while the overview is on screen); safe to call often. */
export function preloadPart(): Promise<void> {
  if (!loading) failed.value = false;
  loading ??= import('./part').then(
    (m) => {
      loaded.value = m;
    },
    () => {
      loading = null;
      failed.value = true;
    },
  );
  return loading;
}

/** Renders `render(module)` once the part is loaded. */
export function WithPart({ render }: { render: (m: PartModule) => preact.ComponentChildren }) {
  const tx = t();
  useEffect(() => {
    void preloadPart();
  }, []);
  if (loaded.value) return <>{render(loaded.value)}</>;
  if (failed.value)
    return (
      <p class="screen notice error" role="alert">
        {tx.chunkFailed}
      </p>
    );
  return <p class="screen">{tx.loading}</p>;
}
