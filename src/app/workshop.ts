// The open workshop, shared by the projector window and the moderator window(s). Every action
// becomes one or two small facts (core/workshop factsOf): applied here at once, sent to the other
// windows (BroadcastChannel, no network) and written each as its own record. Every window applies
// every fact newest-wins, also those that arrive while it is still loading, so all windows settle
// on the same state and a reload or a window coming back never writes an old state back. A fact
// that cannot be written is reported in every window, and any of them can write it again.
import { signal } from '@preact/signals';
import { aggregate, type Aggregate } from '../core/aggregate';
import { toExported } from '../core/exchange';
import { parseWith } from '../core/issues';
import type { Questionnaire } from '../core/questionnaire';
import { lookupFrom } from '../core/scoring';
import {
  WorkshopFact,
  agenda,
  applyFact,
  assembleWorkshop,
  checkFact,
  consensusAssessment,
  factsOf,
  isNewerFact,
  positionIndex,
  walkOrder,
  type Workshop,
  type WorkshopAction,
  type WorkshopRecord,
} from '../core/workshop';
import { importFile } from '../storage/exchange';
import { createWorkshop as storeWorkshop, listWorkshops as readWorkshops, loadWorkshop, saveFacts, setAgenda } from '../storage/workshops';
import { changed, onVisibility, subscribe, type ChangeMessage } from './changes';
import { newId } from './ids';
import { loadItemsById, type StoredItem } from './items';
import { attempt, kindOf, problems, remove, reportElsewhere } from './problems';
import { keepUsedQuestionnaires, questionnaireFor } from './questionnaires';

export interface OpenWorkshop {
  workshop: Workshop;
  questionnaire: Questionnaire;
  preVotes: Aggregate | null;
  preVoteItems: StoredItem[];
  /** question ids in the order walked */
  order: string[];
  /** stored facts that could not be read (left out) */
  errors: string[];
}

export type WorkshopState =
  { status: 'loading'; id: string } | { status: 'missing'; id: string; errors: string[] } | ({ status: 'ready' } & OpenWorkshop);

export const workshopState = signal<WorkshopState | null>(null);

/** This window, as the author of its facts (ties between two windows' facts are decided by it). */
const WINDOW = newId();

/** Facts that arrived while the workshop was loading, applied once it is there. */
let arrived: WorkshopFact[] = [];

function withOrder(o: Omit<OpenWorkshop, 'order'>): OpenWorkshop {
  return { ...o, order: walkOrder(o.questionnaire, o.workshop) };
}

/** Opens a workshop (no-op if it is open already); `force` reads it again and merges, newest wins. */
export async function openWorkshop(id: string, force = false): Promise<void> {
  const cur = workshopState.value;
  const openId = cur?.status === 'ready' ? cur.workshop.id : cur?.id;
  if (!force && openId === id && cur?.status !== 'missing') return;
  if (!force || cur?.status !== 'ready') {
    workshopState.value = { status: 'loading', id };
    arrived = [];
  }
  const loaded = await loadWorkshop(id).catch((e: unknown) => {
    console.error(`Workshop ${id} konnte nicht geöffnet werden`, e);
    return null;
  });
  if (!loaded?.record) {
    if (!force) workshopState.value = { status: 'missing', id, errors: loaded?.errors ?? [] };
    return;
  }
  const questionnaire = await questionnaireFor(loaded.record.questionnaireId, loaded.record.questionnaireVersion);
  if (!questionnaire) {
    workshopState.value = {
      status: 'missing',
      id,
      errors: [`Fragebogen „${loaded.record.questionnaireId}“ ${loaded.record.questionnaireVersion} fehlt.`],
    };
    return;
  }
  const preVoteItems = await loadItemsById(loaded.record.preVotes).catch(() => []);
  const preVotes = preVoteItems.length
    ? aggregate(
        questionnaire,
        preVoteItems.map((x) => ({ assessment: x.assessment, answer: lookupFrom(x.answers) })),
      )
    : null;
  let record = loaded.record;
  if (record.agenda.length === 0 && record.preVotes.length > 0) {
    // a workshop from an older version: its agenda is frozen now
    record = { ...record, agenda: agenda(questionnaire, preVotes) };
    void setAgenda(record.id, record.agenda).catch((e: unknown) => console.warn('Agenda nicht gespeichert', e));
  }
  const now = workshopState.value;
  // what this window knew (a forced refresh) and what arrived meanwhile: newest per key wins
  const known = now?.status === 'ready' && now.workshop.id === id ? Object.values(factsKnown(now.workshop)) : [];
  const workshop = [...known, ...arrived.filter((f) => f.workshopId === id)].reduce(applyFact, assembleWorkshop(record, loaded.facts));
  arrived = [];
  workshopState.value = { status: 'ready', ...withOrder({ workshop, questionnaire, preVotes, preVoteItems, errors: loaded.errors }) };
}

