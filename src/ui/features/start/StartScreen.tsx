import { useEffect, useState } from 'preact/hooks';
import type { FunctionComponent } from 'preact';
import { useFocusHeading } from '../../components/useFocusHeading';
import { t } from '../../i18n';
import { hrefFor } from '../../routes';
import { prefetch } from '../../screens';

// The list needs the data layer (IndexedDB and the schema): it comes in its own chunk, so the
// head of the start screen — and „Neue Einschätzung“ — is there at once.
let List: FunctionComponent | null = null;
const loadList = () =>
  import('./AssessmentList').then((m) => {
    List = m.AssessmentList;
  });

/** The start: a new assessment, the tools, and the assessments on this device. */
export function StartScreen() {
  const tx = t();
  const heading = useFocusHeading<HTMLHeadingElement>('start');
  const [, setReady] = useState(List !== null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (!List)
      loadList().then(
        () => setReady(true),
        () => setFailed(true),
      );
    // the next screen is usually the form for a new assessment or a question
    prefetch('new');
  }, []);
  return (
    <section class="screen start" aria-labelledby="start-title">
      <div class="screen-head">
        <h1 id="start-title" tabIndex={-1} ref={heading}>
          {tx.startTitle}
        </h1>
        <a class="button primary large" href={hrefFor({ name: 'new' })}>
          {tx.newAssessment}
        </a>
      </div>
      <p class="lead">{tx.startIntro}</p>
      <nav class="actions tools" aria-label={tx.toolsLabel}>
        <a class="button" href={hrefFor({ name: 'workshopNew' })}>
          {tx.workshopTool}
        </a>
        <a class="button" href={hrefFor({ name: 'compare' })}>
          {tx.compareTitle}
        </a>
        <a class="button" href={hrefFor({ name: 'import' })}>
          {tx.importTitle}
        </a>
        <a class="button" href={hrefFor({ name: 'receive' })}>
          {tx.receiveTool}
        </a>
        <a class="button" href={hrefFor({ name: 'export' })}>
          {tx.exportTitle}
        </a>
        <a class="button" href={hrefFor({ name: 'library' })}>
          {tx.libraryTool}
        </a>
        <a class="button" href={hrefFor({ name: 'guide' })}>
          {tx.guideTool}
        </a>
      </nav>
      {List ? <List /> : failed ? <p class="notice error">{tx.chunkFailed}</p> : <p class="list-loading">{tx.loading}</p>}
    </section>
  );
}
