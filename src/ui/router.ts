// Hash routes (work offline and on any static server):
//   #/                    start            #/neu                 new assessment
//   #/a/<id>              resume at the first open question
//   #/a/<id>/frage/<n>    question n (1-based)
//   #/a/<id>/uebersicht   overview
//   #/a/<id>/ergebnis     results                #/a/<id>/bericht      printable report
//   #/vergleich           compare                #/import              import files
//   #/export              export (choose)        #/export/<id>         export one assessment
//   #/workshop/neu        prepare a workshop     #/workshop/<id>       projector view
//   #/workshop/<id>/moderation  moderator view   #/workshop/<id>/plan  plan of measures
//   #/a/<id>/uebergeben   hand over by QR code   #/empfangen           receive QR codes
import { signal } from '@preact/signals';

export type Route =
  | { name: 'start' }
  | { name: 'new' }
  | { name: 'question'; id: string; index: number | null }
  | { name: 'overview'; id: string }
  | { name: 'results'; id: string }
  | { name: 'report'; id: string }
  | { name: 'compare' }
  | { name: 'import' }
  | { name: 'export'; id: string | null }
  | { name: 'workshopNew' }
  | { name: 'workshop'; id: string }
  | { name: 'workshopModerator'; id: string }
  | { name: 'workshopPlan'; id: string }
  | { name: 'handover'; id: string }
  | { name: 'receive' }
  | { name: 'unknown' };

/** Parses a location hash into a route. */
export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '') || '/';
  if (path === '/') return { name: 'start' };
  if (path === '/neu') return { name: 'new' };
  if (path === '/vergleich') return { name: 'compare' };
  if (path === '/import') return { name: 'import' };
  if (path === '/export') return { name: 'export', id: null };
  const e = /^\/export\/([^/]+)$/.exec(path);
  if (e) return { name: 'export', id: decodeURIComponent(e[1]!) };
  if (path === '/workshop/neu') return { name: 'workshopNew' };
  if (path === '/empfangen') return { name: 'receive' };
  const w = /^\/workshop\/([^/]+)(\/moderation|\/plan)?$/.exec(path);
  if (w) {
    const id = decodeURIComponent(w[1]!);
    return w[2] === '/moderation'
      ? { name: 'workshopModerator', id }
      : w[2] === '/plan'
        ? { name: 'workshopPlan', id }
        : { name: 'workshop', id };
  }
  let m = /^\/a\/([^/]+)$/.exec(path);
  if (m) return { name: 'question', id: decodeURIComponent(m[1]!), index: null };
  m = /^\/a\/([^/]+)\/frage\/(\d+)$/.exec(path);
  if (m) return { name: 'question', id: decodeURIComponent(m[1]!), index: Math.max(0, Number(m[2]) - 1) };
  m = /^\/a\/([^/]+)\/uebersicht$/.exec(path);
  if (m) return { name: 'overview', id: decodeURIComponent(m[1]!) };
  m = /^\/a\/([^/]+)\/ergebnis$/.exec(path);
  if (m) return { name: 'results', id: decodeURIComponent(m[1]!) };
  m = /^\/a\/([^/]+)\/bericht$/.exec(path);
  if (m) return { name: 'report', id: decodeURIComponent(m[1]!) };
  m = /^\/a\/([^/]+)\/uebergeben$/.exec(path);
  if (m) return { name: 'handover', id: decodeURIComponent(m[1]!) };
  return { name: 'unknown' };
}

/** The hash for a route. */
export function hrefFor(route: Route): string {
  switch (route.name) {
    case 'start':
    case 'unknown':
      return '#/';
    case 'new':
      return '#/neu';
    case 'compare':
      return '#/vergleich';
    case 'import':
      return '#/import';
    case 'export':
      return route.id === null ? '#/export' : `#/export/${encodeURIComponent(route.id)}`;
    case 'workshopNew':
      return '#/workshop/neu';
    case 'workshop':
      return `#/workshop/${encodeURIComponent(route.id)}`;
    case 'workshopModerator':
      return `#/workshop/${encodeURIComponent(route.id)}/moderation`;
    case 'workshopPlan':
      return `#/workshop/${encodeURIComponent(route.id)}/plan`;
    case 'handover':
      return `#/a/${encodeURIComponent(route.id)}/uebergeben`;
    case 'receive':
      return '#/empfangen';
    case 'question':
      return route.index === null ? `#/a/${encodeURIComponent(route.id)}` : `#/a/${encodeURIComponent(route.id)}/frage/${route.index + 1}`;
    case 'overview':
      return `#/a/${encodeURIComponent(route.id)}/uebersicht`;
    case 'results':
      return `#/a/${encodeURIComponent(route.id)}/ergebnis`;
    case 'report':
      return `#/a/${encodeURIComponent(route.id)}/bericht`;
  }
}

export const route = signal<Route>(parseRoute(location.hash));
window.addEventListener('hashchange', () => {
  // navigate() has set the route already; back/forward and typed addresses arrive here
  if (hrefFor(route.value) !== location.hash) route.value = parseRoute(location.hash);
});

/** Goes to a route (adds a history entry, so the browser's back button works). The route
 * changes at once, not only when the browser reports the new address. */
export function navigate(to: Route): void {
  const href = hrefFor(to);
  route.value = parseRoute(href);
  if (location.hash !== href) location.hash = href;
}

/** Replaces the current route without a new history entry (e.g. resume → the actual question). */
export function redirect(to: Route): void {
  history.replaceState(history.state, '', hrefFor(to));
  route.value = parseRoute(hrefFor(to));
}