/** The facts a workshop state holds, rebuilt from it (to merge with what storage holds, or to
 * write it back whole). */
export function factsKnown(w: Workshop): Record<string, WorkshopFact> {
  const out: Record<string, WorkshopFact> = {};
  for (const [key, stamp] of Object.entries(w.stamps)) {
    const [kind, q = ''] = key.split(':');
    const value =
      kind === 'agreed'
        ? (w.agreed[q] ?? null)
        : kind === 'hands'
          ? (w.hands[q] ?? {})
          : kind === 'note'
            ? (w.notes[q] ?? '')
            : kind === 'position'
              ? w.position
              : kind === 'order'
                ? w.order
                : kind === 'participants'
                  ? w.participants
                  : w.showNotes;
    out[key] = { workshopId: w.id, key, value, ...stamp };
  }
  return out;
}

function show(facts: readonly WorkshopFact[]): void {
  const s = workshopState.value;
  if (s?.status === 'loading' && facts.some((f) => f.workshopId === s.id)) {
    arrived.push(...facts);
    return;
  }
  if (s?.status !== 'ready') return;
  const workshop = facts.reduce(applyFact, s.workshop);
  if (workshop !== s.workshop) workshopState.value = { status: 'ready', ...withOrder({ ...s, workshop }) };
}

/** What the screens ask for: an action, with 'go' and 'order' by question and order. */
export type WorkshopCommand = Exclude<WorkshopAction, { type: 'order' }> | { type: 'order'; order: Workshop['order'] };

// facts of this window (or reported by another) not yet stored, by fact key
const unsaved = new Map<string, WorkshopFact>();

/** One change: shown at once, sent to the other windows, then stored (each fact its own record). */
export async function act(command: WorkshopCommand): Promise<void> {
  const s = workshopState.value;
  if (s?.status !== 'ready') return;
  const action: WorkshopAction =
    command.type === 'order'
      ? { ...command, first: walkOrder(s.questionnaire, { order: command.order, agenda: s.workshop.agenda })[0]! }
      : command;
  const facts = factsOf(s.workshop.id, action, new Date().toISOString(), WINDOW);
  show(facts);
  for (const fact of facts) changed({ type: 'workshopFact', fact });
  await write(s.workshop, facts);
}

async function write(w: Pick<Workshop, 'id' | 'office'>, facts: readonly WorkshopFact[]): Promise<void> {
  for (const f of facts) unsaved.set(f.key, f);
  const key = `workshop:${w.id}:${facts.map((f) => f.key).join(',')}`;
  const ok = await attempt(key, { type: 'workshop', label: w.office }, () => storeFacts(facts), { repeat: true });
  if (!ok) changed({ type: 'workshopUnsaved', office: w.office, kind: kindOf(key), facts: [...facts] });
}

async function storeFacts(facts: readonly WorkshopFact[]): Promise<void> {
  // a newer fact for the same key (here or from another window) replaced this one: it need not land
  const due = facts.filter((f) => unsaved.get(f.key) === f || !unsaved.has(f.key));
  await saveFacts(due);
  for (const f of due) if (unsaved.get(f.key) === f) unsaved.delete(f.key);
  changed({ type: 'workshopSaved', facts: due.map(({ workshopId, key, at, by }) => ({ workshopId, key, at, by })) });
}

/** A workshop window shows what the other windows did, and what they could not store. */
function handleChange(msg: ChangeMessage, local: boolean): void {
  if (local) return;
  if (msg.type === 'workshopFact') {
    const fact = readFact(msg.fact);
    if (fact) show([fact]);
  } else if (msg.type === 'workshopUnsaved') {
    const facts = msg.facts.map(readFact).filter((f): f is WorkshopFact => f !== null);
    if (facts.length === 0) return;
    for (const f of facts) if (isNewerFact(f, unsaved.get(f.key))) unsaved.set(f.key, f);
    const key = `workshop:${facts[0]!.workshopId}:${facts.map((f) => f.key).join(',')}`;
    reportElsewhere(key, { type: 'workshop', label: msg.office }, msg.kind, () => storeFacts(facts));
  } else if (msg.type === 'workshopSaved') {
    for (const saved of msg.facts) {
      const mine = unsaved.get(saved.key);
      if (mine && !isNewerFact(mine, saved)) unsaved.delete(saved.key);
    }
    const keys = new Set(msg.facts.map((f) => `${f.workshopId}:${f.key}`));
    forgetSaved(keys);
  }
}

