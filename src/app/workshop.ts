// The open workshop, shared by the projector window and the moderator window. Every change is
// applied here at once, sent to the other window (BroadcastChannel, no network) and written to
// IndexedDB; a window that opens or comes back reads the stored record.
import { signal } from '@preact/signals';
import { aggregate, type Aggregate } from '../core/aggregate';
import { parseWith } from '../core/issues';
import type { Questionnaire } from '../core/questionnaire';
import { lookupFrom } from '../core/scoring';
import { compareInstants } from '../core/time';
import { toExported } from '../core/exchange';
import { Workshop, applyAction, consensusAssessment, walkOrder, type WorkshopAction } from '../core/workshop';
import { importFile } from '../storage/exchange';
import { listWorkshops as readWorkshops, loadWorkshop, saveWorkshop } from '../storage/workshops';
import { changed, onVisibility, subscribe, type ChangeMessage } from './changes';
import { loadItemsById, type StoredItem } from './items';
import { attempt } from './problems';
import { questionnaireFor } from './questionnaires';

export interface OpenWorkshop {
  workshop: Workshop;
  questionnaire: Questionnaire;
  preVotes: Aggregate | null;
  preVoteItems: StoredItem[];
  /** question ids in the order walked */
  order: string[];
}

export type WorkshopState =
  { status: 'loading'; id: string } | { status: 'missing'; id: string; errors: string[] } | ({ status: 'ready' } & OpenWorkshop);

export const workshopState = signal<WorkshopState | null>(null);

function withOrder(o: Omit<OpenWorkshop, 'order'>): OpenWorkshop {
  return { ...o, order: walkOrder(o.questionnaire, o.workshop, o.preVotes) };
}

/** Opens a workshop (no-op if it is open already). */
export async function openWorkshop(id: string, force = false): Promise<void> {
  const cur = workshopState.value;
  const openId = cur?.status === 'ready' ? cur.workshop.id : cur?.id;
  if (!force && openId === id && cur?.status !== 'missing') return;
  if (!force) workshopState.value = { status: 'loading', id };
  const loaded = await loadWorkshop(id).catch((e: unknown) => {
    console.error(`Workshop ${id} konnte nicht geöffnet werden`, e);
    return null;
  });
  if (!loaded) {
    workshopState.value = { status: 'missing', id, errors: [] };
    return;
  }
  const { workshop, errors } = loaded;
  if (!workshop) {
    workshopState.value = { status: 'missing', id, errors };
    return;
  }
  const questionnaire = await questionnaireFor(workshop.questionnaireId, workshop.questionnaireVersion);
  if (!questionnaire) {
    workshopState.value = {
      status: 'missing',
      id,
      errors: [`Fragebogen „${workshop.questionnaireId}“ ${workshop.questionnaireVersion} fehlt.`],
    };
    return;
  }
  const preVoteItems = await loadItemsById(workshop.preVotes).catch(() => []);
  const preVotes = preVoteItems.length
    ? aggregate(
        questionnaire,
        preVoteItems.map((x) => ({ assessment: x.assessment, answer: lookupFrom(x.answers) })),
      )
    : null;
  workshopState.value = { status: 'ready', ...withOrder({ workshop, questionnaire, preVotes, preVoteItems }) };
}

function show(workshop: Workshop): void {
  const s = workshopState.value;
  if (s?.status !== 'ready' || s.workshop.id !== workshop.id) return;
  workshopState.value = { status: 'ready', ...withOrder({ ...s, workshop }) };
}

/** One change: shown at once, sent to the other window, then stored. */
export async function act(action: WorkshopAction): Promise<void> {
  const s = workshopState.value;
  if (s?.status !== 'ready') return;
  const next = applyAction(s.workshop, action, s.order.length, new Date().toISOString());
  show(next);
  changed({ type: 'workshop', workshop: next });
  await attempt(`workshop:${next.id}`, { type: 'workshop', label: next.office }, () => saveWorkshop(next), { repeat: true });
}

/** A workshop window shows what the other window did. */
function handleChange(msg: ChangeMessage, local: boolean): void {
  if (local || msg.type !== 'workshop') return;
  const r = parseWith(Workshop, msg.workshop);
  const s = workshopState.value;
  if (!r.ok || s?.status !== 'ready' || s.workshop.id !== r.value.id) return;
  if (compareInstants(r.value.updatedAt, s.workshop.updatedAt) >= 0) show(r.value);
}

/** Reads the open workshop again (the window comes back to the foreground). */
function refreshWorkshop(): void {
  const s = workshopState.value;
  if (s?.status === 'ready') void openWorkshop(s.workshop.id, true);
}

/** Stores a new workshop; false (and the problem on screen) if it could not be saved. */
export function createWorkshop(w: Workshop): Promise<boolean> {
  return attempt(`workshop-new:${w.id}`, { type: 'workshop', label: w.office }, async () => {
    if ((await loadWorkshop(w.id)).workshop) return; // stored by „Jetzt erneut speichern“ already
    await saveWorkshop(w);
  });
}

/** The workshops on this device, newest change first (none if they cannot be read). */
export function listWorkshops(): Promise<Workshop[]> {
  return readWorkshops().catch(() => []);
}

/** Writes the consensus as an assessment of the office (the same one each time it is saved). */
export async function saveConsensus(s: OpenWorkshop): Promise<boolean> {
  const { assessment, answers } = consensusAssessment(s.workshop, new Date().toISOString());
  const ok = await attempt(`consensus:${s.workshop.id}`, { type: 'consensus', label: s.workshop.office }, () =>
    importFile([{ item: toExported(assessment, answers), mode: 'replace' }], []),
  );
  if (ok) changed({ type: 'assessments' });
  return ok;
}

/** Closes the open workshop. */
export function closeWorkshop(): void {
  workshopState.value = null;
}

subscribe(handleChange);
onVisibility(refreshWorkshop);
