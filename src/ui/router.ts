// The current route as a signal, and moving between routes. Addresses are derived from the one
// table in routes.ts. This module is part of the first screen's JS.
import { signal } from '@preact/signals';
import { hrefFor, parseHash, type Route } from './routes';

export { hrefFor, type Route } from './routes';

export const route = signal<Route>(parseHash(location.hash));

window.addEventListener('hashchange', () => {
  // navigate() has set the route already; back/forward, links and typed addresses arrive here
  const next = parseHash(location.hash);
  if (!sameRoute(next, route.value)) route.value = next;
});

function sameRoute(a: Route, b: Route): boolean {
  return a.name === b.name && hrefFor(a) === hrefFor(b);
}

/** Goes to a route (adds a history entry, so the browser's back button works). The route
 * changes at once, not only when the browser reports the new address. */
export function navigate(to: Route): void {
  const href = hrefFor(to);
  route.value = parseHash(href);
  if (location.hash !== href) location.hash = href;
}

/** Replaces the current route without a new history entry (e.g. resume → the actual question). */
export function redirect(to: Route): void {
  const href = hrefFor(to);
  history.replaceState(history.state, '', href);
  route.value = parseHash(href);
}
