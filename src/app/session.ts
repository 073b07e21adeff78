// The open assessment: what the walk-through, the results and the hand-over show, and their
// writes. Every choice and every note is shown at once and written to IndexedDB as its own
// write; a write that fails stays in the one error state (a later change of the same value or
// note replaces it) and is retried until it lands. A change of ours still on its way wins over
// what another tab wrote meanwhile.
import { signal } from '@preact/signals';
import { WORKSHOP_PERSPECTIVE, applyAnswerPatch, type AnswerPatch, type AnswerRecord, type Assessment } from '../core/assessment';
import { questionById, type Questionnaire } from '../core/questionnaire';
import { MAX_NOTE } from '../core/workshop';
import { isValidTarget } from '../core/results';
import { splitAnswers } from '../core/validity';
import { loadAssessment, setTargets, type CorruptRecord } from '../storage/assessments';
import { readAnswer, saveAnswer, saveNote, touchActivity } from '../storage/answers';
import { NewerVersionError, NoteTooLongError, VanishedError } from '../storage/errors';
import { addToOutbox } from '../storage/outbox';
import { unpackSheet } from '../storage/sheets';
import './database-events';
import { databaseState } from './database-state';
import { changed, onVisibility, subscribe, type ChangeMessage } from './changes';
import { attempt, hasPending } from './problems';
import { questionnaireFor } from './questionnaires';

export interface Session {
  assessment: Assessment;
  questionnaire: Questionnaire;
  answers: ReadonlyMap<string, AnswerRecord>;
  corrupt: CorruptRecord[];
}

export type SessionState =
  | { status: 'loading'; id: string }
  | { status: 'notFound'; id: string; corrupt: CorruptRecord[]; questionnaireId?: string }
  | { status: 'failed'; id: string }
  | ({ status: 'ready' } & Session);

export const session = signal<SessionState | null>(null);
/** when the last write of this tab was committed (for „Gespeichert um …“) */
export const lastSavedAt = signal<string | null>(null);
/** counts changes that arrived from another tab (for a polite announcement) */
export const changedElsewhere = signal(0);

// writes of this tab not yet committed, by key; the newest per key wins
const latestSeq = new Map<string, number>();
let seq = 0;

// imported assessments whose answers are still one sheet: unpacked before the first write here
const packed = new Map<string, Promise<void> | null>();

function unpacked(assessmentId: string): Promise<void> {
  if (!packed.has(assessmentId)) return Promise.resolve();
  let p = packed.get(assessmentId) ?? null;
  if (!p) {
    p = unpackSheet(assessmentId).then(
      () => void packed.delete(assessmentId),
      (e: unknown) => {
        packed.set(assessmentId, null); // tried again with the next write
        throw e;
      },
    );
    packed.set(assessmentId, p);
  }
  return p;
}

/** Opens an assessment (no-op if it is already open; again after a failure). */
export async function openSession(id: string): Promise<void> {
  const cur = session.value;
  const openId = cur?.status === 'ready' ? cur.assessment.id : cur?.status === 'loading' ? cur.id : null;
  if (openId === id) return;
  session.value = { status: 'loading', id };
  try {
    const loaded = await loadAssessment(id);
    if (!loaded.assessment) {
      session.value = { status: 'notFound', id, corrupt: loaded.corrupt };
      return;
    }
    const questionnaire = await questionnaireFor(loaded.assessment.questionnaireId, loaded.assessment.questionnaireVersion);
    if (!questionnaire) {
      session.value = { status: 'notFound', id, corrupt: loaded.corrupt, questionnaireId: loaded.assessment.questionnaireId };
      return;
    }
    if (loaded.packed) packed.set(id, null);
    // an answer that does not fit the questionnaire (written by hand into the database, damaged) is
    // reported and left out: never scored as a fact
    const { fitting, problems } = splitAnswers(questionnaire, loaded.answers);
    const corrupt = [
      ...loaded.corrupt,
      ...problems.map((p) => ({ store: 'answers' as const, key: `${id}/${p.questionId}`, errors: [p.reason] })),
    ];
    session.value = { status: 'ready', assessment: loaded.assessment, questionnaire, answers: fitting, corrupt };
  } catch (e) {
    console.error(`Einschätzung ${id} konnte nicht geöffnet werden`, e);
    session.value = { status: 'failed', id };
  }
}

