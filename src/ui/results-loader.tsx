// Loads the results part (results screen, report, chart.js) on demand and remembers it.
import { signal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { t } from './i18n';

type ResultsModule = typeof import('./results');

const loaded = signal<ResultsModule | null>(null);
const failed = signal(false);
let loading: Promise<void> | null = null;

/** Starts loading the results part (e.g. while the overview is on screen); safe to call often. */
export function preloadResults(): Promise<void> {
  if (!loading) failed.value = false;
  loading ??= import('./results').then(
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

/** Renders `render(module)` once the results part is loaded. */
export function WithResults({ render }: { render: (m: ResultsModule) => preact.ComponentChildren }) {
  const tx = t();
  useEffect(() => {
    void preloadResults();
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
