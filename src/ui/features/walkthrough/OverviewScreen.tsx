import { useEffect, useState } from 'preact/hooks';
import type { Session } from '../../../app/session';
import type { AnswerValue } from '../../../core/assessment';
import { firstOpenIndex, progressByDimension } from '../../../core/progress';
import type { Questionnaire } from '../../../core/questionnaire';
import { lookupFrom } from '../../../core/scoring';
import { localize } from '../../../core/text';
import { CorruptNotice } from '../../components/CorruptNotice';
import { ProgressBar } from '../../components/ProgressBar';
import { SessionGate } from '../../components/SessionGate';
import { useFocusHeading } from '../../components/useFocusHeading';
import { lang } from '../../i18n';
import { perspectiveName } from '../../labels';
import { hrefFor } from '../../router';
import { prefetch } from '../../screens';
import { ConsensusNotice, isConsensus } from './ConsensusNotice';
import { wkt } from './texts';
import { levelLabel } from '../../shared/level-name';
import { LanguageNote, langOf } from '../../shared/content-lang';
import { CarriedOverNote, CarryOverOffer, isChangedOpen } from '../../components/CarryOver';
import { languagesOf } from '../../../core/questionnaire';

/** A questionnaire with more dimensions or questions than these is long: its overview starts
 * folded (the dimension with the first open question unfolded) and offers a list to jump to each. */
const LONG = { dimensions: 10, questions: 60 };

/** All dimensions with their completion; every question is a link to it. */
export function OverviewScreen({ id }: { id: string }) {
  return <SessionGate id={id}>{(s) => (isConsensus(s) ? <ConsensusNotice session={s} /> : <OverviewView session={s} />)}</SessionGate>;
}

function statusText(q: Questionnaire, v: AnswerValue | null | undefined): string {
  const tx = wkt();
  if (!v) return tx.statusOpen;
  if (v.kind === 'dontKnow') return tx.statusDontKnow;
  if (v.kind === 'notApplicable') return tx.statusNotApplicable;
  const level = q.scale.levels.find((l) => l.value === v.level);
  return level ? `${tx.level(v.level)} · ${levelLabel(v.level, level.label)}` : tx.level(v.level);
}

