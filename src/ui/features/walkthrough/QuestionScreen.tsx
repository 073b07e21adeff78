import { useLayoutEffect, useRef } from 'preact/hooks';
import { answer, changedElsewhere, type Session } from '../../../app/session';
import type { AnswerValue } from '../../../core/assessment';
import { answeredCount, firstOpenIndex } from '../../../core/progress';
import { allQuestions, digitKeyRange, type Questionnaire } from '../../../core/questionnaire';
import { lookupFrom } from '../../../core/scoring';
import { localize } from '../../../core/text';
import { CorruptNotice } from '../../components/CorruptNotice';
import { ProgressBar } from '../../components/ProgressBar';
import { SessionGate } from '../../components/SessionGate';
import { useFocusHeading } from '../../components/useFocusHeading';
import { lang } from '../../i18n';
import { isTextField } from '../../keys';
import { perspectiveName } from '../../labels';
import { hrefFor, navigate, redirect, route } from '../../router';
import { ConsensusNotice, isConsensus } from './ConsensusNotice';
import { LevelCards } from './LevelCards';
import { SaveStatus } from './SaveStatus';
import { wkt } from './texts';
import { langOf } from '../../shared/content-lang';
import { isChangedOpen } from '../../components/CarryOver';

/** Opens an assessment at its first open question (the overview when none is open). */
export function ResumeScreen({ id }: { id: string }) {
  return <SessionGate id={id}>{(s) => (isConsensus(s) ? <ConsensusNotice session={s} /> : <Resume session={s} />)}</SessionGate>;
}

function Resume({ session: s }: { session: Session }) {
  // before paint, and only while the address is still the resume one (a key pressed meanwhile
  // may already have moved on)
  useLayoutEffect(() => {
    const r = route.value;
    if (r.name !== 'resume' || r.id !== s.assessment.id) return;
    const open = firstOpenIndex(s.questionnaire, lookupFrom(s.answers));
    redirect(open === null ? { name: 'overview', id: s.assessment.id } : { name: 'question', id: s.assessment.id, n: open + 1 });
  }, [s]);
  return null;
}

/** One question at a time: question `n` (1-based) of the assessment `id`. */
export function QuestionScreen({ id, n }: { id: string; n: number }) {
  return (
    <SessionGate id={id}>{(s) => (isConsensus(s) ? <ConsensusNotice session={s} /> : <QuestionView session={s} n={n} />)}</SessionGate>
  );
}