/** Forgets the open assessment (e.g. after it was deleted); with an id, only if that one is open. */
export function closeSession(id?: string): void {
  const s = session.value;
  if (id === undefined || (s?.status === 'ready' ? s.assessment.id : s?.id) === id) session.value = null;
}

function setAnswerInMemory(record: AnswerRecord): void {
  const s = session.value;
  if (s?.status !== 'ready' || s.assessment.id !== record.assessmentId) return;
  const answers = new Map(s.answers);
  answers.set(record.questionId, record);
  session.value = { ...s, answers, assessment: { ...s.assessment, updatedAt: record.updatedAt } };
}

const keyOf = (kind: 'answer' | 'note', assessmentId: string, questionId: string) => `${kind}:${assessmentId}:${questionId}`;

/** Whether a write of ours for this question is still on its way (or failed and waits). */
function ours(assessmentId: string, questionId: string): boolean {
  return latestSeq.has(keyOf('answer', assessmentId, questionId)) || latestSeq.has(keyOf('note', assessmentId, questionId));
}

/** Records a choice or a note: shown at once, written to IndexedDB at once. Resolves to whether
 * it is stored (a failed write stays on screen and in the error state, and is retried). */
export async function answer(questionId: string, patch: AnswerPatch): Promise<boolean> {
  const s = session.value;
  // a workshop's consensus is changed in its workshop only
  if (s?.status !== 'ready' || s.assessment.perspective === WORKSHOP_PERSPECTIVE.id) return false;
  const assessmentId = s.assessment.id;
  const number = (questionById(s.questionnaire, questionId)?.index ?? 0) + 1;
  const writes: Promise<boolean>[] = [];
  if (patch.value !== undefined) {
    const value = patch.value;
    writes.push(
      write(
        keyOf('answer', assessmentId, questionId),
        String(number),
        (now) => saveAnswer(assessmentId, questionId, value, now),
        (_e, at) => addToOutbox({ kind: 'answer', assessmentId, questionId, value, at }),
      ),
    );
  }
  if (patch.note !== undefined && patch.note.length > MAX_NOTE) {
    // kept on screen, not written: the person shortens it (the field's maxlength can be bypassed)
    writes.push(
      attempt(keyOf('note', assessmentId, questionId), { type: 'noteTooLong', label: String(number) }, () =>
        Promise.reject(new NoteTooLongError()),
      ),
    );
  } else if (patch.note !== undefined) {
    const note = patch.note;
    writes.push(
      write(
        keyOf('note', assessmentId, questionId),
        String(number),
        (now) => saveNote(assessmentId, questionId, note, now),
        (_e, at) => addToOutbox({ kind: 'note', assessmentId, questionId, note, at }),
      ),
    );
  }
  // typed text never lags behind its field; a choice is drawn at once by the native radio, so the
  // re-render (progress, counts) waits for the commit and then the next frame, and the write is
  // never delayed by it (at most 50 ms, so a stalled disk does not hide the choice)
  const show = () => {
    const cur = session.value;
    if (cur?.status === 'ready' && cur.assessment.id === assessmentId)
      setAnswerInMemory(applyAnswerPatch(cur.answers.get(questionId), assessmentId, questionId, patch, new Date().toISOString()));
  };
  const all = Promise.all(writes).then((xs) => xs.every(Boolean));
  if (patch.note !== undefined) show();
  else void Promise.race([all, new Promise((ok) => setTimeout(ok, 50))]).then(() => requestAnimationFrame(show));
  return all;
}

function write(
  key: string,
  label: string,
  save: (now: Date) => Promise<unknown>,
  outbox: (e: NewerVersionError, at: string) => void,
): Promise<boolean> {
  const mine = ++seq;
  latestSeq.set(key, mine);
  const [kind, assessmentId, questionId] = key.split(':') as ['answer' | 'note', string, string];
  const at = new Date();
  return attempt(
    key,
    { type: kind, label },
    async () => {
      if (latestSeq.get(key) !== mine) return; // a newer write of the same field replaced this one
      // never an answer without its assessment: after the database vanished, only a restore writes
      if (databaseState.value === 'vanished') throw new VanishedError('Die Einschätzung');
      try {
        await unpacked(assessmentId);
        await save(at);
      } catch (e) {
        // a newer version took the database: the answer waits in the outbox for it
        if (e instanceof NewerVersionError) outbox(e, at.toISOString());
        throw e;
      }
      if (latestSeq.get(key) === mine) latestSeq.delete(key);
      lastSavedAt.value = new Date().toISOString();
      noteActivity(assessmentId, at.toISOString());
      changed({ type: 'answer', assessmentId, questionId });
    },
    { repeat: true },
  );
}