function OverviewView({ session: s }: { session: Session }) {
  const tx = wkt();
  const heading = useFocusHeading<HTMLHeadingElement>('overview');
  const lookup = lookupFrom(s.answers);
  const progress = progressByDimension(s.questionnaire, lookup);
  const total = progress.reduce((n, p) => n + p.total, 0);
  const done = progress.reduce((n, p) => n + p.done, 0);
  const open = firstOpenIndex(s.questionnaire, lookup);
  const dims = s.questionnaire.dimensions;
  const long = dims.length > LONG.dimensions || total > LONG.questions;
  const [unfolded, setUnfolded] = useState<ReadonlySet<string>>(() => {
    if (!long) return new Set(dims.map((d) => d.id));
    const first = progress.find((p) => p.done < p.total) ?? progress[0];
    return new Set(first ? [dims[progress.indexOf(first)]!.id] : []);
  });
  const toggle = (id: string) => setUnfolded((u) => (u.has(id) ? new Set([...u].filter((x) => x !== id)) : new Set([...u, id])));
  const jump = (id: string) => {
    setUnfolded((u) => new Set([...u, id]));
    requestAnimationFrame(() => {
      const h = document.getElementById(`dim-${id}`);
      h?.scrollIntoView({ block: 'start' });
      h?.querySelector('button')?.focus({ preventScroll: true });
    });
  };
  useEffect(() => {
    prefetch('results'); // the next step is usually the results: have them ready
  }, []);
  const resultsLink = (
    <>
      <a class={`button${open === null ? ' primary' : ''}`} href={hrefFor({ name: 'results', id: s.assessment.id })}>
        {tx.showResults}
      </a>
      <a class="button" href={hrefFor({ name: 'handover', id: s.assessment.id })}>
        {tx.handoverTool}
      </a>
    </>
  );
  return (
    <section class="screen overview" aria-labelledby="overview-title">
      <a class="back-link" href={hrefFor({ name: 'start' })}>
        ← {tx.toStart}
      </a>
      <h1 id="overview-title" tabIndex={-1} ref={heading}>
        {tx.overviewTitle}: {s.assessment.office}
      </h1>
      <p class="context">
        {perspectiveName(s.assessment.perspective, s.questionnaire)} ·{' '}
        <span lang={langOf(s.questionnaire.title)}>{localize(s.questionnaire.title, lang.value)}</span> {s.questionnaire.version}
      </p>
      <LanguageNote languages={languagesOf(s.questionnaire)} />
      <CarriedOverNote session={s} />
      <CarryOverOffer session={s} />
      <CorruptNotice records={s.corrupt} />
      <ProgressBar value={done} max={total} label={tx.answeredOf(done, total)} />
      {open === null ? (
        <div class="notice success">
          <p>{tx.allAnswered}</p>
          <p class="actions">{resultsLink}</p>
        </div>
      ) : (
        <>
          <p>{tx.openQuestions(total - done)}</p>
          <p class="actions">
            <a class="button primary" href={hrefFor({ name: 'question', id: s.assessment.id, n: open + 1 })}>
              {tx.continueOpen}
            </a>
            {resultsLink}
          </p>
        </>
      )}
      <p class="hint">{tx.overviewIntro}</p>
      {long && (
        <nav class="dimension-jump" aria-label={tx.jumpTo}>
          <h2 class="jump-title">{tx.jumpTo}</h2>
          <ul>
            {dims.map((d, di) => (
              <li key={d.id}>
                <button type="button" class="link-button" onClick={() => jump(d.id)}>
                  <span lang={langOf(d.title)}>{localize(d.title, lang.value)}</span>{' '}
                  <span class="jump-count">{tx.dimensionProgress(progress[di]!.done, progress[di]!.total)}</span>
                </button>
              </li>
            ))}
          </ul>
          <p class="actions compact">
            <button type="button" class="button quiet" onClick={() => setUnfolded(new Set(dims.map((d) => d.id)))}>
              {tx.unfoldAll}
            </button>
            <button type="button" class="button quiet" onClick={() => setUnfolded(new Set())}>
              {tx.foldAll}
            </button>
          </p>
        </nav>
      )}
      <ol class="dimension-list">
        {dims.map((d, di) => {
          const p = progress[di]!;
          const shown = unfolded.has(d.id);
          const badge = (
            <span class={`badge${p.done === p.total ? ' done' : ''}`}>
              <span class="visually-hidden">{tx.answeredOf(p.done, p.total)}</span>
              <span aria-hidden="true">{tx.dimensionProgress(p.done, p.total)}</span>
            </span>
          );
          return (
            <li key={d.id} class="dimension-block">
              <h2 id={`dim-${d.id}`}>
                {long ? (
                  <button
                    type="button"
                    class="fold-button"
                    aria-expanded={shown}
                    aria-controls={`dimq-${d.id}`}
                    onClick={() => toggle(d.id)}
                  >
                    <span lang={langOf(d.title)}>{localize(d.title, lang.value)}</span>
                    {badge}
                  </button>
                ) : (
                  <>
                    <span lang={langOf(d.title)}>{localize(d.title, lang.value)}</span>
                    {badge}
                  </>
                )}
              </h2>
              <ol class="question-links" id={`dimq-${d.id}`} hidden={!shown}>
                {d.questions.map((q, qi) => {
                  const v = s.answers.get(q.id)?.value;
                  const changed = isChangedOpen(s, q.id);
                  return (
                    <li key={q.id}>
                      <a
                        href={hrefFor({ name: 'question', id: s.assessment.id, n: p.firstIndex + qi + 1 })}
                        class={v ? 'answered' : changed ? 'open changed' : 'open'}
                      >
                        <span class="q-text" lang={langOf(q.text)}>
                          {localize(q.text, lang.value)}
                        </span>
                        <span class="q-status">{changed ? tx.statusChanged : statusText(s.questionnaire, v)}</span>
                      </a>
                    </li>
                  );
                })}
              </ol>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
