import { aggregate } from '../../../core/aggregate';
import { disagreementAgenda } from '../../../core/compare';
import type { Questionnaire } from '../../../core/questionnaire';
import { questionById } from '../../../core/questionnaire';
import { lookupFrom } from '../../../core/scoring';
import { localize } from '../../../core/text';
import type { StoredItem } from '../../../app/items';
import { formatNumber, lang } from '../../i18n';
import { CompareRadar, TableBox, dimTitle, num } from './parts';
import { ct } from './texts';

/** The respondents of one office: where they disagree, median and spread per dimension. */
export function RespondentsView({ q, items }: { q: Questionnaire; items: StoredItem[] }) {
  const tx = ct();
  const agg = aggregate(
    q,
    items.map((i) => ({ assessment: i.assessment, answer: lookupFrom(i.answers) })),
  );
  const agenda = disagreementAgenda(agg);
  const questionText = (id: string) => {
    const found = questionById(q, id);
    return found ? localize(found.question.text, lang.value) : id;
  };
  return (
    <>
      <section aria-labelledby="agenda-title" class="agenda">
        <h2 id="agenda-title">{tx.agendaTitle(agenda.length)}</h2>
        <p class="hint">{tx.agendaIntro}</p>
        {agenda.length > 0 && (
          <ol>
            {agenda.map((x) => (
              <li key={x.questionId}>
                <span class="agenda-question">{questionText(x.questionId)}</span>{' '}
                <span class="hint">
                  {dimTitle(q, x.dimensionId)} · {tx.levelsFromTo(x.spread.min, x.spread.max)} · {tx.histogram(x.histogram)}
                </span>
              </li>
            ))}
          </ol>
        )}
      </section>
      <CompareRadar
        q={q}
        series={[
          { label: tx.seriesMedian(agg.respondents), data: agg.dimensions.map((d) => d.spread?.median ?? null) },
          { label: tx.seriesSoll, data: agg.dimensions.map((d) => d.target) },
        ]}
        caption={tx.radarRespondents}
        tableId="compare-table"
      />
      <TableBox caption={tx.respondentsCaption(agg.respondents)}>
        <thead>
          <tr>
            <th scope="col">{tx.colDimension}</th>
            <th scope="col" class="num">
              {tx.colMedian}
            </th>
            <th scope="col" class="num">
              {tx.colRange}
            </th>
            <th scope="col" class="num">
              {tx.colIqr}
            </th>
            <th scope="col" class="num">
              {tx.colDisagreements}
            </th>
          </tr>
        </thead>
        <tbody>
          {agg.dimensions.map((d) => (
            <tr key={d.dimensionId} data-dimension={d.dimensionId}>
              <th scope="row">{dimTitle(q, d.dimensionId)}</th>
              <td class="num">{num(d.spread?.median ?? null)}</td>
              <td class="num">{d.spread ? `${formatNumber(d.spread.min)} – ${formatNumber(d.spread.max)}` : '–'}</td>
              <td class="num">{d.spread ? `${formatNumber(d.spread.q1)} – ${formatNumber(d.spread.q3)}` : '–'}</td>
              <td class="num">{d.disagreements}</td>
            </tr>
          ))}
        </tbody>
      </TableBox>
    </>
  );
}
