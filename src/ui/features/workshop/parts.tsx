// Pieces the projector view and the moderator view share: the keys, the agenda, the show of
// hands, the radar's data.
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { AnswerValue } from '../../../core/assessment';
import type { Dimension, Question } from '../../../core/questionnaire';
import { scaleRange } from '../../../core/questionnaire';
import { scoreAssessment, lookupFrom } from '../../../core/scoring';
import { localize, type Lang } from '../../../core/text';
import { consensusAssessment, histogramFor, type Hands } from '../../../core/workshop';
import { formatNumber, lang } from '../../i18n';
import type { RadarSpec } from '../../chart/spec';
import { isTextField } from '../../keys';
import { useStable } from '../../shared/hooks';
import { act, currentPosition, workshopState, type OpenWorkshop } from '../../../app/workshop';
import { wt } from './texts';

export interface Current {
  position: number;
  total: number;
  question: Question;
  dimension: Dimension;
}

/** The question the workshop stands at. */
export function currentOf(s: OpenWorkshop): Current {
  const position = currentPosition(s);
  const id = s.order[position]!;
  for (const dimension of s.questionnaire.dimensions)
    for (const question of dimension.questions) if (question.id === id) return { position, total: s.order.length, question, dimension };
  throw new Error(`question ${id} not in questionnaire`);
}

/** Back and forward through the workshop's questions (the same buttons in both windows). */
export function PrevNext({ cur, large = false }: { cur: Current; large?: boolean }) {
  const tx = wt();
  return (
    <>
      <button type="button" class={large ? 'button large' : 'button'} onClick={() => goTo(cur.position - 1)} disabled={cur.position === 0}>
        ← {tx.prev}
      </button>
      <button
        type="button"
        class={large ? 'button primary large' : 'button'}
        onClick={() => goTo(cur.position + 1)}
        disabled={cur.position === cur.total - 1}
      >
        {tx.next} →
      </button>
    </>
  );
}

/** Moves the room to the question at `index` of the walk order (nothing outside it). */
export function goTo(index: number): void {
  const s = workshopState.value;
  if (s?.status !== 'ready') return;
  const questionId = s.order[index];
  if (questionId) void act({ type: 'go', questionId });
}

export const agreedCount = (s: OpenWorkshop) => s.order.filter((id) => s.workshop.agreed[id]).length;

export type Overlay = 'none' | 'radar' | 'agenda' | 'help';

/** The moderator's keys (a presenter remote sends ←/→ or PageUp/PageDown); one listener for the
 * screen's lifetime that reads the newest state, so no key is lost between two renders. */
export function useWorkshopKeys(setOverlay: (f: (o: Overlay) => Overlay) => void, onSave?: () => void): void {
  const handler = useRef<(e: KeyboardEvent) => void>(() => undefined);
  handler.current = (e: KeyboardEvent) => {
    const s = workshopState.value;
    if (s?.status !== 'ready' || e.ctrlKey || e.metaKey || e.altKey || isTextField(e.target)) return;
    const { position, question } = currentOf(s);
    const agree = (value: AnswerValue | null) => void act({ type: 'agree', questionId: question.id, value });
    const key = e.key;
    const lower = key.toLowerCase();
    let handled = true;
    if (key === 'ArrowRight' || key === 'PageDown') goTo(position + 1);
    else if (key === 'ArrowLeft' || key === 'PageUp') goTo(position - 1);
    else if (/^\d$/.test(key) && s.questionnaire.scale.levels.some((l) => l.value === Number(key)))
      agree({ kind: 'level', level: Number(key) });
    else if (lower === 'w') agree({ kind: 'dontKnow' });
    else if (lower === 'n' && question.allowNotApplicable) agree({ kind: 'notApplicable' });
    else if (key === 'Delete' || key === 'Backspace') agree(null);
    else if (lower === 'r') setOverlay((o) => (o === 'radar' ? 'none' : 'radar'));
    else if (lower === 'a') setOverlay((o) => (o === 'agenda' ? 'none' : 'agenda'));
    else if (key === '?') setOverlay((o) => (o === 'help' ? 'none' : 'help'));
    else if (lower === 'f') toggleFullscreen();
    else if (lower === 's' && onSave) onSave();
    else if (key === 'Escape') setOverlay(() => 'none');
    else handled = false;
    if (handled) e.preventDefault();
  };
  useLayoutEffect(() => {
    const on = (e: KeyboardEvent) => handler.current(e);
    window.addEventListener('keydown', on);
    return () => window.removeEventListener('keydown', on);
  }, []);
}

export function toggleFullscreen(): void {
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
  else void document.documentElement.requestFullscreen?.().catch(() => undefined);
}

