import type { AnswerValue } from '../../core/assessment';
import type { Question, Questionnaire } from '../../core/questionnaire';
import { localize } from '../../core/text';
import { lang, t } from '../i18n';

/** Key of an answer value for the radio group ("2", "dontKnow", "notApplicable"). */
export function answerKey(v: AnswerValue | null | undefined): string | null {
  if (!v) return null;
  return v.kind === 'level' ? String(v.level) : v.kind;
}

/** The level descriptors as large selectable cards, plus "weiß nicht" and "trifft nicht zu". */
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
  const tx = t();
  const current = answerKey(value);
  const name = `answer-${question.id}`;
  return (
    <fieldset class="levels">
      <legend class="visually-hidden">{tx.yourAnswer}</legend>
      <div class="level-cards">
        {questionnaire.scale.levels.map((level, i) => {
          const key = String(level.value);
          const descriptor = question.levels[i]!;
          return (
            <label key={key} class={`level-card${current === key ? ' selected' : ''}`} data-level={key}>
              <input
                type="radio"
                name={name}
                value={key}
                checked={current === key}
                onChange={() => onChange({ kind: 'level', level: level.value })}
              />
              <span class="level-head">
                <span class="level-number" aria-hidden="true">
                  {level.value}
                </span>
                <span class="level-name">
                  <span class="visually-hidden">{tx.level(level.value)}: </span>
                  {localize(level.label, lang.value)}
                </span>
              </span>
              <span class="level-text">{localize(descriptor, lang.value)}</span>
            </label>
          );
        })}
      </div>
      <div class="level-cards other">
        <OtherCard
          name={name}
          kind="dontKnow"
          mark="W"
          label={tx.dontKnow}
          hint={tx.dontKnowHint}
          checked={current === 'dontKnow'}
          onChange={onChange}
        />
        {question.allowNotApplicable && (
          <OtherCard
            name={name}
            kind="notApplicable"
            mark="N"
            label={tx.notApplicable}
            hint={tx.notApplicableHint}
            checked={current === 'notApplicable'}
            onChange={onChange}
          />
        )}
      </div>
    </fieldset>
  );
}

/** "Weiß nicht" / "trifft nicht zu": answers that are counted, not scored. */
function OtherCard(props: {
  name: string;
  kind: 'dontKnow' | 'notApplicable';
  mark: string;
  label: string;
  hint: string;
  checked: boolean;
  onChange: (v: AnswerValue) => void;
}) {
  return (
    <label class={`level-card other${props.checked ? ' selected' : ''}`}>
      <input
        type="radio"
        name={props.name}
        value={props.kind}
        checked={props.checked}
        onChange={() => props.onChange({ kind: props.kind })}
      />
      <span class="level-head">
        <span class="level-number" aria-hidden="true">
          {props.mark}
        </span>
        <span class="level-name">{props.label}</span>
      </span>
      <span class="level-text">{props.hint}</span>
    </label>
  );
}
