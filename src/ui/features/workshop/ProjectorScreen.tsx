import { useEffect, useRef, useState } from 'preact/hooks';
import { useStable } from '../../shared/hooks';
import { sameAnswer, type AnswerValue } from '../../../core/assessment';
import { localize } from '../../../core/text';
import { lang } from '../../i18n';
import { hrefFor } from '../../router';
import { SeriesLegend } from '../../chart/Legend';
import { RadarChart } from '../../chart/RadarChart';
import {
  AgendaList,
  PrevNext,
  agreedCount,
  consensusSpec,
  currentOf,
  toggleFullscreen,
  useWorkshopKeys,
  voteFacts,
  type Overlay,
} from './parts';
import { act, saveConsensus, type OpenWorkshop, type SavedConsensus } from '../../../app/workshop';
import { WorkshopGate } from '../../components/WorkshopGate';
import { wt } from './texts';
import { langOf } from '../../shared/content-lang';
import { moderatorWindow, nameWindow } from '../../shared/windows';
import { digitKeyRange, type Questionnaire } from '../../../core/questionnaire';

/** The audience view for the projector: one question, its levels as large cards with the
 * anonymous votes, the agreed level highlighted; radar, agenda and keys on demand. */
export function ProjectorScreen({ id }: { id: string }) {
  return <WorkshopGate id={id}>{(s) => <ProjectorView s={s} />}</WorkshopGate>;
}

