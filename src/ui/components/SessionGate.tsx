import type { ComponentChildren } from 'preact';
import { useEffect } from 'preact/hooks';
import { t } from '../i18n';
import { hrefFor } from '../router';
import { openSession, session, type Session } from '../session';

/** Opens the assessment `id` and renders `children` with it once loaded (or says why not). */
export function SessionGate({ id, children }: { id: string; children: (s: Session) => ComponentChildren }) {
  const tx = t();
  useEffect(() => {
    void openSession(id);
  }, [id]);
  const s = session.value;
  if (s?.status === 'ready' && s.assessment.id === id) return <>{children(s)}</>;
  if (s?.status === 'notFound' && s.id === id) {
    return (
      <section class="screen">
        <h1>{s.questionnaireId ? tx.unknownQuestionnaire(s.questionnaireId) : tx.notFound}</h1>
        {s.corrupt.map((c) => (
          <p key={c.key} class="notice warning">
            <code>{c.key}</code>: {c.errors.join(' ')}
          </p>
        ))}
        <a class="button primary" href={hrefFor({ name: 'start' })}>
          {tx.toStart}
        </a>
      </section>
    );
  }
  return <p class="screen">{tx.loading}</p>;
}
