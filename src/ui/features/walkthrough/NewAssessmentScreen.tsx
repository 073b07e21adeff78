import { useEffect, useState } from 'preact/hooks';
import { createAssessment, listOfficeNames } from '../../../app/assessments';
import { newId, today } from '../../../app/ids';
import {
  DEFAULT_QUESTIONNAIRE,
  choosableQuestionnaires,
  loadStoredQuestionnaires,
  suggestedQuestionnaire,
} from '../../../app/questionnaires';
import { perspectivesFor } from '../../../core/assessment';
import { localize } from '../../../core/text';
import { useFocusHeading } from '../../components/useFocusHeading';
import { lang } from '../../i18n';
import { langOf, languageNames } from '../../shared/content-lang';
import { hrefFor, navigate } from '../../router';
import { wkt } from './texts';

/** The form that starts an assessment: office, perspective, questionnaire (any on the device, the
 * newest version of each; `questionnaire` preselects one), optional name, date. */
export function NewAssessmentScreen({ questionnaire }: { questionnaire?: string }) {
  const tx = wkt();
  const heading = useFocusHeading<HTMLHeadingElement>('new');
  const [offices, setOffices] = useState<string[]>([]);
  const [office, setOffice] = useState('');
  const [questionnaireId, setQuestionnaireId] = useState(questionnaire ?? DEFAULT_QUESTIONNAIRE);
  // chosen by the person (or from the library): the office name no longer suggests one
  const [chosen, setChosen] = useState(questionnaire !== undefined);
  const [fullText, setFullText] = useState<ReadonlySet<string>>(new Set());
  const [perspective, setPerspective] = useState('mitarbeitende');
  const [respondent, setRespondent] = useState('');
  const [date, setDate] = useState(today());
  const [officeError, setOfficeError] = useState(false);
  const [busy, setBusy] = useState(false);
  // one id per form: pressed again after a failed write, the button never makes a second copy
  const [id] = useState(newId);

  useEffect(() => {
    void listOfficeNames().then(setOffices);
    void loadStoredQuestionnaires();
  }, []);

  const choices = choosableQuestionnaires();
  const q = choices.find((x) => x.id === questionnaireId);
  const perspectives = q ? perspectivesFor(q) : [];
  // a perspective the chosen questionnaire does not have (another one was chosen since) falls back
  const perspectiveShown = perspectives.some((p) => p.id === perspective) ? perspective : 'mitarbeitende';

  const onSubmit = async (e: Event) => {
    e.preventDefault();
    const name = office.trim();
    if (!name) {
      setOfficeError(true);
      document.getElementById('office')?.focus();
      return;
    }
    if (!q || busy) return;
    setBusy(true);
    const now = new Date().toISOString();
    const created = await createAssessment({
      id,
      questionnaireId: q.id,
      questionnaireVersion: q.version,
      office: name,
      perspective: perspectiveShown,
      ...(respondent.trim() ? { respondent: respondent.trim() } : {}),
      date: /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : today(),
      createdAt: now,
      updatedAt: now,
      targets: {},
    });
    setBusy(false);
    // a failed write is shown by the problem banner; the form stays as it is, to try again
    if (created) navigate({ name: 'question', id, n: 1 });
  };

  return (
    <section class="screen new" aria-labelledby="new-title">
      <a class="back-link" href={hrefFor({ name: 'start' })}>
        ← {tx.toStart}
      </a>
      <h1 id="new-title" tabIndex={-1} ref={heading}>
        {tx.newTitle}
      </h1>
      <form class="form" onSubmit={(e) => void onSubmit(e)} noValidate>
        <div class="field">
          <label for="office">{tx.officeLabel}</label>
          <p class="hint" id="office-hint">
            {tx.officeHint}
          </p>
          <input
            id="office"
            name="office"
            type="text"
            list="office-names"
            autoComplete="organization"
            maxLength={200}
            value={office}
            aria-describedby={officeError ? 'office-hint office-error' : 'office-hint'}
            aria-invalid={officeError}
            required
            onInput={(e) => {
              const name = e.currentTarget.value;
              setOffice(name);
              if (name.trim()) setOfficeError(false);
              // a Gesundheitsamt gets the worked example's questionnaire, until one is chosen by hand
              if (!chosen)
                setQuestionnaireId(
                  suggestedQuestionnaire(
                    name,
                    choices.map((c) => c.id),
                  ),
                );
            }}
          />
          <datalist id="office-names">
            {offices.map((o) => (
              <option key={o} value={o} />
            ))}
          </datalist>
          {officeError && (
            <p class="field-error" id="office-error">
              {tx.officeRequired}
            </p>
          )}
        </div>

        <fieldset class="field">
          <legend>{tx.questionnaireLabel}</legend>
          <div class="choice-list">
            {choices.map((qq) => {
              const full = fullText.has(qq.id);
              return (
                <div class="choice-item" key={qq.id}>
                  <label class="choice">
                    <input
                      type="radio"
                      name="questionnaire"
                      value={qq.id}
                      checked={questionnaireId === qq.id}
                      onChange={() => {
                        setQuestionnaireId(qq.id);
                        setChosen(true);
                      }}
                    />
                    <span class="choice-body">
                      <span class="choice-title" lang={langOf(qq.title)}>
                        {localize(qq.title, lang.value)}
                      </span>
                      <span class="choice-facts">
                        {tx.questionnaireFacts(
                          qq.version,
                          qq.questions,
                          qq.languages.includes(lang.value) ? '' : languageNames(qq.languages),
                        )}
                      </span>
                      {/* two lines on screen; the whole text on request (a screen reader reads it all) */}
                      <span id={`desc-${qq.id}`} class={full ? 'choice-text' : 'choice-text clamped'} lang={langOf(qq.description)}>
                        {localize(qq.description, lang.value)}
                      </span>
                    </span>
                  </label>
                  <button
                    type="button"
                    class="link-button choice-more"
                    aria-expanded={full}
                    aria-controls={`desc-${qq.id}`}
                    onClick={() => setFullText((s) => (s.has(qq.id) ? new Set([...s].filter((x) => x !== qq.id)) : new Set([...s, qq.id])))}
                  >
                    {full ? tx.lessText : tx.moreText}
                  </button>
                </div>
              );
            })}
          </div>
          <p class="actions compact">
            <a class="button quiet" href={hrefFor({ name: 'library' })}>
              {tx.toLibrary}
            </a>
          </p>
        </fieldset>

        <fieldset class="field">
          <legend>{tx.perspectiveLabel}</legend>
          <div class="chips">
            {perspectives.map((p) => (
              <label key={p.id} class="chip">
                <input
                  type="radio"
                  name="perspective"
                  value={p.id}
                  checked={perspectiveShown === p.id}
                  onChange={() => setPerspective(p.id)}
                />
                <span>{localize(p.label, lang.value)}</span>
              </label>
            ))}
          </div>
        </fieldset>

        <div class="field">
          <label for="respondent">{tx.respondentLabel}</label>
          <p class="hint" id="respondent-hint">
            {tx.respondentHint}
          </p>
          <input
            id="respondent"
            name="respondent"
            type="text"
            maxLength={200}
            autoComplete="off"
            value={respondent}
            aria-describedby="respondent-hint"
            onInput={(e) => setRespondent(e.currentTarget.value)}
          />
        </div>

        <div class="field">
          <label for="date">{tx.dateLabel}</label>
          <input id="date" name="date" type="date" value={date} onInput={(e) => setDate(e.currentTarget.value)} />
        </div>

        <div class="actions">
          <button type="submit" class="button primary large" disabled={!q || busy}>
            {tx.start}
          </button>
        </div>
      </form>
    </section>
  );
}
