import type { ComponentChildren } from 'preact';
import { useEffect } from 'preact/hooks';
import { openSession, session, type Session } from '../../app/session';
import { t } from '../i18n';
import { NotFound } from './NotFound';

/** Opens the assessment `id` and renders `children` with it once loaded (or says why not). */
export function SessionGate({ id, children }: { id: string; children: (s: Session) => ComponentChildren }) {
  const tx = t();
  useEffect(() => {
    void openSession(id);
  }, [id]);
  const s = session.value;
  if (s?.status === 'ready' && s.assessment.id === id) return <>{children(s)}</>;
  if (s?.status === 'notFound' && s.id === id)
    return (
      <NotFound title={s.questionnaireId ? tx.unknownQuestionnaire(s.questionnaireId) : tx.notFound}>
        {s.corrupt.map((c) => (
          <p key={c.key} class="notice warning">
            <code>{c.key}</code>: {c.errors.join(' ')}
          </p>
        ))}
      </NotFound>
    );
  if (s?.status === 'failed' && s.id === id)
    return (
      <NotFound title={tx.openFailed}>
        <button type="button" class="button" onClick={() => void openSession(id)}>
          {tx.tryAgain}
        </button>
      </NotFound>
    );
  return <p class="screen loading">{tx.loading}</p>;
}
