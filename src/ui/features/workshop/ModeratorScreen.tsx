import { useEffect, useState } from 'preact/hooks';
import type { AnswerValue } from '../../../core/assessment';
import { localize } from '../../../core/text';
import { lang } from '../../i18n';
import { hrefFor } from '../../router';
import { AgendaList, HandsForm, PrevNext, agreedCount, currentOf, useWorkshopKeys, voteFacts, type Overlay } from './parts';
import { act, saveConsensus, type OpenWorkshop, type SavedConsensus } from '../../../app/workshop';
import { WorkshopGate } from '../../components/WorkshopGate';
import { wt } from './texts';
import { levelName } from '../../shared/level-name';
import { langOf } from '../../shared/content-lang';
import { nameWindow, projectorWindow } from '../../shared/windows';

/** The moderator's window on the laptop: current and next question, votes, agreement, notes,
 * show of hands, a timebox and the agenda. Never shown to the audience. */
export function ModeratorScreen({ id }: { id: string }) {
  return <WorkshopGate id={id}>{(s) => <ModeratorView s={s} />}</WorkshopGate>;
}

function valueKey(v: AnswerValue | undefined): string {
  return !v ? '' : v.kind === 'level' ? `level:${v.level}` : v.kind;
}

function ModeratorView({ s }: { s: OpenWorkshop }) {
  const tx = wt();
  const [, setOverlay] = useState<Overlay>('none');
  const [saved, setSaved] = useState<SavedConsensus | null | undefined>(undefined);
  useWorkshopKeys(setOverlay, () => void saveConsensus(s).then(setSaved));
  const cur = currentOf(s);
  const { question, dimension } = cur;
  const agreed = valueKey(s.workshop.agreed[question.id]);
  const votes = voteFacts(s);
  const nextId = s.order[cur.position + 1];
  const next = nextId ? s.questionnaire.dimensions.flatMap((d) => d.questions).find((x) => x.id === nextId) : undefined;
  const choices: { key: string; label: string; value: AnswerValue }[] = [
    ...s.questionnaire.scale.levels.map((l) => ({
      key: `level:${l.value}`,
      label: levelName(l.value, l.label),
      value: { kind: 'level' as const, level: l.value },
    })),
    { key: 'dontKnow', label: `W · ${tx.dontKnow}`, value: { kind: 'dontKnow' } },
    ...(question.allowNotApplicable
      ? [{ key: 'notApplicable', label: `N · ${tx.notApplicable}`, value: { kind: 'notApplicable' } as AnswerValue }]
      : []),
  ];
  // this window is the moderator's, also when opened as a plain tab: the plan leads back here
  useEffect(() => {
    nameWindow('moderator', s.workshop.id);
  }, [s.workshop.id]);
  return (
    <section class="screen moderator" aria-labelledby="mod-title">
      <div class="mod-head">
        <h1 id="mod-title">
          {tx.moderatorView}: {s.workshop.office}
        </h1>
        <p class="hint">{tx.projectorOpenHint}</p>
        <p class="actions">
          <a class="button" href={hrefFor({ name: 'workshop', id: s.workshop.id })} target={projectorWindow(s.workshop.id)}>
            {tx.projectorView}
          </a>
          {/* the plan opens here, in the moderator's window: the room keeps its projector */}
          <a class="button quiet" href={hrefFor({ name: 'plan', id: s.workshop.id })}>
            {tx.plan}
          </a>
          <button type="button" class="button" onClick={() => void saveConsensus(s).then(setSaved)}>
            {tx.saveConsensus}
          </button>
        </p>
        <CorruptFacts errors={s.errors} />
        <div role="status">
          {saved && <p class="notice success">{tx.consensusSaved(saved.agreed, saved.notes)}</p>}
          {saved === null && <p class="notice error">{tx.consensusSaveFailed}</p>}
        </div>
      </div>
      <div class="mod-grid">
        <div class="mod-main">
          <p class="dimension-title">
            {localize(dimension.title, lang.value)} · {tx.questionOfShort(cur.position + 1, cur.total)} ·{' '}
            {tx.agreedOf(agreedCount(s), cur.total)}
          </p>
          <h2 class="mod-question" lang={langOf(question.text)}>
            {localize(question.text, lang.value)}
          </h2>
          <fieldset class="field">
            <legend>{tx.agreedLabel}</legend>
            <div class="chips">
              {choices.map((c) => (
                <label class="chip" key={c.key}>
                  <input
                    type="radio"
                    name={`agree-${question.id}`}
                    checked={agreed === c.key}
                    onChange={() => void act({ type: 'agree', questionId: question.id, value: c.value })}
                  />
                  <span class="mod-chip-label">{c.label}</span>
                  {/* the votes for this level, in the choice itself: one look, no table below */}
                  {c.value.kind === 'level' && (
                    <>
                      <span class="mod-count" aria-hidden="true">
                        {tx.votesOf(votes.histogram[c.value.level] ?? 0)}
                      </span>
                      <span class="visually-hidden">, {tx.votesSpoken(votes.histogram[c.value.level] ?? 0)}</span>
                    </>
                  )}
                </label>
              ))}
            </div>
          </fieldset>
          <p class="mod-votes">
            <strong>{votes.line}</strong>
          </p>
          <div class="field">
            <label for="mod-note">{tx.noteFor}</label>
            <textarea
              id="mod-note"
              rows={2}
              maxLength={5000}
              value={s.workshop.notes[question.id] ?? ''}
              onInput={(e) => void act({ type: 'note', questionId: question.id, note: e.currentTarget.value })}
            />
          </div>
          <label class="check">
            <input
              type="checkbox"
              checked={s.workshop.showNotes}
              onChange={(e) => void act({ type: 'showNotes', show: e.currentTarget.checked })}
            />{' '}
            {tx.showNotes}
          </label>
          {/* stays at the bottom of the window, also on a 1366 × 768 laptop */}
          <div class="question-nav mod-nav">
            <PrevNext cur={cur} large />
          </div>
          {next && (
            <p class="mod-next">
              <strong>{tx.nextUp}:</strong> {localize(next.text, lang.value)}
            </p>
          )}
          <HandsForm s={s} />
          <label class="field mod-participants">
            {tx.workshopParticipants}
            <input
              type="number"
              min={0}
              max={10000}
              value={String(s.workshop.participants)}
              onChange={(e) => void act({ type: 'participants', participants: Number(e.currentTarget.value) || 0 })}
            />
          </label>
        </div>
        <aside class="mod-side" aria-label={tx.wsAgendaTitle}>
          <Timer questionId={question.id} />
          <h2>{tx.wsAgendaTitle}</h2>
          <AgendaList s={s} />
        </aside>
      </div>
    </section>
  );
}

