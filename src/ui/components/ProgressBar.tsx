/** A labelled progress bar (native <progress>, so screen readers announce it). */
export function ProgressBar({ value, max, label }: { value: number; max: number; label: string }) {
  return (
    <div class="progress">
      <progress value={value} max={max} aria-label={label} />
      <span class="progress-text" aria-hidden="true">
        {label}
      </span>
    </div>
  );
}