function QuestionView({ session: s, n }: { session: Session; n: number }) {
  const tx = wkt();
  const list = allQuestions(s.questionnaire);
  const lookup = lookupFrom(s.answers);
  const i = Math.min(Math.max(n - 1, 0), list.length - 1);
  const heading = useFocusHeading<HTMLHeadingElement>(`${s.assessment.id}/${i}`);

  const { dimension, question } = list[i]!;
  const record = s.answers.get(question.id);
  const value = record?.value ?? null;
  const answered = answeredCount(s.questionnaire, lookup);
  const go = (to: number) => {
    if (to < 0) return;
    if (to >= list.length) navigate({ name: 'overview', id: s.assessment.id });
    else navigate({ name: 'question', id: s.assessment.id, n: to + 1 });
  };
  const choose = (v: AnswerValue) => void answer(question.id, { value: v });

  // one listener for the screen's lifetime; it calls the latest handler (a listener re-added on
  // every render would miss keys pressed between two renders)
  const onKeyRef = useRef<(e: KeyboardEvent) => void>(() => undefined);
  onKeyRef.current = (e: KeyboardEvent) => {
    if (e.ctrlKey || e.metaKey || e.altKey || isTextField(e.target) || document.querySelector('dialog[open]')) return;
    // a key typed right after → / ← belongs to the question moved to, even before it is drawn:
    // the address is already there, the screen follows a frame later
    const r = route.value;
    const at = r.name === 'question' && r.id === s.assessment.id ? Math.min(r.n - 1, list.length - 1) : i;
    const question = list[at]!.question;
    const pick = (v: AnswerValue) => void answer(question.id, { value: v });
    const key = e.key.toLowerCase();
    if (/^\d$/.test(key)) {
      const level = s.questionnaire.scale.levels.find((l) => l.value === Number(key));
      if (level) {
        e.preventDefault();
        pick({ kind: 'level', level: level.value });
      }
    } else if (key === 'w') {
      e.preventDefault();
      pick({ kind: 'dontKnow' });
    } else if (key === 'n' && question.allowNotApplicable) {
      e.preventDefault();
      pick({ kind: 'notApplicable' });
    } else if (e.key === 'ArrowRight') {
      e.preventDefault();
      go(at + 1);
    } else if (e.key === 'ArrowLeft') {
      e.preventDefault();
      go(at - 1);
    }
  };
  useLayoutEffect(() => {
    const onKey = (e: KeyboardEvent) => onKeyRef.current(e);
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const deps = question.dependsOn ?? [];
  return (
    <section class="screen question" aria-labelledby="question-title">
      <nav class="question-nav-top" aria-label={tx.overview}>
        <a class="back-link" href={hrefFor({ name: 'start' })}>
          ← {tx.toStart}
        </a>
        <span class="context">
          {s.assessment.office} · {perspectiveName(s.assessment.perspective, s.questionnaire)}
        </span>
        <a class="button quiet" href={hrefFor({ name: 'overview', id: s.assessment.id })}>
          {tx.overview}
        </a>
      </nav>
      <CorruptNotice records={s.corrupt} />
      {/* one column in portrait; in landscape the question and the note on the left, the answers on
          the right: every answer and the navigation fit on a tablet screen without scrolling */}
      <div class="question-body">
        <div class="question-head">
          <p class="dimension-title" lang={langOf(dimension.title)}>
            {localize(dimension.title, lang.value)}
          </p>
          <h1 id="question-title" tabIndex={-1} ref={heading} lang={langOf(question.text)}>
            {localize(question.text, lang.value)}
          </h1>
          {question.help && (
            <p class="help" lang={langOf(question.help)}>
              {localize(question.help, lang.value)}
            </p>
          )}
          {isChangedOpen(s, question.id) && <p class="notice warning changed-question">{tx.changedQuestion}</p>}
          {deps.length > 0 && (
            <p class="depends">
              {tx.dependsOn} {deps.map((d) => tx.dependency[d]).join(', ')}
            </p>
          )}
          {changedElsewhere.value > 0 && (
            <p class="visually-hidden" role="status">
              {tx.changedElsewhere}
            </p>
          )}
        </div>
        {/* keyed per question: reusing radios across questions lets the browser uncheck the new choice */}
        <LevelCards key={question.id} questionnaire={s.questionnaire} question={question} value={value} onChange={choose} />
        <div class="field note">
          <label for="note">{tx.note}</label>
          <textarea
            id="note"
            rows={2}
            maxLength={5000}
            aria-describedby="note-hint"
            value={record?.note ?? ''}
            onInput={(e) => void answer(question.id, { note: e.currentTarget.value })}
          />
          <p class="hint" id="note-hint">
            {tx.noteHint}
          </p>
        </div>
      </div>
      {/* navigation and progress: at the bottom of the screen, also while the page scrolls (at 200 % zoom, say) */}
      <div class="question-nav">
        <button type="button" class="button large" onClick={() => go(i - 1)} disabled={i === 0}>
          ← {tx.previous}
        </button>
        <div class="question-progress">
          <ProgressBar
            value={answered}
            max={list.length}
            label={`${tx.questionOf(i + 1, list.length)} · ${tx.answeredOf(answered, list.length)}`}
          />
          <SaveStatus />
        </div>
        <button type="button" class="button primary large" onClick={() => go(i + 1)}>
          {i === list.length - 1 ? tx.finish : tx.next} →
        </button>
      </div>
      <p class="keyboard-help">{tx.keyboardHelp(digitRange(s.questionnaire), question.allowNotApplicable)}</p>
    </section>
  );
}

/** The digit keys that choose a level: the scale's single-digit values, as „die Ziffern 0–4“. */
function digitRange(q: Questionnaire): string {
  const { min, max } = digitKeyRange(q);
  return wkt().digits(min, max);
}
