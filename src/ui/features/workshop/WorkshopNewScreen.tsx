import { useEffect, useState } from 'preact/hooks';
import { newId, today } from '../../../app/ids';
import { loadAllItems, type StoredItem } from '../../../app/items';
import { DEFAULT_QUESTIONNAIRE, choosableQuestionnaires, indexEntry, loadStoredQuestionnaires } from '../../../app/questionnaires';
import { listWorkshops, startWorkshop } from '../../../app/workshop';
import { WORKSHOP_PERSPECTIVE } from '../../../core/assessment';
import { clampParticipants, type Workshop } from '../../../core/workshop';
import { useFocusHeading } from '../../components/useFocusHeading';
import { formatDate } from '../../i18n';
import { perspectiveName, questionnaireName } from '../../labels';
import { hrefFor, navigate } from '../../router';
import { wt } from './texts';
import { langOf } from '../../shared/content-lang';

const norm = (s: string) => s.trim().toLocaleLowerCase('de');

/** Prepare a workshop: office, questionnaire, date, moderator, participants, pre-votes. */
export function WorkshopNewScreen() {
  const tx = wt();
  const heading = useFocusHeading<HTMLHeadingElement>('workshop-new');
  const [items, setItems] = useState<StoredItem[]>([]);
  const [earlier, setEarlier] = useState<Workshop[]>([]);
  const [office, setOffice] = useState('');
  const [questionnaireId, setQuestionnaireId] = useState(DEFAULT_QUESTIONNAIRE);
  const [date, setDate] = useState(today());
  const [moderator, setModerator] = useState('');
  const [participants, setParticipants] = useState('');
  const [unchecked, setUnchecked] = useState<Set<string>>(new Set());
  const [error, setError] = useState(false);
  const [busy, setBusy] = useState(false);
  // one id per form: pressed again after a failed write, the button never makes a second workshop
  const [ids] = useState(() => ({ workshop: newId(), consensus: newId() }));
  useEffect(() => {
    void loadAllItems().then(setItems, () => setItems([]));
    void listWorkshops().then(setEarlier);
    void loadStoredQuestionnaires();
  }, []);
  // every questionnaire on the device, the newest version of each
  const choices = choosableQuestionnaires();
  const q = choices.find((x) => x.id === questionnaireId);
  const offices = [...new Set(items.map((i) => i.assessment.office))].sort((a, b) => a.localeCompare(b, 'de'));
  const candidates = items.filter(
    (i) =>
      office.trim() &&
      norm(i.assessment.office) === norm(office) &&
      i.assessment.questionnaireId === questionnaireId &&
      i.assessment.questionnaireVersion === q?.version &&
      i.assessment.perspective !== WORKSHOP_PERSPECTIVE.id,
  );
  const chosen = candidates.filter((c) => !unchecked.has(c.assessment.id));

  const submit = async (e: Event) => {
    e.preventDefault();
    if (!office.trim()) {
      setError(true);
      document.getElementById('ws-office')?.focus();
      return;
    }
    if (!q || busy) return;
    setBusy(true);
    const created = await startWorkshop(
      {
        id: ids.workshop,
        office: office.trim(),
        questionnaireId: q.id,
        questionnaireVersion: q.version,
        date: /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : today(),
        ...(moderator.trim() ? { moderator: moderator.trim() } : {}),
        preVotes: chosen.map((c) => c.assessment.id),
        consensusId: ids.consensus,
        createdAt: new Date().toISOString(),
      },
      clampParticipants(Number(participants) || chosen.length),
    );
    setBusy(false);
    // a failed write is shown by the problem banner; the form stays, to try again
    if (created) navigate({ name: 'workshop', id: ids.workshop });
  };

  return (
    <section class="screen" aria-labelledby="ws-new-title">
      <a class="back-link" href={hrefFor({ name: 'start' })}>
        ← {tx.toStart}
      </a>
      <h1 id="ws-new-title" tabIndex={-1} ref={heading}>
        {tx.workshopNew}
      </h1>
      <p class="lead">{tx.workshopIntro}</p>
      {earlier.length > 0 && (
        <section aria-labelledby="ws-earlier">
          <h2 id="ws-earlier">{tx.workshopEarlier}</h2>
          <ul class="check-list">
            {earlier.map((w) => (
              <li key={w.id}>
                <a class="button quiet" href={hrefFor({ name: 'workshop', id: w.id })}>
                  {tx.workshopResume(w.office, formatDate(w.date))} ({tx.agreedOf(Object.keys(w.agreed).length, countOf(w))})
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
      <form class="form" onSubmit={(e) => void submit(e)} noValidate>
        <div class="field">
          <label for="ws-office">{tx.workshopOffice}</label>
          <input
            id="ws-office"
            type="text"
            list="ws-offices"
            autoComplete="off"
            value={office}
            aria-invalid={error && !office.trim() ? 'true' : undefined}
            aria-describedby={error && !office.trim() ? 'ws-office-error' : undefined}
            onInput={(e) => setOffice(e.currentTarget.value)}
          />
          <datalist id="ws-offices">
            {offices.map((o) => (
              <option key={o} value={o} />
            ))}
          </datalist>
          {error && !office.trim() && (
            <p class="field-error" id="ws-office-error">
              {tx.officeMissing}
            </p>
          )}
        </div>
        <fieldset class="field">
          <legend>{tx.questionnaireLabel}</legend>
          <div class="choice-list">
            {choices.map((x) => (
              <label class="choice" key={x.id}>
                <input type="radio" name="ws-q" checked={questionnaireId === x.id} onChange={() => setQuestionnaireId(x.id)} />
                <span class="choice-body">
                  <span class="choice-title" lang={langOf(x.title)}>
                    {questionnaireName(x.id, x)}
                  </span>
                  <span class="choice-text">{tx.versionOf(x.version)}</span>
                </span>
              </label>
            ))}
          </div>
        </fieldset>
        <div class="field">
          <label for="ws-date">{tx.workshopDate}</label>
          <input id="ws-date" type="date" value={date} onInput={(e) => setDate(e.currentTarget.value)} />
        </div>
        <div class="field">
          <label for="ws-moderator">{tx.workshopModerator}</label>
          <input id="ws-moderator" type="text" value={moderator} maxLength={200} onInput={(e) => setModerator(e.currentTarget.value)} />
        </div>
        <div class="field">
          <label for="ws-participants">{tx.workshopParticipants}</label>
          <input
            id="ws-participants"
            type="number"
            inputMode="numeric"
            min={0}
            max={10000}
            value={participants}
            placeholder={String(chosen.length)}
            onInput={(e) => setParticipants(e.currentTarget.value)}
          />
        </div>
        <fieldset class="field">
          <legend>{tx.workshopPreVotes}</legend>
          <p class="hint">{tx.workshopPreVotesHint}</p>
          {candidates.length === 0 ? (
            <p class="hint">
              {tx.workshopNoPreVotes} <a href={hrefFor({ name: 'import' })}>{tx.importTitle}</a>
            </p>
          ) : (
            <ul class="check-list">
              {candidates.map(({ assessment: a }) => (
                <li key={a.id}>
                  <label class="check">
                    <input
                      type="checkbox"
                      checked={!unchecked.has(a.id)}
                      onChange={() => {
                        const next = new Set(unchecked);
                        if (next.has(a.id)) next.delete(a.id);
                        else next.add(a.id);
                        setUnchecked(next);
                      }}
                    />{' '}
                    {[perspectiveName(a.perspective, q), a.respondent, formatDate(a.date)].filter(Boolean).join(' · ')}
                  </label>
                </li>
              ))}
            </ul>
          )}
        </fieldset>
        <button type="submit" class="button primary large">
          {tx.workshopStart}
        </button>
      </form>
    </section>
  );
}

function countOf(w: Workshop): number {
  return indexEntry(w.questionnaireId, w.questionnaireVersion)?.questions ?? 0;
}
