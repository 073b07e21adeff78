import { useEffect, useRef, useState } from 'preact/hooks';
import { importOne } from '../../../app/exchange';
import {
  isBundled,
  knownQuestionnaires,
  libraryEntries,
  questionnaireUsage,
  removeQuestionnaire,
  unreadableQuestionnaires,
  versionKey,
  type LibraryEntry,
} from '../../../app/questionnaires';
import { subscribe } from '../../../app/changes';
import { localize } from '../../../core/text';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useFocusHeading } from '../../components/useFocusHeading';
import { lang } from '../../i18n';
import { hrefFor } from '../../router';
import { ImportOutcome } from '../../shared/ImportOutcome';
import { FilePickButton, useImportOutcomes } from '../../shared/import-outcomes';
import { langOf, languageNames } from '../../shared/content-lang';
import { lt } from './texts';

type Usage = Map<string, { assessments: number; workshops: number }>;

/** Every questionnaire on the device, with what it is, where it came from and what uses it;
 * import a questionnaire file, remove an imported one that nothing uses. */
export function LibraryScreen() {
  const tx = lt();
  const heading = useFocusHeading<HTMLHeadingElement>('library');
  const [loaded, setLoaded] = useState(false);
  const [usage, setUsage] = useState<Usage | null>(null);
  const { outcomes, setOutcomes, decide, dismiss } = useImportOutcomes();
  const [running, setRunning] = useState<string | null>(null);
  const [removing, setRemoving] = useState<LibraryEntry | null>(null);
  const [said, setSaid] = useState<{ ok: boolean; text: string } | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const message = useRef<HTMLDivElement>(null);

  useEffect(() => {
    void knownQuestionnaires().then(() => setLoaded(true));
    const count = () => void questionnaireUsage().then(setUsage);
    count();
    const stop = subscribe((msg) => {
      if (msg.type === 'assessments' || msg.type === 'questionnaires') count();
    });
    return () => void stop();
  }, []);

  const take = async (files: FileList | null) => {
    for (const f of [...(files ?? [])]) {
      setRunning(f.name);
      const outcome = await importOne(f);
      setOutcomes((prev) => [outcome, ...prev]);
      setRunning(null);
    }
    void knownQuestionnaires(); // the new ones are listed once read
  };

  const remove = async (e: LibraryEntry) => {
    setRemoving(null);
    const title = localize(e.entry.title, lang.value);
    const r = await removeQuestionnaire(e.entry.id, e.entry.version);
    setSaid(
      r.ok
        ? { ok: true, text: tx.removed(title, e.entry.version) }
        : 'failed' in r
          ? { ok: false, text: tx.removeFailed }
          : isBundled(e.entry)
            ? { ok: false, text: tx.removeBundled }
            : { ok: false, text: tx.removeInUse(title, r.assessments, r.workshops) },
    );
    // the card may be gone: focus goes to the message that says what happened
    requestAnimationFrame(() => message.current?.focus());
  };

  const entries = libraryEntries();
  const unreadable = unreadableQuestionnaires.value;
  return (
    <section class="screen library" aria-labelledby="library-title">
      <a class="back-link" href={hrefFor({ name: 'start' })}>
        ← {tx.toStart}
      </a>
      <h1 id="library-title" tabIndex={-1} ref={heading}>
        {tx.libraryTitle}
      </h1>
      <p class="lead">{tx.libraryIntro}</p>
      <div class="drop-zone">
        {/* an export file taken here may ask (a stored assessment differs): answered as on „Importieren“ */}
        <FilePickButton input={input} id="library-file" label={tx.importQuestionnaire} hintId="library-import-hint" onFiles={take} />
        <p class="hint" id="library-import-hint">
          {tx.importQuestionnaireHint}
        </p>
      </div>
      <div role="status" aria-live="polite">
        {running && <p>{tx.checking(running)}</p>}
      </div>
      {outcomes.length > 0 && (
        <ul class="import-results">
          {outcomes.map((o, i) => (
            <ImportOutcome key={`${o.name}-${i}`} outcome={o} onDecide={(d) => void decide(i, d)} onCancel={() => dismiss(i)} />
          ))}
        </ul>
      )}
      <div ref={message} tabIndex={-1} role="status">
        {said && <p class={`notice ${said.ok ? 'success' : 'error'}`}>{said.text}</p>}
      </div>
      {unreadable.length > 0 && (
        <div class="notice warning">
          <p>{tx.unreadable(unreadable.length)}</p>
          <ul>
            {unreadable.map((u) => (
              <li key={u}>{u}</li>
            ))}
          </ul>
        </div>
      )}
      {!loaded && entries.length === 0 ? (
        <p>{tx.loading}</p>
      ) : (
        <ul class="library-list">
          {entries.map((e, i) => (
            <Card
              key={versionKey(e.entry.id, e.entry.version)}
              e={e}
              newest={entries.findIndex((x) => x.entry.id === e.entry.id) === i}
              usage={usage?.get(versionKey(e.entry.id, e.entry.version)) ?? (usage ? { assessments: 0, workshops: 0 } : null)}
              onRemove={() => setRemoving(e)}
            />
          ))}
        </ul>
      )}
      {removing && (
        <ConfirmDialog
          title={tx.removeTitle}
          text={tx.removeText(localize(removing.entry.title, lang.value), removing.entry.version)}
          confirmLabel={tx.removeConfirm}
          cancelLabel={tx.cancel}
          onConfirm={() => void remove(removing)}
          onCancel={() => setRemoving(null)}
        />
      )}
    </section>
  );
}

function Card({
  e,
  newest,
  usage,
  onRemove,
}: {
  e: LibraryEntry;
  newest: boolean;
  usage: { assessments: number; workshops: number } | null;
  onRemove: () => void;
}) {
  const tx = lt();
  const { entry, origin, questionnaire: q } = e;
  const title = localize(entry.title, lang.value);
  const label = `${title} ${entry.version}`;
  return (
    <li class="library-card" data-questionnaire={versionKey(entry.id, entry.version)}>
      <h2 lang={langOf(entry.title)}>{title}</h2>
      <p class="library-meta">
        {tx.versionLabel} {entry.version} ·{' '}
        {origin === 'bundled' ? tx.originBundled : origin === 'earlier-app' ? tx.originEarlierApp : tx.originImported}
      </p>
      <p>{tx.facts(entry.dimensions, entry.questions, q ? q.measures.length : null)}</p>
      <p>
        {tx.languagesLabel}: {languageNames(entry.languages)}
        {q?.licence && (
          <>
            {' · '}
            {tx.licenceLabel}: {q.licence}
          </>
        )}
      </p>
      {q?.source && (
        <p class="library-source">
          {tx.sourceLabel}: <span lang={langOf(q.source)}>{localize(q.source, lang.value)}</span>
        </p>
      )}
      <p class="library-usage">{usage ? tx.usedBy(usage.assessments, usage.workshops) : tx.usageUnknown}</p>
      <div class="actions">
        <a
          class="button"
          href={hrefFor({ name: 'questionnaire', id: entry.id, version: entry.version })}
          aria-label={`${tx.details}: ${label}`}
        >
          {tx.details}
        </a>
        {newest && (
          <a class="button primary" href={hrefFor({ name: 'newWith', questionnaire: entry.id })} aria-label={`${tx.startWith}: ${label}`}>
            {tx.startWith}
          </a>
        )}
        {origin !== 'bundled' && (
          <button type="button" class="button danger-quiet" onClick={onRemove} aria-label={`${tx.remove}: ${label}`}>
            {tx.remove}
          </button>
        )}
      </div>
    </li>
  );
}
