import { useEffect } from 'preact/hooks';
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
  return `${tx.level(v.level)} · ${level ? localize(level.label, lang.value) : ''}`;
}

function OverviewView({ session: s }: { session: Session }) {
  const tx = wkt();
  const heading = useFocusHeading<HTMLHeadingElement>('overview');
  const lookup = lookupFrom(s.answers);
  const progress = progressByDimension(s.questionnaire, lookup);
  const total = progress.reduce((n, p) => n + p.total, 0);
  const done = progress.reduce((n, p) => n + p.done, 0);
  const open = firstOpenIndex(s.questionnaire, lookup);
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
        {perspectiveName(s.assessment.perspective, s.questionnaire)} · {localize(s.questionnaire.title, lang.value)}{' '}
        {s.questionnaire.version}
      </p>
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
      <ol class="dimension-list">
        {s.questionnaire.dimensions.map((d, di) => {
          const p = progress[di]!;
          return (
            <li key={d.id} class="dimension-block">
              <h2>
                <span>{localize(d.title, lang.value)}</span>
                <span class={`badge${p.done === p.total ? ' done' : ''}`}>
                  <span class="visually-hidden">{tx.answeredOf(p.done, p.total)}</span>
                  <span aria-hidden="true">{tx.dimensionProgress(p.done, p.total)}</span>
                </span>
              </h2>
              <ol class="question-links">
                {d.questions.map((q, qi) => {
                  const v = s.answers.get(q.id)?.value;
                  return (
                    <li key={q.id}>
                      <a
                        href={hrefFor({ name: 'question', id: s.assessment.id, n: p.firstIndex + qi + 1 })}
                        class={v ? 'answered' : 'open'}
                      >
                        <span class="q-text">{localize(q.text, lang.value)}</span>
                        <span class="q-status">{statusText(s.questionnaire, v)}</span>
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
