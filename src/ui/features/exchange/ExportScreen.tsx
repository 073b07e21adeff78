import { useEffect, useState } from 'preact/hooks';
import { exportFor, type ExportKind } from '../../../app/exchange';
import { loadAllItems, type StoredItem } from '../../../app/items';
import { indexEntry } from '../../../app/questionnaires';
import { useFocusHeading } from '../../components/useFocusHeading';
import { formatDate, lang } from '../../i18n';
import { perspectiveName, questionnaireName } from '../../labels';
import { hrefFor } from '../../router';
import { download, shareOrDownload, type OfferedFile } from '../../shared/download';
import { xt } from './texts';

/** Export, everything chosen at first. */
export function ExportAllScreen() {
  return <ExportScreen />;
}

/** Export one assessment, a selection or everything: JSON for this app, CSV for Excel. */
export function ExportScreen({ id }: { id?: string }) {
  const tx = xt();
  const heading = useFocusHeading<HTMLHeadingElement>('export');
  const [items, setItems] = useState<StoredItem[] | null>(null);
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [kind, setKind] = useState<ExportKind>('json');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    loadAllItems().then(
      (loaded) => {
        const all = [...loaded].sort(
          (a, b) => a.assessment.office.localeCompare(b.assessment.office, 'de') || a.assessment.date.localeCompare(b.assessment.date),
        );
        setItems(all);
        setChosen(new Set(id && all.some((x) => x.assessment.id === id) ? [id] : all.map((x) => x.assessment.id)));
      },
      () => setFailed(true),
    );
  }, [id]);
  /** The file for the chosen assessments, or null (with a message) if there is none or it fails. */
  const build = async (): Promise<OfferedFile | null> => {
    const selected = (items ?? []).filter((x) => chosen.has(x.assessment.id));
    if (selected.length === 0) {
      setMessage({ ok: false, text: tx.exportNothing });
      return null;
    }
    try {
      return await exportFor(selected, kind, { lang: lang.value, perspectiveName: (p) => perspectiveName(p) });
    } catch (e) {
      console.error('Export fehlgeschlagen', e);
      setMessage({ ok: false, text: tx.exportFailed });
      return null;
    }
  };
  const toggle = (aid: string) => {
    const next = new Set(chosen);
    if (next.has(aid)) next.delete(aid);
    else next.add(aid);
    setChosen(next);
  };
  const share = async () => {
    const file = await build();
    if (!file) return;
    const how = await shareOrDownload(file);
    setMessage(how === 'cancelled' ? null : { ok: true, text: how === 'shared' ? tx.exportShared : tx.exportShareDownloaded(file.name) });
  };
  const submit = async (e: Event) => {
    e.preventDefault();
    const file = await build();
    if (!file) return;
    download(file);
    setMessage({ ok: true, text: tx.exportDone(file.name, chosen.size) });
  };
  return (
    <section class="screen exchange" aria-labelledby="export-title">
      <a class="back-link" href={hrefFor({ name: 'start' })}>
        ← {tx.toStart}
      </a>
      <h1 id="export-title" tabIndex={-1} ref={heading}>
        {tx.exportTitle}
      </h1>
      <p class="lead">{tx.exportIntro}</p>
      {failed ? (
        <p class="notice error">{tx.openFailed}</p>
      ) : items === null ? (
        <p>{tx.loading}</p>
      ) : items.length === 0 ? (
        <p class="empty">{tx.noAssessments}</p>
      ) : (
        <form class="form" onSubmit={(e) => void submit(e)} noValidate>
          <fieldset class="field">
            <legend>{tx.exportWhich}</legend>
            <div class="actions compact">
              <button type="button" class="button quiet" onClick={() => setChosen(new Set(items.map((x) => x.assessment.id)))}>
                {tx.selectAll}
              </button>
              <button type="button" class="button quiet" onClick={() => setChosen(new Set())}>
                {tx.selectNone}
              </button>
            </div>
            <ul class="check-list">
              {items.map(({ assessment: a, answers }) => (
                <li key={a.id}>
                  <label class="choice">
                    <input type="checkbox" checked={chosen.has(a.id)} onChange={() => toggle(a.id)} />
                    <span class="choice-body">
                      <span class="choice-title">{a.office}</span>
                      <span class="choice-text">
                        {[
                          perspectiveName(a.perspective, indexEntry(a.questionnaireId, a.questionnaireVersion)),
                          a.respondent,
                          formatDate(a.date),
                          questionnaireName(a.questionnaireId, indexEntry(a.questionnaireId, a.questionnaireVersion)),
                          tx.answersCount([...answers.values()].filter((x) => x.value).length),
                        ]
                          .filter(Boolean)
                          .join(' · ')}
                      </span>
                    </span>
                  </label>
                </li>
              ))}
            </ul>
            <p class="hint" role="status">
              {tx.selectedCount(chosen.size, items.length)}
            </p>
          </fieldset>
          <fieldset class="field">
            <legend>{tx.exportFormat}</legend>
            <div class="choice-list">
              {(['json', 'answers-csv', 'scores-csv'] as const).map((k) => (
                <label class="choice" key={k}>
                  <input type="radio" name="kind" checked={kind === k} onChange={() => setKind(k)} />
                  <span class="choice-body">
                    <span class="choice-title">{tx.exportKinds[k].title}</span>
                    <span class="choice-text">{tx.exportKinds[k].text}</span>
                  </span>
                </label>
              ))}
            </div>
          </fieldset>
          <p class="notice warning">{tx.exportPrivacy}</p>
          <div class="actions">
            <button type="submit" class="button primary large">
              {tx.exportDownload}
            </button>
            <button type="button" class="button large" onClick={() => void share()}>
              {tx.exportShare}
            </button>
          </div>
          <div role="status">{message && <p class={message.ok ? 'notice success' : 'notice error'}>{message.text}</p>}</div>
        </form>
      )}
    </section>
  );
}