function ProjectorView({ s }: { s: OpenWorkshop }) {
  const tx = wt();
  const [overlay, setOverlay] = useState<Overlay>('none');
  const [saved, setSaved] = useState<SavedConsensus | null | undefined>(undefined);
  useWorkshopKeys(
    (f) => setOverlay(f),
    () => void saveConsensus(s).then(setSaved),
  );
  const cur = currentOf(s);
  const { question, dimension } = cur;
  const agreed = s.workshop.agreed[question.id];
  const votes = voteFacts(s);
  const note = s.workshop.notes[question.id];
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus({ preventScroll: true }), [question.id]);
  // the radar's labels grow with the screen: ≥ 24 px at 1920 px wide, to be read at 5 m
  // the moderator window's links („Projektoransicht“) reach this window by its name, instead of
  // opening yet another one
  useEffect(() => {
    nameWindow('projector', s.workshop.id);
  }, [s.workshop.id]);
  const [width, setWidth] = useState(window.innerWidth);
  useEffect(() => {
    const onResize = () => setWidth(window.innerWidth);
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  const spec = useStable({ ...consensusSpec(s, lang.value), textScale: Math.max(1, width / 1080) });
  const levels = s.questionnaire.scale.levels;
  const toggle = (v: AnswerValue) => void act({ type: 'agree', questionId: question.id, value: sameAnswer(agreed, v) ? null : v });
  const other = (v: AnswerValue, label: string) => (
    <button
      type="button"
      class={`ws-other${sameAnswer(agreed, v) ? ' agreed' : ''}`}
      aria-pressed={sameAnswer(agreed, v)}
      onClick={() => toggle(v)}
    >
      {sameAnswer(agreed, v) ? `✓ ${tx.agreedLabel}: ` : ''}
      {label}
    </button>
  );
  return (
    <section class="projector" aria-labelledby="ws-question">
      <header class="pj-head">
        <span class="pj-office">{s.workshop.office}</span>
        <span class="pj-dimension" lang={langOf(dimension.title)}>
          {localize(dimension.title, lang.value)}
        </span>
        <span class="pj-pos">
          {tx.questionOfShort(cur.position + 1, cur.total)} · {tx.agreedOf(agreedCount(s), cur.total)}
        </span>
      </header>
      <h1 id="ws-question" class="pj-question" tabIndex={-1} ref={heading} lang={langOf(question.text)}>
        {localize(question.text, lang.value)}
      </h1>
      <ol class="pj-cards">
        {levels.map((l, i) => {
          const value: AnswerValue = { kind: 'level', level: l.value };
          const isAgreed = sameAnswer(agreed, value);
          const n = votes.histogram[l.value] ?? 0;
          return (
            <li key={l.value} class={`pj-card${isAgreed ? ' agreed' : ''}`} data-level={l.value}>
              {/* the whole card agrees this level (again: clears it) */}
              <button type="button" class="pj-card-button" aria-pressed={isAgreed} onClick={() => toggle(value)}>
                <span class="pj-level">
                  {/* the number and this question's descriptor; the scale's generic name need not fit it */}
                  <span class="pj-num" aria-hidden="true">
                    {l.value}
                  </span>
                  <span class="visually-hidden">{tx.handsFor(l.value)}: </span>
                </span>
                <span class="pj-desc" lang={langOf(question.levels[i])}>
                  {localize(question.levels[i]!, lang.value)}
                </span>
                <span class="pj-votes">
                  <svg class="pj-bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                    <rect x="0" y="0" width="100" height="10" class="pj-bar-bg" />
                    <rect x="0" y="0" width={(100 * n) / votes.max} height="10" class="pj-bar-fill" />
                  </svg>
                  <span class="pj-count">{tx.votesOf(n)}</span>
                </span>
                {isAgreed && <span class="pj-agreed">✓ {tx.agreedLabel}</span>}
              </button>
            </li>
          );
        })}
      </ol>
      <p class="pj-others">
        {other({ kind: 'dontKnow' }, tx.dontKnow)}
        {question.allowNotApplicable && other({ kind: 'notApplicable' }, tx.notApplicable)}
        <span class="pj-stats">{votes.line}</span>
      </p>
      {s.workshop.showNotes && note && (
        <p class="pj-note">
          <strong>{tx.noteShown}:</strong> <span class="note-text">{note}</span>
        </p>
      )}
      <nav class="pj-controls" aria-label={tx.workshopTitle}>
        <PrevNext cur={cur} />
        <button
          type="button"
          class="button quiet"
          aria-pressed={overlay === 'radar'}
          onClick={() => setOverlay(overlay === 'radar' ? 'none' : 'radar')}
        >
          {tx.radar} (R)
        </button>
        <button
          type="button"
          class="button quiet"
          aria-pressed={overlay === 'agenda'}
          onClick={() => setOverlay(overlay === 'agenda' ? 'none' : 'agenda')}
        >
          {tx.agenda} (A)
        </button>
        <button type="button" class="button quiet" onClick={toggleFullscreen}>
          {tx.fullscreen} (F)
        </button>
        <button type="button" class="button quiet" onClick={() => setOverlay(overlay === 'help' ? 'none' : 'help')}>
          {tx.keys} (?)
        </button>
        {/* what only the moderator needs stays folded: the room sees the question, not the buttons */}
        <details class="pj-moderation">
          <summary class="button quiet">{tx.moderationMenu}</summary>
          <div class="pj-moderation-actions">
            <button
              type="button"
              class="button quiet"
              onClick={() =>
                window.open(
                  hrefFor({ name: 'moderator', id: s.workshop.id }),
                  moderatorWindow(s.workshop.id),
                  'popup,width=1100,height=800',
                )
              }
            >
              {tx.moderatorView}
            </button>
            <button type="button" class="button" onClick={() => void saveConsensus(s).then(setSaved)}>
              {tx.saveConsensus}
            </button>
            <a class="button quiet" href={hrefFor({ name: 'plan', id: s.workshop.id })}>
              {tx.plan}
            </a>
          </div>
        </details>
      </nav>
      <div role="status" class="pj-status">
        {saved && (
          <p class="notice success">
            {tx.consensusSaved(saved.agreed, saved.notes)}{' '}
            <a href={hrefFor({ name: 'results', id: s.workshop.consensusId })}>{tx.openResults}</a>
          </p>
        )}
        {saved === null && <p class="notice error">{tx.consensusSaveFailed}</p>}
      </div>
      {overlay !== 'none' && (
        <div class="pj-overlay" role="dialog" aria-modal="false" aria-labelledby="pj-overlay-title">
          <div class="pj-overlay-head">
            <h2 id="pj-overlay-title">{overlay === 'radar' ? tx.wsRadarTitle : overlay === 'agenda' ? tx.wsAgendaTitle : tx.keysTitle}</h2>
            <button type="button" class="button" onClick={() => setOverlay('none')}>
              {tx.close} (Esc)
            </button>
          </div>
          {overlay === 'radar' && (
            <div class="pj-radar">
              <RadarChart spec={spec} label={tx.wsRadarTitle} tableId="ws-radar-table" />
              <SeriesLegend labels={spec.series.map((x) => x.label)} />
              <table class="visually-hidden" id="ws-radar-table">
                <caption>{tx.wsRadarTitle}</caption>
                <thead>
                  <tr>
                    <th scope="col">{tx.colDimension}</th>
                    {spec.series.map((x) => (
                      <th scope="col" key={x.label}>
                        {x.label}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {spec.labels.map((l, i) => (
                    <tr key={l}>
                      <th scope="row">{l}</th>
                      {spec.series.map((x) => (
                        <td key={x.label}>{x.data[i] === null ? '–' : spec.format(x.data[i]!)}</td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {overlay === 'agenda' && <AgendaList s={s} onJump={() => setOverlay('none')} />}
          {overlay === 'help' && (
            <dl class="pj-keys">
              {tx.keyList(digitKeys(s.questionnaire)).map(([k, v]) => (
                <div key={k}>
                  <dt>
                    <kbd>{k}</kbd>
                  </dt>
                  <dd>{v}</dd>
                </div>
              ))}
            </dl>
          )}
        </div>
      )}
    </section>
  );
}

/** The digit keys of a scale, as „0 – 4“ (levels above 9 have no key). */
function digitKeys(q: Questionnaire): string {
  const { min, max } = digitKeyRange(q);
  return `${min} – ${max}`;
}
