// The open assessment: what the walk-through shows and writes. Every choice and every note is
// written to IndexedDB immediately as its own write. A write that fails (full disk) stays in
// `pending` (a later change of the same value or note replaces it) and is retried until it
// lands; the screen shows the answer meanwhile and the page warns before closing.
import { signal } from '@preact/signals';
import { applyAnswerPatch, type AnswerPatch, type AnswerRecord, type AnswerValue, type Assessment } from '../core/assessment';
import type { Questionnaire } from '../core/questionnaire';
import { isValidTarget } from '../core/results';
import { loadAssessment, setTargets, type CorruptRecord } from '../storage/assessments';
import { readAnswer, saveAnswer, saveNote } from '../storage/answers';
import { isQuotaError } from '../storage/errors';
import { announceChange, onChangeElsewhere } from '../storage/sync';
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
  | ({ status: 'ready' } & Session);

export const session = signal<SessionState | null>(null);
export const saveProblem = signal<'full' | 'other' | null>(null);
export const pendingCount = signal(0);
export const lastSavedAt = signal<string | null>(null);
export const changedElsewhere = signal(0);
/** why the last target change could not be saved (null: it was) */
export const targetProblem = signal<'full' | 'other' | null>(null);

// writes not yet committed, by "value:<questionId>" / "note:<questionId>"; the newest wins
const pending = new Map<string, { assessmentId: string; questionId: string; write: Write; seq: number }>();
type Write = { kind: 'value'; value: AnswerValue | null } | { kind: 'note'; note: string };
let seq = 0;
let retryTimer: ReturnType<typeof setTimeout> | null = null;

/** Opens an assessment (no-op if it is already open). */
export async function openSession(id: string): Promise<void> {
  const cur = session.value;
  const openId = cur?.status === 'ready' ? cur.assessment.id : cur?.status === 'loading' ? cur.id : null;
  if (openId === id) return;
  session.value = { status: 'loading', id };
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
  session.value = { status: 'ready', assessment: loaded.assessment, questionnaire, answers: loaded.answers, corrupt: loaded.corrupt };
}

/** Forgets the open assessment (e.g. after it was deleted). */
export function closeSession(): void {
  session.value = null;
}

function setAnswerInMemory(record: AnswerRecord): void {
  const s = session.value;
  if (s?.status !== 'ready' || s.assessment.id !== record.assessmentId) return;
  const answers = new Map(s.answers);
  answers.set(record.questionId, record);
  session.value = { ...s, answers, assessment: { ...s.assessment, updatedAt: record.updatedAt } };
}

/** Records a choice or a note: written to IndexedDB at once, shown on screen meanwhile. */
export function answer(questionId: string, patch: AnswerPatch): Promise<void> {
  const s = session.value;
  if (s?.status !== 'ready') return Promise.resolve();
  const assessmentId = s.assessment.id;
  const show = () => {
    const cur = session.value;
    if (cur?.status === 'ready')
      setAnswerInMemory(applyAnswerPatch(cur.answers.get(questionId), assessmentId, questionId, patch, new Date().toISOString()));
  };
  const writes: Promise<void>[] = [];
  if (patch.value !== undefined) writes.push(enqueue(assessmentId, questionId, { kind: 'value', value: patch.value }));
  if (patch.note !== undefined) writes.push(enqueue(assessmentId, questionId, { kind: 'note', note: patch.note }));
  const written = Promise.all(writes).then(() => undefined);
  if (patch.note !== undefined) {
    show(); // typed text must never lag behind the field
  } else {
    // a level choice re-renders after its commit, so that the commit does not wait for the
    // re-render (the native radio shows the choice at once); at the latest after 50 ms, so a
    // stalled disk does not hide the choice
    void Promise.race([written, new Promise((ok) => setTimeout(ok, 50))]).then(show);
  }
  return written;
}

function enqueue(assessmentId: string, questionId: string, write: Write): Promise<void> {
  const key = `${write.kind}:${questionId}`;
  pending.set(key, { assessmentId, questionId, write, seq: ++seq });
  pendingCount.value = pending.size;
  return flush(key);
}

async function flush(key: string): Promise<void> {
  const p = pending.get(key);
  if (!p) return;
  try {
    if (p.write.kind === 'value') await saveAnswer(p.assessmentId, p.questionId, p.write.value);
    else await saveNote(p.assessmentId, p.questionId, p.write.note);
    if (pending.get(key)?.seq === p.seq) pending.delete(key);
    pendingCount.value = pending.size;
    lastSavedAt.value = new Date().toISOString();
    if (pending.size === 0) saveProblem.value = null;
    announceChange({ type: 'answer', assessmentId: p.assessmentId, questionId: p.questionId });
  } catch (e) {
    saveProblem.value = isQuotaError(e) ? 'full' : 'other';
    scheduleRetry();
  }
}

function scheduleRetry(): void {
  if (retryTimer) return;
  retryTimer = setTimeout(() => {
    retryTimer = null;
    void retryPending();
  }, 3000);
}

/** Tries every pending write again (also offered as a button). */
export async function retryPending(): Promise<void> {
  for (const key of [...pending.keys()]) await flush(key);
}

/** Sets or clears (null) dimension targets; the screen shows them once they are stored. */
export async function changeTargets(changes: Readonly<Record<string, number | null>>): Promise<boolean> {
  const s = session.value;
  if (s?.status !== 'ready') return false;
  if (Object.entries(changes).some(([d, v]) => v !== null && !isValidTarget(s.questionnaire, d, v))) return false;
  try {
    const next = await setTargets(s.assessment.id, changes);
    const cur = session.value;
    if (cur?.status === 'ready' && cur.assessment.id === next.id)
      session.value = { ...cur, assessment: { ...cur.assessment, targets: next.targets } };
    targetProblem.value = null;
    announceChange({ type: 'assessment', assessmentId: next.id });
    return true;
  } catch (e) {
    targetProblem.value = isQuotaError(e) ? 'full' : 'other';
    return false;
  }
}

/** Re-reads the answers from storage (another tab may have changed them); pending ones win. */
export async function refreshFromStorage(): Promise<void> {
  const s = session.value;
  if (s?.status !== 'ready') return;
  const loaded = await loadAssessment(s.assessment.id);
  if (!loaded.assessment) return;
  const answers = new Map(loaded.answers);
  const cur = session.value;
  if (cur?.status !== 'ready') return;
  for (const { questionId } of pending.values()) {
    const mine = cur.answers.get(questionId);
    if (mine) answers.set(questionId, mine);
  }
  session.value = { ...cur, assessment: loaded.assessment, answers };
}

// changes from other tabs of this app appear here
onChangeElsewhere((msg) => {
  const s = session.value;
  if (msg.type === 'assessment' && s?.status === 'ready' && msg.assessmentId === s.assessment.id) {
    void refreshFromStorage();
    return;
  }
  if (msg.type !== 'answer' || s?.status !== 'ready' || msg.assessmentId !== s.assessment.id) return;
  // a change of ours still on its way wins over what the other tab wrote
  const mine = () => pending.has(`value:${msg.questionId}`) || pending.has(`note:${msg.questionId}`);
  if (mine()) return;
  void readAnswer(msg.assessmentId, msg.questionId).then((record) => {
    if (!record || mine()) return;
    setAnswerInMemory(record);
    changedElsewhere.value++;
  });
});

if (typeof document !== 'undefined') {
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') void refreshFromStorage();
  });
  window.addEventListener('beforeunload', (e) => {
    if (pending.size > 0) e.preventDefault();
  });
}