// the time of the last answer per assessment, written for lists at most every few seconds (after
// the answers themselves: it never delays one) and when the page is hidden
const activity = new Map<string, string>();
let activityTimer: ReturnType<typeof setTimeout> | null = null;

function noteActivity(assessmentId: string, at: string): void {
  activity.set(assessmentId, at);
  if (activityTimer !== null) return; // written when the pause is over
  flushActivity();
  activityTimer = setTimeout(() => {
    activityTimer = null;
    flushActivity();
  }, 5000);
}

/** Writes the pending last-change times (a failure is harmless: only a list's order and time). */
export function flushActivity(): void {
  const due = [...activity];
  activity.clear();
  for (const [id, at] of due) void touchActivity(id, at).catch((e: unknown) => console.warn('Letzte Änderung nicht vermerkt', e));
}

/** Sets or clears (null) dimension targets: shown at once, then stored. */
export async function changeTargets(changes: Readonly<Record<string, number | null>>): Promise<boolean> {
  const s = session.value;
  if (s?.status !== 'ready') return false;
  if (Object.entries(changes).some(([d, v]) => v !== null && !isValidTarget(s.questionnaire, d, v))) return false;
  const targets = { ...s.assessment.targets };
  for (const [d, v] of Object.entries(changes)) {
    if (v === null) delete targets[d];
    else targets[d] = v;
  }
  session.value = { ...s, assessment: { ...s.assessment, targets } };
  const id = s.assessment.id;
  return attempt(
    `targets:${id}:${Object.keys(changes).sort().join(',')}`,
    { type: 'targets' },
    async () => {
      await setTargets(id, changes);
      changed({ type: 'assessment', assessmentId: id });
    },
    { repeat: true },
  );
}

/** Re-reads the open assessment from storage (another tab may have changed it); answers of
 * ours still on their way win. */
export async function refreshFromStorage(): Promise<void> {
  const s = session.value;
  if (s?.status !== 'ready') return;
  const loaded = await loadAssessment(s.assessment.id).catch(() => null);
  const cur = session.value;
  if (!loaded?.assessment || cur?.status !== 'ready' || cur.assessment.id !== loaded.assessment.id) return;
  const answers = new Map(loaded.answers);
  for (const [questionId, mine] of cur.answers) if (ours(cur.assessment.id, questionId)) answers.set(questionId, mine);
  // targets of ours not yet stored stay too
  const targets = hasPending(`targets:${cur.assessment.id}:`) ? cur.assessment.targets : loaded.assessment.targets;
  session.value = { ...cur, assessment: { ...loaded.assessment, targets }, answers };
}

/** Changes from other tabs appear in the open assessment. */
function handleChange(msg: ChangeMessage, local: boolean): void {
  const s = session.value;
  if (local || s?.status !== 'ready') return;
  if (msg.type === 'assessment' && msg.assessmentId === s.assessment.id) {
    void refreshFromStorage();
    return;
  }
  if (msg.type !== 'answer' || msg.assessmentId !== s.assessment.id || ours(msg.assessmentId, msg.questionId)) return;
  void readAnswer(msg.assessmentId, msg.questionId).then((record) => {
    if (ours(msg.assessmentId, msg.questionId)) return;
    // nothing stored: the other tab cleared the answer and the note
    setAnswerInMemory(
      record ?? { assessmentId: msg.assessmentId, questionId: msg.questionId, value: null, updatedAt: new Date().toISOString() },
    );
    changedElsewhere.value++;
  });
}

subscribe(handleChange);
// back in the foreground: another tab may have written; going away: the list's time is written
onVisibility(() => void refreshFromStorage(), flushActivity);
