// What happened to the database while the app is open, as the screens show it, and what the app
// does about it:
// - a newer version of the app (another tab) took it: nothing more is written here; answers given
//   meanwhile wait in the outbox (localStorage) and the new version writes them after a reload;
// - an upgrade is blocked by a tab of an older version that does not let go: the user is told to
//   close the other tabs, and it goes ahead by itself once they are closed;
// - it vanished (deleted, the site's data cleared): nothing is written until the user restores
//   what this page still holds in memory (the open assessment, the open workshop); no answer is
//   ever stored without its assessment.
import { toExported } from '../core/exchange';
import { compareInstants } from '../core/time';
import { readAnswer, saveAnswer, saveNote } from '../storage/answers';
import { readAssessmentEntry } from '../storage/assessments';
import { importFile } from '../storage/exchange';
import { readOutbox, removeFromOutbox } from '../storage/outbox';
import { createWorkshop, saveFacts } from '../storage/workshops';
import { changed } from './changes';
import { retryAll } from './problems';
import { databaseState } from './database-state';
import { session } from './session';
import { factsKnown, workshopState } from './workshop';

export { databaseState, type DatabaseState } from './database-state';

/** Whether this page holds something in memory that restoring would write back. */
export function restorable(): { assessment: string | null; workshop: string | null } {
  const s = session.value;
  const w = workshopState.value;
  return {
    assessment: s?.status === 'ready' ? s.assessment.office : null,
    workshop: w?.status === 'ready' ? w.workshop.office : null,
  };
}

/** Writes back what this page holds (the open assessment whole, the open workshop with every fact),
 * then whatever else waited. False if it could not be written. */
export async function restoreFromMemory(): Promise<boolean> {
  const s = session.value;
  const w = workshopState.value;
  try {
    if (s?.status === 'ready') await importFile([{ item: toExported(s.assessment, s.answers), mode: 'replace' }], []);
    if (w?.status === 'ready') {
      const { workshop } = w;
      const {
        order: _o,
        position: _p,
        participants: _n,
        showNotes: _s,
        agreed: _a,
        notes: _t,
        hands: _h,
        updatedAt: _u,
        stamps: _st,
        ...record
      } = workshop;
      await createWorkshop(record).catch(() => undefined); // a workshop record written meanwhile stays
      await saveFacts(Object.values(factsKnown(workshop)));
    }
  } catch (e) {
    console.error('Wiederherstellen fehlgeschlagen', e);
    return false;
  }
  databaseState.value = 'ok';
  changed({ type: 'assessments' });
  await retryAll();
  return true;
}

/** Writes what an older version of the app left in the outbox (answers given after this version
 * took over), unless the database has something newer for that question. */
export async function replayOutbox(): Promise<number> {
  const waiting = readOutbox();
  if (waiting.length === 0) return 0;
  const done = [];
  for (const entry of waiting) {
    try {
      // never an answer without its assessment: an entry whose assessment is gone is dropped
      if (!(await readAssessmentEntry(entry.assessmentId))) {
        done.push(entry);
        continue;
      }
      const stored = await readAnswer(entry.assessmentId, entry.questionId);
      const storedAt = stored?.updatedAt;
      if (!storedAt || compareInstants(storedAt, entry.at) < 0) {
        if (entry.kind === 'answer') await saveAnswer(entry.assessmentId, entry.questionId, entry.value, new Date(entry.at));
        else await saveNote(entry.assessmentId, entry.questionId, entry.note, new Date(entry.at));
        changed({ type: 'answer', assessmentId: entry.assessmentId, questionId: entry.questionId });
      }
      done.push(entry);
    } catch (e) {
      console.warn('Vorgemerkte Antwort noch nicht geschrieben', e);
    }
  }
  removeFromOutbox(done);
  return done.length;
}
