import type { ComponentChildren } from 'preact';
import { useEffect } from 'preact/hooks';
import { openWorkshop, workshopState, type OpenWorkshop } from '../../app/workshop';
import { t } from '../i18n';
import { NotFound } from './NotFound';

/** Opens the workshop `id` and renders `children` with it (or says why not). */
export function WorkshopGate({ id, children }: { id: string; children: (s: OpenWorkshop) => ComponentChildren }) {
  const tx = t();
  useEffect(() => {
    void openWorkshop(id);
  }, [id]);
  const s = workshopState.value;
  if (s?.status === 'ready' && s.workshop.id === id) return <>{children(s)}</>;
  if (s?.status === 'missing' && s.id === id)
    return (
      <NotFound title={tx.workshopMissing}>
        {s.errors.map((e) => (
          <p class="notice warning" key={e}>
            {e}
          </p>
        ))}
      </NotFound>
    );
  return <p class="screen">{tx.loading}</p>;
}