/** Drops the problems of facts another window has stored. */
function forgetSaved(saved: ReadonlySet<string>): void {
  for (const [key, fact] of [...unsaved]) if (saved.has(`${fact.workshopId}:${key}`)) unsaved.delete(key);
  // a problem whose facts are all stored now is gone
  for (const k of problems.value.map((p) => p.key)) {
    const [, workshopId, keys] = /^workshop:([^:]+):(.*)$/.exec(k) ?? [];
    if (workshopId && keys && keys.split(',').every((f) => !unsaved.has(f) || saved.has(`${workshopId}:${f}`))) remove(k);
  }
}

function readFact(raw: unknown): WorkshopFact | null {
  const shape = parseWith(WorkshopFact, raw);
  const r = shape.ok ? checkFact(shape.value) : shape;
  return r.ok ? r.value : null;
}

/** Reads the open workshop again (the window comes back to the foreground): merged, newest wins. */
function refreshWorkshop(): void {
  const s = workshopState.value;
  if (s?.status === 'ready') void openWorkshop(s.workshop.id, true);
}

/** Starts a workshop: its agenda frozen now from the pre-votes chosen, stored with its first facts;
 * false (and the problem on screen) if it could not be saved. Asked again with the same id, it
 * never makes a second one. */
export async function startWorkshop(start: Omit<WorkshopRecord, 'agenda'>, participants: number): Promise<boolean> {
  const questionnaire = await questionnaireFor(start.questionnaireId, start.questionnaireVersion);
  const items = await loadItemsById(start.preVotes).catch(() => []);
  const preVotes =
    questionnaire && items.length
      ? aggregate(
          questionnaire,
          items.map((x) => ({ assessment: x.assessment, answer: lookupFrom(x.answers) })),
        )
      : null;
  const record: WorkshopRecord = { ...start, agenda: questionnaire ? agenda(questionnaire, preVotes) : [] };
  const facts = factsOf(record.id, { type: 'participants', participants }, record.createdAt, WINDOW);
  const ok = await attempt(`workshop-new:${record.id}`, { type: 'workshop', label: record.office }, async () => {
    if ((await loadWorkshop(record.id)).record) return; // stored by „Jetzt erneut speichern“ already
    await storeWorkshop(record, facts);
  });
  if (ok) void keepUsedQuestionnaires([{ id: record.questionnaireId, version: record.questionnaireVersion }]);
  return ok;
}

/** The workshops on this device, newest change first (none if they cannot be read). */
export function listWorkshops(): Promise<Workshop[]> {
  return readWorkshops().catch(() => []);
}

/** What a saved consensus holds: the number of agreed questions and of notes. */
export interface SavedConsensus {
  agreed: number;
  notes: number;
}

/** Writes the consensus as an assessment of the office (the same one each time it is saved):
 * exactly the levels agreed and the notes taken in the room, replacing what was saved before. */
export async function saveConsensus(s: OpenWorkshop): Promise<SavedConsensus | null> {
  const { assessment, answers } = consensusAssessment(s.workshop, new Date().toISOString());
  const ok = await attempt(`consensus:${s.workshop.id}`, { type: 'consensus', label: s.workshop.office }, () =>
    importFile([{ item: toExported(assessment, answers), mode: 'replace' }], []),
  );
  if (!ok) return null;
  changed({ type: 'assessments' });
  return {
    agreed: [...answers.values()].filter((a) => a.value !== null).length,
    notes: [...answers.values()].filter((a) => a.note).length,
  };
}

/** The position of the room in the walk order (0-based) and the question there. */
export function currentPosition(s: OpenWorkshop): number {
  return positionIndex(s.order, s.workshop);
}

/** Closes the open workshop. */
export function closeWorkshop(): void {
  workshopState.value = null;
  arrived = [];
}

subscribe(handleChange);
onVisibility(refreshWorkshop);
