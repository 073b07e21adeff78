// The import worker: files are checked and written here, off the page's thread, so that even a
// 20 MB file never freezes the screen. The page talks to it through app/exchange.ts.
import { checkFile, decide, dropJob, type Decision, type FileOutcome } from './import-job';

/** What the page asks. */
export type ImportRequest =
  | { id: number; type: 'check'; name: string; file: Blob }
  | { id: number; type: 'decide'; job: string; decisions: [string, Decision][] }
  | { id: number; type: 'drop'; job: string };

/** What the worker answers (to a check or a decision). */
export interface ImportReply {
  id: number;
  outcome: FileOutcome;
}

const scope = self as unknown as { onmessage: ((e: MessageEvent<ImportRequest>) => void) | null; postMessage(reply: ImportReply): void };

scope.onmessage = (e) => {
  const req = e.data;
  if (req.type === 'drop') {
    dropJob(req.job);
    return;
  }
  const work = req.type === 'check' ? checkFile(req.name, req.file) : decide(req.job, new Map(req.decisions));
  void work.then(
    (outcome) => scope.postMessage({ id: req.id, outcome }),
    (error: unknown) => {
      console.error('Import im Worker fehlgeschlagen', error);
      scope.postMessage({
        id: req.id,
        outcome: {
          name: req.type === 'check' ? req.name : '',
          status: 'rejected',
          errors: ['Beim Import ist ein Fehler aufgetreten – es wurde nichts übernommen.'],
        },
      });
    },
  );
};
