// The open workshop, shared by the projector window and the moderator window. Every change is
// applied here at once, sent to the other window (BroadcastChannel, no network) and written to
// IndexedDB; a window that opens or comes back reads the stored record.
import { signal } from '@preact/signals';
import { aggregate, type Aggregate } from '../../core/aggregate';
import { parseWith } from '../../core/issues';
import type { Questionnaire } from '../../core/questionnaire';
import { lookupFrom } from '../../core/scoring';
import { Workshop, applyAction, walkOrder, type WorkshopAction } from '../../core/workshop';
import { loadEverything, type StoredItem } from '../../storage/exchange';
import { isQuotaError } from '../../storage/errors';
import { announceChange, onChangeElsewhere } from '../../storage/sync';
import { loadWorkshop, saveWorkshop } from '../../storage/workshops';
import { questionnaireFor } from '../questionnaires';

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
export const workshopSaveProblem = signal<'full' | 'other' | null>(null);

function withOrder(o: Omit<OpenWorkshop, 'order'>): OpenWorkshop {
  return { ...o, order: walkOrder(o.questionnaire, o.workshop, o.preVotes) };
}

/** Opens a workshop (no-op if it is open already). */
export async function openWorkshop(id: string, force = false): Promise<void> {
  const cur = workshopState.value;
  const openId = cur?.status === 'ready' ? cur.workshop.id : cur?.id;
  if (!force && openId === id && cur?.status !== 'missing') return;
  if (!force) workshopState.value = { status: 'loading', id };
  const { workshop, errors } = await loadWorkshop(id);
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
  const wanted = new Set(workshop.preVotes);
  const preVoteItems = (await loadEverything()).filter((x) => wanted.has(x.assessment.id));
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
  announceChange({ type: 'workshop', workshop: next });
  try {
    await saveWorkshop(next);
    workshopSaveProblem.value = null;
  } catch (e) {
    workshopSaveProblem.value = isQuotaError(e) ? 'full' : 'other';
  }
}

onChangeElsewhere((msg) => {
  if (msg.type !== 'workshop') return;
  const r = parseWith(Workshop, msg.workshop);
  const s = workshopState.value;
  if (!r.ok || s?.status !== 'ready' || s.workshop.id !== r.value.id) return;
  if (r.value.updatedAt >= s.workshop.updatedAt) show(r.value);
});

if (typeof document !== 'undefined')
  document.addEventListener('visibilitychange', () => {
    const s = workshopState.value;
    if (document.visibilityState === 'visible' && s?.status === 'ready') void openWorkshop(s.workshop.id, true);
  });
