import { useEffect, useState } from 'preact/hooks';
import { perspectivesFor } from '../../core/assessment';
import { questionCount } from '../../core/progress';
import { localize } from '../../core/text';
import { createAssessment, listOfficeNames } from '../../storage/assessments';
import { requestPersistentStorage } from '../../storage/persistence';
import { announceChange } from '../../storage/sync';
import { useFocusHeading } from '../components/useFocusHeading';
import { lang, t } from '../i18n';
import { newId, today } from '../ids';
import { DEFAULT_QUESTIONNAIRE, bundledIds, loadAllQuestionnaires, questionnaires } from '../questionnaires';
import { hrefFor, navigate } from '../router';

/** The form that starts an assessment: office, perspective, questionnaire, optional name, date. */
export function NewAssessmentScreen() {
  const tx = t();
  const heading = useFocusHeading<HTMLHeadingElement>('new');
  const [offices, setOffices] = useState<string[]>([]);
  const [office, setOffice] = useState('');
  const [questionnaireId, setQuestionnaireId] = useState(DEFAULT_QUESTIONNAIRE);
  const [perspective, setPerspective] = useState('mitarbeitende');
  const [respondent, setRespondent] = useState('');
  const [date, setDate] = useState(today());
  const [officeError, setOfficeError] = useState(false);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void listOfficeNames().then(setOffices);
    void loadAllQuestionnaires();
  }, []);

  const q = questionnaires.value.get(questionnaireId);
  const perspectives = q ? perspectivesFor(q) : [];

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
    const id = newId();
    await createAssessment({
      id,
      questionnaireId: q.id,
      questionnaireVersion: q.version,
      office: name,
      perspective,
      ...(respondent.trim() ? { respondent: respondent.trim() } : {}),
      date: /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : today(),
      createdAt: now,
      updatedAt: now,
      targets: {},
    });
    announceChange({ type: 'assessments' });
    void requestPersistentStorage();
    navigate({ name: 'question', id, index: 0 });
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
              setOffice(e.currentTarget.value);
              if (e.currentTarget.value.trim()) setOfficeError(false);
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
            {bundledIds().map((id) => {
              const qq = questionnaires.value.get(id);
              return (
                <label key={id} class="choice">
                  <input
                    type="radio"
                    name="questionnaire"
                    value={id}
                    checked={questionnaireId === id}
                    onChange={() => setQuestionnaireId(id)}
                  />
                  <span class="choice-body">
                    <span class="choice-title">{qq ? localize(qq.title, lang.value) : id}</span>
                    {qq && (
                      <span class="choice-text">
                        {localize(qq.description, lang.value)} ({tx.questionsCount(questionCount(qq))})
                      </span>
                    )}
                  </span>
                </label>
              );
            })}
          </div>
        </fieldset>

        <fieldset class="field">
          <legend>{tx.perspectiveLabel}</legend>
          <div class="chips">
            {perspectives.map((p) => (
              <label key={p.id} class="chip">
                <input type="radio" name="perspective" value={p.id} checked={perspective === p.id} onChange={() => setPerspective(p.id)} />
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
