import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { newId } from '../../../app/ids';
import { addPlanItem, changePlanItem, openPlan, plan, removePlanItem } from '../../../app/plan';
import type { OpenWorkshop } from '../../../app/workshop';
import { planCsv } from '../../../core/csv';
import { fileSlug } from '../../../core/exchange';
import { selectMeasures } from '../../../core/measures';
import { lookupFrom, scoreAssessment } from '../../../core/scoring';
import { localize } from '../../../core/text';
import { PLAN_STATUS, consensusAssessment, planOrder, type PlanItem } from '../../../core/workshop';
import { useFocusHeading } from '../../components/useFocusHeading';
import { WorkshopGate } from '../../components/WorkshopGate';
import { formatDate, formatNumber, lang } from '../../i18n';
import { hrefFor } from '../../router';
import { download } from '../../shared/download';
import { pt } from './texts';
import { asShown, shownDifference } from '../../shared/format';
import { moderatorWindow } from '../../shared/windows';

/** The plan of measures of the workshop's office: accept suggestions, add own ones, give each an
 * owner, a due date and a status; print it or take it to Excel. */
export function PlanScreen({ id }: { id: string }) {
  return <WorkshopGate id={id}>{(s) => <PlanView s={s} />}</WorkshopGate>;
}

function PlanView({ s }: { s: OpenWorkshop }) {
  const tx = pt();
  const heading = useFocusHeading<HTMLHeadingElement>('plan');
  const w = s.workshop;
  const [title, setTitle] = useState('');
  const [titleError, setTitleError] = useState(false);
  const [status, setStatus] = useState('');
  useEffect(() => {
    void openPlan(w.office);
  }, [w.office]);
  const p = plan.value;
  // sorted (open first, then by due date) when the plan is opened; while it is being edited, an
  // item stays where it is (a changed status or date re-sorts it on the next visit), new ones last
  const shownOrder = useRef<string[]>([]);
  const items = p?.office === w.office && p.status === 'ready' ? stableOrder(shownOrder.current, planOrder(p.items)) : null;
  if (items) shownOrder.current = items.map((i) => i.id);
  const { suggestions, consensus } = useMemo(() => {
    const { assessment, answers } = consensusAssessment(w, w.updatedAt);
    const lookup = lookupFrom(answers);
    const score = scoreAssessment(s.questionnaire, lookup, assessment);
    return { suggestions: selectMeasures(s.questionnaire, score, 10, lookup), consensus: score };
  }, [w, s.questionnaire]);
  const dimensionName = (measureId?: string) => {
    const m = s.questionnaire.measures.find((x) => x.id === measureId);
    const d = m && s.questionnaire.dimensions.find((x) => x.id === m.dimension);
    return d ? localize(d.title, lang.value) : tx.planOwnMeasure;
  };
  // every edit is shown at once; a failed write stays on screen and in the problem banner
  const saved = (ok: boolean) => setStatus(ok ? tx.planSaved : '');
  const store = async (item: PlanItem) => saved(await addPlanItem(item));
  const make = (fields: Pick<PlanItem, 'title'> & Partial<PlanItem>): PlanItem => {
    const now = new Date().toISOString();
    return {
      id: newId(),
      office: w.office,
      questionnaireId: w.questionnaireId,
      owner: '',
      status: 'offen',
      workshopId: w.id,
      createdAt: now,
      updatedAt: now,
      ...fields,
    };
  };
  const update = (item: PlanItem, patch: Partial<Pick<PlanItem, 'owner' | 'due' | 'status'>>) =>
    void changePlanItem(item, patch).then(saved);
  const accepted = new Set((items ?? []).map((i) => i.measureId).filter(Boolean));
  const csv = () =>
    download({
      name: `massnahmenplan-${fileSlug(w.office)}-${w.date}.csv`,
      text: planCsv(
        items ?? [],
        lang.value,
        (i) => dimensionName(i.measureId),
        (st) => tx.statusNames[st],
      ),
      type: 'text/csv;charset=utf-8',
    });
  const suggestedSection = (
    <section class="no-print" aria-labelledby="plan-suggested-title">
      <h2 id="plan-suggested-title">{tx.planSuggested}</h2>
      {suggestions.length === 0 ? (
        <p>{tx.planSuggestedNone}</p>
      ) : (
        <ol class="measures">
          {suggestions.map(({ measure: m, reason }) => (
            <li key={m.id} class="measure" data-measure={m.id}>
              <h3 class="measure-title">{localize(m.title, lang.value)}</h3>
              <p class="measure-meta">
                {dimensionName(m.id)} ·{' '}
                {tx.measureReason(
                  formatNumber(reason.score),
                  reason.currentLevel,
                  reason.target,
                  formatNumber(shownDifference(reason.target, reason.score)),
                )}
              </p>
              {accepted.has(m.id) ? (
                <p>✓ {tx.planAccepted}</p>
              ) : (
                <button
                  type="button"
                  class="button"
                  aria-label={`${tx.planAccept}: ${localize(m.title, lang.value)}`}
                  onClick={() => void store(make({ title: localize(m.title, lang.value).slice(0, 200), measureId: m.id }))}
                >
                  {tx.planAccept}
                </button>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
  // where the shown Ist is below the Soll (as the figures read)
  const below = consensus.dimensions
    .filter((d) => d.score !== null && asShown(d.score) < d.target)
    .map(
      (d) =>
        `${localize(s.questionnaire.dimensions.find((x) => x.id === d.dimensionId)!.title, lang.value)} (${tx.istSoll(formatNumber(d.score!), String(d.target))})`,
    );
  // an empty plan starts from the suggestions; they stay there for this visit (the button just
  // pressed does not move away under the finger)
  const emptyAtOpen = useRef<boolean | null>(null);
  if (items !== null && emptyAtOpen.current === null) emptyAtOpen.current = items.length === 0;
  const empty = emptyAtOpen.current === true;
  return (
    <article class="report plan" aria-labelledby="plan-title">
      <div class="report-actions no-print">
        {/* back to the window's own view: the moderator's window never becomes a second projector */}
        {window.name === moderatorWindow(w.id) ? (
          <a class="back-link" href={hrefFor({ name: 'moderator', id: w.id })}>
            ← {tx.moderatorViewShort}
          </a>
        ) : (
          <a class="back-link" href={hrefFor({ name: 'workshop', id: w.id })}>
            ← {tx.projectorView}
          </a>
        )}
        <button type="button" class="button primary" onClick={() => window.print()}>
          {tx.planPrint}
        </button>
        <button type="button" class="button" onClick={csv}>
          {tx.planCsv}
        </button>
      </div>
      <h1 id="plan-title" tabIndex={-1} ref={heading}>
        {tx.planTitle(w.office)}
      </h1>
      <p class="hint">
        {formatDate(w.date)}
        {w.moderator ? ` · ${tx.moderatorShort}: ${w.moderator}` : ''} · {tx.workshopParticipants}: {w.participants}
      </p>
      <p class="no-print">{tx.planIntro}</p>
      {/* the consensus the plan answers: on paper beside the plan */}
      <section class="plan-consensus print-only" aria-labelledby="plan-consensus-title">
        <h2 id="plan-consensus-title">{tx.planConsensus}</h2>
        <p>
          {tx.planConsensusOverall(consensus.overall === null ? '–' : formatNumber(consensus.overall))}
          {below.length > 0 && ` ${tx.planBelowTarget} ${below.join('; ')}`}
        </p>
      </section>
      {/* an empty plan starts from the suggestions */}
      {empty && suggestedSection}
      <section aria-labelledby="plan-items-title">
        <h2 id="plan-items-title">{tx.planItems}</h2>
        {p?.status === 'ready' && p.errors.length > 0 && (
          <div class="notice warning no-print" role="status">
            <p>{tx.planUnreadable(p.errors.length)}</p>
            <ul>
              {p.errors.slice(0, 20).map((e, i) => (
                <li key={i}>{e}</li>
              ))}
            </ul>
          </div>
        )}
        {p?.status === 'failed' ? (
          <p class="notice error">{tx.openFailed}</p>
        ) : items === null ? (
          <p>{tx.loading}</p>
        ) : items.length === 0 ? (
          <p>{tx.planEmpty}</p>
        ) : (
          <>
            {items.some((i) => i.workshopId !== w.id) && <p class="hint no-print">{tx.planEarlier}</p>}
            <ol class="plan-items no-print">
              {items.map((item) => (
                <li key={item.id} class="plan-item" data-plan-item={item.id}>
                  <h3 class="plan-item-title">{item.title}</h3>
                  <p class="hint">{dimensionName(item.measureId)}</p>
                  <div class="plan-fields no-print">
                    <label>
                      {tx.planOwner}
                      <input
                        type="text"
                        value={item.owner}
                        maxLength={200}
                        onChange={(e) => update(item, { owner: e.currentTarget.value })}
                      />
                    </label>
                    <label>
                      {tx.planDue}
                      <input type="date" value={item.due ?? ''} onChange={(e) => update(item, { due: e.currentTarget.value })} />
                    </label>
                    <label>
                      {tx.planStatus}
                      <select value={item.status} onChange={(e) => update(item, { status: e.currentTarget.value as PlanItem['status'] })}>
                        {PLAN_STATUS.map((st) => (
                          <option key={st} value={st}>
                            {tx.statusNames[st]}
                          </option>
                        ))}
                      </select>
                    </label>
                    <button type="button" class="button danger-quiet" onClick={() => void removePlanItem(item).then(saved)}>
                      {tx.planRemove}
                    </button>
                  </div>
                </li>
              ))}
            </ol>
            {/* on paper: the table a civil servant expects */}
            <table class="plan-table print-only">
              <thead>
                <tr>
                  <th scope="col">{tx.colNo}</th>
                  <th scope="col">{tx.colMeasure}</th>
                  <th scope="col">{tx.planOwner}</th>
                  <th scope="col">{tx.colDue}</th>
                  <th scope="col">{tx.planStatus}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((item, i) => (
                  <tr key={item.id}>
                    <td>{i + 1}.</td>
                    <td>
                      <strong>{item.title}</strong>
                      <span class="cell-note">{dimensionName(item.measureId)}</span>
                    </td>
                    <td>{item.owner || '–'}</td>
                    <td>{item.due ? formatDate(item.due) : '–'}</td>
                    <td>{tx.statusNames[item.status]}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
      </section>
      {!empty && suggestedSection}
      <section class="no-print" aria-labelledby="plan-own-title">
        <h2 id="plan-own-title">{tx.planOwn}</h2>
        <form
          class="plan-own"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            if (!title.trim()) {
              setTitleError(true);
              return;
            }
            setTitleError(false);
            void store(make({ title: title.trim() })).then(() => setTitle(''));
          }}
        >
          <label for="plan-own-input">{tx.planOwnTitle}</label>
          <input
            id="plan-own-input"
            type="text"
            value={title}
            maxLength={200}
            aria-invalid={titleError ? 'true' : undefined}
            aria-describedby={titleError ? 'plan-own-error' : undefined}
            onInput={(e) => setTitle(e.currentTarget.value)}
          />
          <button type="submit" class="button">
            {tx.planAdd}
          </button>
          {titleError && (
            <p class="field-error" id="plan-own-error">
              {tx.planTitleMissing}
            </p>
          )}
        </form>
      </section>
      <p role="status" class="save-status no-print">
        {status}
      </p>
      <p class="report-footer">{tx.planCreated(formatDate(new Date().toISOString().slice(0, 10)))}</p>
    </article>
  );
}

/** `sorted` in the order shown so far (`shown`, ids), items not shown yet after them in sorted order. */
function stableOrder(shown: readonly string[], sorted: readonly PlanItem[]): PlanItem[] {
  const at = new Map(shown.map((id, i) => [id, i]));
  const known = sorted.filter((x) => at.has(x.id)).sort((a, b) => at.get(a.id)! - at.get(b.id)!);
  return [...known, ...sorted.filter((x) => !at.has(x.id))];
}