/** A timebox for the current question: a running one starts again with the next question, a
 * stopped one is reset (nothing stored). */
function Timer({ questionId }: { questionId: string }) {
  const tx = wt();
  const [minutes, setMinutes] = useState(5);
  const [startedAt, setStartedAt] = useState<number | null>(null);
  const [spent, setSpent] = useState(0);
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    setStartedAt((running) => (running === null ? null : Date.now()));
    setSpent(0);
  }, [questionId]);
  useEffect(() => {
    if (startedAt === null) return;
    const t = setInterval(() => setNow(Date.now()), 500);
    return () => clearInterval(t);
  }, [startedAt]);
  const elapsed = spent + (startedAt === null ? 0 : now - startedAt);
  const left = Math.round((minutes * 60_000 - elapsed) / 1000);
  const mmss = (secs: number) => `${Math.floor(Math.abs(secs) / 60)}:${String(Math.abs(secs) % 60).padStart(2, '0')}`;
  return (
    <div class="mod-timer">
      <h2>{tx.timer}</h2>
      <p class={`mod-time${left < 0 ? ' over' : ''}`}>{left >= 0 ? tx.timeLeft(mmss(left)) : tx.timeOver(mmss(left))}</p>
      <label>
        {tx.timerMinutes}{' '}
        <input
          type="number"
          min={1}
          max={60}
          value={String(minutes)}
          onChange={(e) => setMinutes(Math.max(1, Number(e.currentTarget.value) || 5))}
        />
      </label>
      <div class="actions">
        {startedAt === null ? (
          <button type="button" class="button" onClick={() => (setStartedAt(Date.now()), setNow(Date.now()))}>
            {tx.timerStart}
          </button>
        ) : (
          <button type="button" class="button" onClick={() => (setSpent(elapsed), setStartedAt(null))}>
            {tx.timerPause}
          </button>
        )}
        <button type="button" class="button quiet" onClick={() => (setSpent(0), setStartedAt(null))}>
          {tx.timerReset}
        </button>
      </div>
    </div>
  );
}

/** Stored facts of this workshop that could not be read (left out of what the screens show). */
function CorruptFacts({ errors }: { errors: readonly string[] }) {
  const tx = wt();
  if (errors.length === 0) return null;
  return (
    <div class="notice warning" role="status">
      <p>{tx.factsUnreadable(errors.length)}</p>
      <ul>
        {errors.slice(0, 20).map((e, i) => (
          <li key={i}>{e}</li>
        ))}
      </ul>
    </div>
  );
}
