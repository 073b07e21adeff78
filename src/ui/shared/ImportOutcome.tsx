import { useState } from 'preact/hooks';
import type { Conflict, Decision, FileOutcome } from '../../app/exchange';
import { formatDate } from '../i18n';
import { perspectiveName } from '../labels';
import { importTexts } from './import-texts';

/** One file's (or one QR hand-over's) result: imported, present, refused, or the question. */
export function ImportOutcome({
  outcome: o,
  onDecide,
  onCancel,
}: {
  outcome: FileOutcome;
  onDecide: (d: Map<string, Decision>) => void;
  onCancel: () => void;
}) {
  const tx = importTexts();
  if (o.status === 'imported')
    return (
      <li class="notice success" data-status="imported">
        <p>
          <strong class="file-name">{o.name}</strong>:{' '}
          {tx.importedText(o.added, o.replaced, o.copies, o.same, o.questionnaires.length, o.planItems)}
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
  conflicts: Conflict[];
  onDecide: (d: Map<string, Decision>) => void;
  onCancel: () => void;
}) {
  const tx = importTexts();
  const [choice, setChoice] = useState(() => new Map<string, Decision>(conflicts.map((c) => [c.key, 'copy'])));
  return (
    <li class="notice warning" data-status="ask">
      <p>
        <strong class="file-name">{name}</strong>: {tx.importAsk(conflicts.length)}
      </p>
      {conflicts.map((a) => {
        const newer = a.incomingIsNewer;
        const what =
          a.kind === 'plan'
            ? `${tx.conflictPlan}: „${a.title}“ (${a.office})`
            : `${a.office} · ${perspectiveName(a.perspective)} · ${formatDate(a.date)}`;
        return (
          <fieldset class="field conflict" key={a.key}>
            <legend>
              {what} – {newer ? tx.conflictNewer : tx.conflictOlder}
            </legend>
            <div class="chips">
              {(['replace', 'copy'] as const).map((k) => (
                <label class="chip" key={k}>
                  <input
                    type="radio"
                    name={`conflict-${a.key}`}
                    checked={choice.get(a.key) === k}
                    onChange={() => setChoice(new Map(choice).set(a.key, k))}
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
