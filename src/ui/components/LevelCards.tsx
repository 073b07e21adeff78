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
        <label class={`level-card other${current === 'dontKnow' ? ' selected' : ''}`}>
          <input
            type="radio"
            name={name}
            value="dontKnow"
            checked={current === 'dontKnow'}
            onChange={() => onChange({ kind: 'dontKnow' })}
          />
          <span class="level-head">
            <span class="level-number" aria-hidden="true">
              W
            </span>
            <span class="level-name">{tx.dontKnow}</span>
          </span>
          <span class="level-text">{tx.dontKnowHint}</span>
        </label>
        {question.allowNotApplicable && (
          <label class={`level-card other${current === 'notApplicable' ? ' selected' : ''}`}>
            <input
              type="radio"
              name={name}
              value="notApplicable"
              checked={current === 'notApplicable'}
              onChange={() => onChange({ kind: 'notApplicable' })}
            />
            <span class="level-head">
              <span class="level-number" aria-hidden="true">
                N
              </span>
              <span class="level-name">{tx.notApplicable}</span>
            </span>
            <span class="level-text">{tx.notApplicableHint}</span>
          </label>
        )}
      </div>
    </fieldset>
  );
}
