import { useRef, useState } from 'preact/hooks';
import { importOne } from '../../../app/exchange';
import { useFocusHeading } from '../../components/useFocusHeading';
import { hrefFor } from '../../router';
import { ImportOutcome } from '../../shared/ImportOutcome';
import { FilePickButton, useImportOutcomes } from '../../shared/import-outcomes';
import { xt } from './texts';

/** Import export files of this app and questionnaire files: picker or drag & drop, several at once. */
export function ImportScreen() {
  const tx = xt();
  const heading = useFocusHeading<HTMLHeadingElement>('import');
  const { outcomes, setOutcomes, decide, dismiss } = useImportOutcomes();
  // files not yet checked, in the order they are taken (one after the other, each its own transaction)
  const [running, setRunning] = useState<string[]>([]);
  const [said, setSaid] = useState('');
  const [dragging, setDragging] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  const take = async (files: FileList | File[] | null) => {
    const list = [...(files ?? [])];
    if (list.length === 0) return;
    setRunning((r) => [...r, ...list.map((f) => f.name)]);
    // this batch's results on top, in the order the files were given
    for (const [k, f] of list.entries()) {
      const outcome = await importOne(f);
      setOutcomes((prev) => [...prev.slice(0, k), outcome, ...prev.slice(k)]);
      setSaid(tx.importSaid(f.name, outcome.status));
      setRunning((r) => {
        const i = r.indexOf(f.name);
        return i === -1 ? r : [...r.slice(0, i), ...r.slice(i + 1)];
      });
    }
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
        <FilePickButton input={input} id="import-files" label={tx.importChoose} hintId="import-hint" large onFiles={take} />
        <p class="hint" id="import-hint">
          {tx.importHint}
        </p>
      </div>
      {/* what is running, and each file's result, told to screen readers as it comes */}
      <div role="status" aria-live="polite">
        {running.length > 0 && <p>{tx.importRunning(running[0]!, running.slice(1))}</p>}
        {said && <p class="visually-hidden">{said}</p>}
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
