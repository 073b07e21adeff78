// What several screens do with files taken for import (Importieren, the questionnaire library): a
// list of each file's outcome, where a file that asks (a stored assessment differs) is answered or
// cancelled in place; and the button that opens the file picker.
import type { RefObject } from 'preact';
import { useState } from 'preact/hooks';
import { applyDecision, dropDecision, type Decision, type FileOutcome } from '../../app/exchange';
import { importTexts } from './import-texts';

/** The outcomes of the files taken on a screen, newest batch first, with the answers to their questions. */
export function useImportOutcomes() {
  const [outcomes, setOutcomes] = useState<FileOutcome[]>([]);
  /** applies the person's choices to the file at `index` that asked */
  const decide = async (index: number, decisions: Map<string, Decision>) => {
    const o = outcomes[index];
    if (o?.status !== 'ask') return;
    const result = await applyDecision(o.job, decisions);
    setOutcomes((prev) => prev.map((x, i) => (i === index ? { ...result, name: o.name } : x)));
  };
  /** the person decided not to take the file at `index`: nothing of it is stored */
  const dismiss = (index: number) => {
    const o = outcomes[index];
    if (o?.status !== 'ask') return;
    dropDecision(o.job);
    setOutcomes((prev) =>
      prev.map((x, i) => (i === index ? { name: o.name, status: 'rejected', errors: [importTexts().importCancelled] } : x)),
    );
  };
  return { outcomes, setOutcomes, decide, dismiss };
}

/** A button that opens the file picker (JSON files, several at once) and hands the chosen files
 * over; the picker is emptied afterwards, so the same file can be chosen again. */
export function FilePickButton(props: {
  input: RefObject<HTMLInputElement>;
  /** the hidden input's id (the browser tests set files on it) */
  id: string;
  label: string;
  hintId: string;
  large?: boolean;
  onFiles: (files: FileList | null) => Promise<void>;
}) {
  return (
    <>
      <button
        type="button"
        class={props.large ? 'button primary large' : 'button primary'}
        aria-describedby={props.hintId}
        onClick={() => props.input.current?.click()}
      >
        {props.label}
      </button>
      <input
        ref={props.input}
        id={props.id}
        hidden
        type="file"
        multiple
        accept=".json,application/json"
        onChange={(e) => {
          const el = e.currentTarget;
          void props.onFiles(el.files).then(() => (el.value = ''));
        }}
      />
    </>
  );
}
