import type { ComponentChildren } from 'preact';
import { t } from '../i18n';
import { hrefFor } from '../router';

/** "This is not (or no longer) here": the reason, what was found broken, the way back. */
export function NotFound({ title, children }: { title: string; children?: ComponentChildren }) {
  const tx = t();
  return (
    <section class="screen">
      <h1>{title}</h1>
      {children}
      <a class="button primary" href={hrefFor({ name: 'start' })}>
        {tx.toStart}
      </a>
    </section>
  );
}