/** The questions in the order walked, with the pre-votes' spread and whether agreed; each a jump. */
export function AgendaList({ s, onJump }: { s: OpenWorkshop; onJump?: () => void }) {
  const tx = wt();
  const pos = currentOf(s).position;
  const byId = new Map(s.questionnaire.dimensions.flatMap((d) => d.questions.map((x) => [x.id, x] as const)));
  return (
    <div class="ws-agenda">
      <p class="hint">{tx.wsAgendaIntro}</p>
      <p class="actions">
        <button
          type="button"
          class="button"
          onClick={() => void act({ type: 'order', order: s.workshop.order === 'agenda' ? 'questionnaire' : 'agenda' })}
          disabled={!s.preVotes && s.workshop.order === 'questionnaire'}
        >
          {s.workshop.order === 'agenda' ? tx.orderQuestionnaire : tx.orderAgenda}
        </button>
      </p>
      <ol class="ws-agenda-list">
        {s.order.map((id, i) => {
          const pre = s.preVotes?.questions.find((x) => x.questionId === id);
          const agreed = !!s.workshop.agreed[id];
          return (
            <li key={id} class={i === pos ? 'current' : undefined} data-question={id}>
              <button
                type="button"
                class="ws-agenda-item"
                aria-current={i === pos ? 'step' : undefined}
                onClick={() => {
                  goTo(i);
                  onJump?.();
                }}
              >
                <span class="ws-agenda-text">{localize(byId.get(id)!.text, lang.value)}</span>
                <span class="hint">
                  {pre?.spread ? tx.spread(pre.spread.min, pre.spread.max) : tx.noVotes} · {agreed ? `✓ ${tx.agreedMark}` : tx.openMark}
                </span>
              </button>
            </li>
          );
        })}
      </ol>
    </div>
  );
}

/** Counts per level for the current question (cards held up in the room). */
export function HandsForm({ s }: { s: OpenWorkshop }) {
  const tx = wt();
  const { question } = currentOf(s);
  const stored = s.workshop.hands[question.id] ?? {};
  const [counts, setCounts] = useState<Record<string, string>>({});
  const stable = useStable(stored);
  useEffect(() => setCounts(Object.fromEntries(Object.entries(stable).map(([k, v]) => [k, String(v)]))), [question.id, stable]);
  const apply = () => {
    const hands: Hands = {};
    for (const l of s.questionnaire.scale.levels) {
      const n = Math.max(0, Math.min(10_000, Math.round(Number(counts[String(l.value)] ?? 0) || 0)));
      hands[String(l.value)] = n;
    }
    void act({ type: 'hands', questionId: question.id, hands });
  };
  return (
    <fieldset class="field ws-hands">
      <legend>{tx.handsTitle}</legend>
      <p class="hint">{tx.handsHint}</p>
      <div class="ws-hands-grid">
        {s.questionnaire.scale.levels.map((l) => (
          <label key={l.value}>
            {tx.handsFor(l.value)}
            <input
              type="number"
              inputMode="numeric"
              min={0}
              max={10000}
              value={counts[String(l.value)] ?? ''}
              onInput={(e) => setCounts({ ...counts, [String(l.value)]: e.currentTarget.value })}
            />
          </label>
        ))}
      </div>
      <div class="actions">
        <button type="button" class="button" onClick={apply}>
          {tx.handsApply}
        </button>
        <button type="button" class="button quiet" onClick={() => void act({ type: 'hands', questionId: question.id, hands: {} })}>
          {tx.handsClear}
        </button>
      </div>
    </fieldset>
  );
}

/** The histogram of the current question and a line of statistics (no names, ever). */
export function voteFacts(s: OpenWorkshop): { histogram: Record<number, number>; line: string; max: number } {
  const tx = wt();
  const { question } = currentOf(s);
  const histogram = histogramFor(s.questionnaire, question.id, s.workshop, s.preVotes);
  const hands = s.workshop.hands[question.id];
  const total = Object.values(histogram).reduce((a, b) => a + b, 0);
  const pre = s.preVotes?.questions.find((x) => x.questionId === question.id);
  const line =
    hands && Object.values(hands).some((n) => n > 0)
      ? tx.handsLine(total)
      : pre?.spread
        ? tx.preVotesLine(pre.spread.n, formatNumber(pre.spread.median), pre.spread.min, pre.spread.max)
        : tx.noVotes;
  return { histogram, line, max: Math.max(1, ...Object.values(histogram)) };
}

/** Radar data: the consensus so far, the pre-votes' median, the target. */
export function consensusSpec(s: OpenWorkshop, language: Lang): RadarSpec {
  const tx = wt();
  const { min, max } = scaleRange(s.questionnaire);
  const { assessment, answers } = consensusAssessment(s.workshop, s.workshop.updatedAt);
  const score = scoreAssessment(s.questionnaire, lookupFrom(answers), assessment);
  const series = [{ label: tx.seriesConsensus, data: score.dimensions.map((d) => d.score) }];
  if (s.preVotes) series.push({ label: tx.seriesPreMedian, data: s.preVotes.dimensions.map((d) => d.spread?.median ?? null) });
  series.push({ label: tx.seriesSoll, data: score.dimensions.map((d) => d.target) });
  return { labels: s.questionnaire.dimensions.map((d) => localize(d.title, language)), min, max, series, format: (v) => formatNumber(v) };
}
