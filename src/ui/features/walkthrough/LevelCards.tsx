import type { AnswerValue } from '../../../core/assessment';
import type { Question, Questionnaire } from '../../../core/questionnaire';
import { localize, type Lang } from '../../../core/text';
import { lang } from '../../i18n';
import { wkt } from './texts';
import { langOf } from '../../shared/content-lang';

/** Key of an answer value for the radio group ("2", "dontKnow", "notApplicable"). */
export function answerKey(v: AnswerValue | null | undefined): string | null {
  if (!v) return null;
  return v.kind === 'level' ? String(v.level) : v.kind;
}

/** The level descriptors as selectable cards, plus "weiß nicht" and "trifft nicht zu". A level card
 * shows the level's number and this question's descriptor only: the scale's generic name („nicht
 * vorhanden“) need not fit what the descriptor says, so it is not put above it. */
export function LevelCards({
  questionnaire,
  question,
  value,
  onChange,
}: {
  questionnaire: Questionnaire;
  question: Question;
  value: AnswerValue | null;
  onChange: (v: AnswerValue) => void;
}) {
  const tx = wkt();
  const current = answerKey(value);
  const name = `answer-${question.id}`;
  const card = (v: AnswerValue, mark: string, label: string | undefined, text: string, srPrefix?: string, contentLang?: Lang) => (
    <AnswerCard
      key={answerKey(v)}
      name={name}
      value={v}
      mark={mark}
      label={label}
      text={text}
      srPrefix={srPrefix}
      contentLang={contentLang}
      checked={current === answerKey(v)}
      onChange={onChange}
    />
  );
  return (
    <fieldset class="levels">
      <legend class="visually-hidden">{tx.yourAnswer}</legend>
      <div class="level-cards">
        {questionnaire.scale.levels.map((level, i) =>
          card(
            { kind: 'level', level: level.value },
            String(level.value),
            undefined,
            localize(question.levels[i]!, lang.value),
            `${tx.level(level.value)}: `,
            langOf(question.levels[i]),
          ),
        )}
      </div>
      <div class="level-cards other">
        {card({ kind: 'dontKnow' }, 'W', tx.dontKnow, tx.dontKnowHint)}
        {question.allowNotApplicable && card({ kind: 'notApplicable' }, 'N', tx.notApplicable, tx.notApplicableHint)}
      </div>
    </fieldset>
  );
}

/** One answer as a card: a native radio, a visible mark (level number, W, N), a name and a text. */
function AnswerCard(props: {
  name: string;
  value: AnswerValue;
  mark: string;
  /** the answer's name („Weiß nicht“); none on a level card */
  label?: string | undefined;
  text: string;
  /** read to screen readers before the label (the mark itself is hidden from them) */
  srPrefix?: string | undefined;
  /** the language of the questionnaire's texts where it is not the UI's */
  contentLang?: Lang | undefined;
  checked: boolean;
  onChange: (v: AnswerValue) => void;
}) {
  const key = answerKey(props.value)!;
  const other = props.value.kind !== 'level';
  return (
    <label class={`level-card${other ? ' other' : ''}${props.checked ? ' selected' : ''}`} data-level={other ? undefined : key}>
      <input type="radio" name={props.name} value={key} checked={props.checked} onChange={() => props.onChange(props.value)} />
      <span class="level-number" aria-hidden="true">
        {props.mark}
      </span>
      <span class="level-body">
        {props.srPrefix && <span class="visually-hidden">{props.srPrefix}</span>}
        {props.label && <span class="level-name">{props.label}</span>}
        <span class="level-text" lang={props.contentLang}>
          {props.text}
        </span>
      </span>
    </label>
  );
}
