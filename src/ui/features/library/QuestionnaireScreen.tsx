import { useEffect, useState } from 'preact/hooks';
import { isBundled, knownQuestionnaires, libraryEntries, questionnaireUsage, versionKey } from '../../../app/questionnaires';
import type { Questionnaire } from '../../../core/questionnaire';
import { localize, type LocalizedText } from '../../../core/text';
import { useFocusHeading } from '../../components/useFocusHeading';
import { formatNumber, lang } from '../../i18n';
import { hrefFor } from '../../router';
import { LanguageNote, SourceNote, langOf, languageNames } from '../../shared/content-lang';
import { levelName } from '../../shared/level-name';
import { lt } from './texts';

/** One questionnaire in full: what it is for, its source and licence, its scale, its dimensions
 * with their descriptions and questions. */
export function QuestionnaireScreen({ id, version }: { id: string; version: string }) {
  const tx = lt();
  const heading = useFocusHeading<HTMLHeadingElement>(`${id}@${version}`);
  const [q, setQ] = useState<Questionnaire | null | undefined>(undefined);
  const [usage, setUsage] = useState<{ assessments: number; workshops: number } | null>(null);
  useEffect(() => {
    void knownQuestionnaires().then((find) => setQ(find(id, version) ?? null));
    void questionnaireUsage().then((u) => setUsage(u.get(versionKey(id, version)) ?? { assessments: 0, workshops: 0 }));
  }, [id, version]);

  const back = (
    <a class="back-link" href={hrefFor({ name: 'library' })}>
      ← {tx.toLibrary}
    </a>
  );
  if (q === undefined) return <p class="screen">{tx.loading}</p>;
  if (q === null)
    return (
      <section class="screen" aria-labelledby="q-title">
        {back}
        <h1 id="q-title" tabIndex={-1} ref={heading}>
          {tx.libraryTitle}
        </h1>
        <p class="notice warning">{tx.notFound}</p>
      </section>
    );
  const entry = libraryEntries().find((e) => e.entry.id === id && e.entry.version === version);
  const newest = libraryEntries().find((e) => e.entry.id === id)?.entry.version === version;
  const L = (text: LocalizedText) => localize(text, lang.value);
  return (
    <section class="screen questionnaire-detail" aria-labelledby="q-title">
      {back}
      <h1 id="q-title" tabIndex={-1} ref={heading} lang={langOf(q.title)}>
        {L(q.title)}
      </h1>
      <p class="library-meta">
        {tx.versionLabel} {q.version} ·{' '}
        {isBundled(q) ? tx.originBundled : entry?.origin === 'earlier-app' ? tx.originEarlierApp : tx.originImported} · {tx.languagesLabel}:{' '}
        {languageNames(q.languages ?? ['de'])}
      </p>
      <LanguageNote languages={q.languages ?? ['de']} />
      <p lang={langOf(q.description)}>{L(q.description)}</p>
      <SourceNote source={q.source} licence={q.licence} />
      <p>
        {tx.facts(
          q.dimensions.length,
          q.dimensions.reduce((n, d) => n + d.questions.length, 0),
          q.measures.length,
        )}{' '}
        · {usage ? tx.usedBy(usage.assessments, usage.workshops) : tx.usageUnknown}
      </p>
      {newest && (
        <p class="actions">
          <a class="button primary" href={hrefFor({ name: 'newWith', questionnaire: q.id })}>
            {tx.startWith}
          </a>
        </p>
      )}

      <h2>{tx.scaleTitle}</h2>
      <ul class="scale-list">
        {q.scale.levels.map((l) => (
          <li key={l.value}>
            <strong lang={langOf(l.label)}>{levelName(l.value, l.label)}</strong>
            {l.description && <span lang={langOf(l.description)}> – {L(l.description)}</span>}
          </li>
        ))}
      </ul>

      <h2>{tx.dimensionsTitle}</h2>
      {q.dimensions.map((d) => (
        <section key={d.id} class="dimension-card" aria-labelledby={`dim-${d.id}`}>
          <h3 id={`dim-${d.id}`} lang={langOf(d.title)}>
            {L(d.title)}
          </h3>
          <p class="library-meta">{tx.weightTarget(formatNumber(d.weight), d.defaultTarget)}</p>
          <p lang={langOf(d.description)}>{L(d.description)}</p>
          <details>
            <summary>{tx.questionsOf(d.questions.length)}</summary>
            <ol>
              {d.questions.map((x) => (
                <li key={x.id} lang={langOf(x.text)}>
                  {L(x.text)}
                  {x.allowNotApplicable && <span class="library-meta"> ({tx.notApplicableAllowed})</span>}
                </li>
              ))}
            </ol>
          </details>
        </section>
      ))}
      <h2>{tx.measuresTitle}</h2>
      <p>{tx.measuresCount(q.measures.length)}</p>
    </section>
  );
}
