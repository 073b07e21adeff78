import { useRef, useState } from 'preact/hooks';
import type { PlannedItem } from '../../core/exchange';
import { useFocusHeading } from '../components/useFocusHeading';
import { applyPlan, importOne, type FileOutcome } from '../exchange';
import { formatDate } from '../i18n';
import { perspectiveName } from '../labels';
import { hrefFor } from '../router';
import { rt } from '../results/texts';

/** Import export files of this app and questionnaire files: picker or drag & drop, several at once. */
export function ImportScreen() {
  const tx = rt();
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
  const decide = async (index: number, decisions: Map<string, 'replace' | 'copy'>) => {
    const o = outcomes[index];
    if (o?.status !== 'ask') return;
    const result = await applyPlan(o.name, o.plan, decisions);
    setOutcomes((prev) => prev.map((x, i) => (i === index ? result : x)));
  };
  const dismiss = (index: number) => {
    const o = outcomes[index];
    if (o?.status === 'ask')
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
              <Outcome key={`${o.name}-${i}`} outcome={o} onDecide={(d) => void decide(i, d)} onCancel={() => dismiss(i)} />
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

/** One file's (or one QR hand-over's) result: imported, present, refused, or the question. */
export function Outcome({
  outcome: o,
  onDecide,
  onCancel,
}: {
  outcome: FileOutcome;
  onDecide: (d: Map<string, 'replace' | 'copy'>) => void;
  onCancel: () => void;
}) {
  const tx = rt();
  if (o.status === 'imported')
    return (
      <li class="notice success" data-status="imported">
        <p>
          <strong class="file-name">{o.name}</strong>:{' '}
          {tx.importedText(o.added, o.replaced, o.copies, o.same, o.questionnaires, o.planItems)}
        </p>
      </li>
    );
  if (o.status === 'present')
    return (
      <li class="notice" data-status="present">
        <p>
          <strong class="file-name">{o.name}</strong>: {tx.importPresent(o.same)}
        </p>
      </li>
    );
  if (o.status === 'rejected')
    return (
      <li class="notice error" data-status="rejected">
        <p>
          <strong class="file-name">{o.name}</strong>: {tx.importRejected}
        </p>
        <ul class="errors">
          {o.errors.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      </li>
    );
  return <Ask name={o.name} conflicts={o.conflicts} onDecide={onDecide} onCancel={onCancel} />;
}

function Ask({
  name,
  conflicts,
  onDecide,
  onCancel,
}: {
  name: string;
  conflicts: PlannedItem[];
  onDecide: (d: Map<string, 'replace' | 'copy'>) => void;
  onCancel: () => void;
}) {
  const tx = rt();
  const [choice, setChoice] = useState(() => new Map<string, 'replace' | 'copy'>(conflicts.map((c) => [c.item.assessment.id, 'copy'])));
  return (
    <li class="notice warning" data-status="ask">
      <p>
        <strong class="file-name">{name}</strong>: {tx.importAsk(conflicts.length)}
      </p>
      {conflicts.map(({ item, arrival }) => {
        const a = item.assessment;
        const newer = arrival.kind === 'conflict' && arrival.incomingIsNewer;
        return (
          <fieldset class="field conflict" key={a.id}>
            <legend>
              {a.office} · {perspectiveName(a.perspective)} · {formatDate(a.date)} – {newer ? tx.conflictNewer : tx.conflictOlder}
            </legend>
            <div class="chips">
              {(['replace', 'copy'] as const).map((k) => (
                <label class="chip" key={k}>
                  <input
                    type="radio"
                    name={`conflict-${a.id}`}
                    checked={choice.get(a.id) === k}
                    onChange={() => setChoice(new Map(choice).set(a.id, k))}
                  />
                  {k === 'replace' ? tx.conflictReplace : tx.conflictKeepBoth}
                </label>
              ))}
            </div>
          </fieldset>
        );
      })}
      <div class="actions">
        <button type="button" class="button primary" onClick={() => onDecide(choice)}>
          {tx.importApply}
        </button>
        <button type="button" class="button quiet" onClick={onCancel}>
          {tx.importSkip}
        </button>
      </div>
    </li>
  );
}
