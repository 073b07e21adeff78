import { useRef, useState } from 'preact/hooks';
import { applyDecision, dropDecision, importOne, type Decision, type FileOutcome } from '../../../app/exchange';
import { useFocusHeading } from '../../components/useFocusHeading';
import { hrefFor } from '../../router';
import { ImportOutcome } from '../../shared/ImportOutcome';
import { xt } from './texts';

/** Import export files of this app and questionnaire files: picker or drag & drop, several at once. */
export function ImportScreen() {
  const tx = xt();
  const heading = useFocusHeading<HTMLHeadingElement>('import');
  const [outcomes, setOutcomes] = useState<FileOutcome[]>([]);
  const [busy, setBusy] = useState(false);
  const [dragging, setDragging] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  const take = async (files: FileList | File[] | null) => {
    const list = [...(files ?? [])];
    if (list.length === 0) return;
    setBusy(true);
    const results: FileOutcome[] = [];
    for (const f of list) results.push(await importOne(f)); // one after the other: each its own transaction
    setOutcomes((prev) => [...results, ...prev]);
    setBusy(false);
  };
  const decide = async (index: number, decisions: Map<string, Decision>) => {
    const o = outcomes[index];
    if (o?.status !== 'ask') return;
    const result = await applyDecision(o.job, decisions);
    setOutcomes((prev) => prev.map((x, i) => (i === index ? { ...result, name: o.name } : x)));
  };
  const dismiss = (index: number) => {
    const o = outcomes[index];
    if (o?.status !== 'ask') return;
    dropDecision(o.job);
    setOutcomes((prev) => prev.map((x, i) => (i === index ? { name: o.name, status: 'rejected', errors: [tx.importCancelled] } : x)));
  };

  return (
    <section class="screen exchange" aria-labelledby="import-title">
      <a class="back-link" href={hrefFor({ name: 'start' })}>
        ← {tx.toStart}
      </a>
      <h1 id="import-title" tabIndex={-1} ref={heading}>
        {tx.importTitle}
      </h1>
      <p class="lead">{tx.importIntro}</p>
      <div
        class={`drop-zone${dragging ? ' dragging' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          void take(e.dataTransfer ? [...e.dataTransfer.files] : null);
        }}
      >
        <button type="button" class="button primary large" aria-describedby="import-hint" onClick={() => input.current?.click()}>
          {tx.importChoose}
        </button>
        <input
          ref={input}
          id="import-files"
          hidden
          type="file"
          multiple
          accept=".json,application/json"
          onChange={(e) => {
            const el = e.currentTarget;
            void take(el.files).then(() => (el.value = ''));
          }}
        />
        <p class="hint" id="import-hint">
          {tx.importHint}
        </p>
      </div>
      <div role="status" aria-live="polite">
        {busy && <p>{tx.importBusy}</p>}
      </div>
      {outcomes.length > 0 && (
        <section aria-labelledby="import-results-title">
          <h2 id="import-results-title">{tx.importResults}</h2>
          <ul class="import-results">
            {outcomes.map((o, i) => (
              <ImportOutcome key={`${o.name}-${i}`} outcome={o} onDecide={(d) => void decide(i, d)} onCancel={() => dismiss(i)} />
            ))}
          </ul>
          <p class="actions">
            <a class="button" href={hrefFor({ name: 'start' })}>
              {tx.toStart}
            </a>
            <a class="button" href={hrefFor({ name: 'compare' })}>
              {tx.compareTitle}
            </a>
          </p>
        </section>
      )}
    </section>
  );
}
