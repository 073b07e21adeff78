// The one table of routes (hash addresses, so the app works offline and on any static server).
// The `Route` type, parsing an address and writing a link are derived from it; `screens.ts` says
// which screen each route shows (the compiler checks that every route has one, with the right
// props). A param named `n` is a positive whole number (a 1-based question number); every other
// param is text, percent-encoded in the address.
//
// This module is part of the first screen's JS: keep it free of screens and data.

const PATHS = {
  start: '/',
  new: '/neu',
  newWith: '/neu/:questionnaire',
  resume: '/a/:id',
  question: '/a/:id/frage/:n',
  overview: '/a/:id/uebersicht',
  results: '/a/:id/ergebnis',
  report: '/a/:id/bericht',
  handover: '/a/:id/uebergeben',
  compare: '/vergleich',
  import: '/import',
  export: '/export',
  exportOne: '/export/:id',
  receive: '/empfangen',
  workshopNew: '/workshop-neu',
  workshop: '/workshop/:id',
  moderator: '/workshop/:id/moderation',
  plan: '/workshop/:id/plan',
  library: '/frageboegen',
  questionnaire: '/frageboegen/:id/:version',
  guide: '/so-gehts',
} as const;

type Paths = typeof PATHS;
export type RouteName = keyof Paths;

type ParamNames<P extends string> = P extends `${string}:${infer N}/${infer R}`
  ? N | ParamNames<R>
  : P extends `${string}:${infer N}`
    ? N
    : never;
/** The params of a path: `n` is a number, everything else text. */
export type ParamsOf<P extends string> = { [K in ParamNames<P>]: K extends 'n' ? number : string };
/** The params of a named route. */
export type RouteParams<N extends RouteName> = ParamsOf<Paths[N]>;

/** Where the app is: a route of the table with its params, or an address it does not know. */
export type Route = { [N in RouteName]: { name: N } & RouteParams<N> }[RouteName] | { name: 'notFound' };

type Segment = { literal: string } | { param: string };
const TABLE: { name: RouteName; segments: Segment[] }[] = (Object.entries(PATHS) as [RouteName, string][]).map(([name, path]) => ({
  name,
  segments: path
    .split('/')
    .filter(Boolean)
    .map((s) => (s.startsWith(':') ? { param: s.slice(1) } : { literal: s })),
}));

/** The names of all routes (for tests and tools). */
export const ROUTE_NAMES = TABLE.map((r) => r.name);

/** The names of a route's params, in address order (for tests and tools). */
export function paramNames(name: RouteName): string[] {
  return TABLE.find((r) => r.name === name)!.segments.flatMap((s) => ('param' in s ? [s.param] : []));
}

const N_PATTERN = /^[1-9]\d{0,5}$/;

/** The route an address (a location hash such as "#/a/x/frage/3") stands for; an unknown or
 * undecodable address gives `notFound`, never an exception. */
export function parseHash(hash: string): Route {
  const raw = hash.replace(/^#/, '') || '/';
  if (!raw.startsWith('/')) return { name: 'notFound' };
  const segments = raw === '/' ? [] : raw.slice(1).split('/');
  for (const r of TABLE) {
    if (r.segments.length !== segments.length) continue;
    const params: Record<string, string | number> = {};
    let ok = true;
    for (let i = 0; i < segments.length && ok; i++) {
      const def = r.segments[i]!;
      const s = segments[i]!;
      if ('literal' in def) ok = s === def.literal;
      else if (s === '') ok = false;
      else if (def.param === 'n') {
        ok = N_PATTERN.test(s);
        params.n = Number(s);
      } else {
        const decoded = decode(s);
        ok = decoded !== null;
        params[def.param] = decoded ?? '';
      }
    }
    if (ok) return { name: r.name, ...params } as Route;
  }
  return { name: 'notFound' };
}

function decode(s: string): string | null {
  try {
    const d = decodeURIComponent(s);
    return d === '' ? null : d;
  } catch {
    return null; // a malformed escape such as "%E0%A4"
  }
}

/** The address of a route ("#/…"); `notFound` links to the start. */
export function hrefFor(route: Route): string {
  if (route.name === 'notFound') return '#/';
  const r = TABLE.find((x) => x.name === route.name)!;
  const params = route as unknown as Record<string, string | number>;
  const path = r.segments
    .map((s) => ('literal' in s ? s.literal : s.param === 'n' ? String(params.n) : encodeURIComponent(String(params[s.param]))))
    .join('/');
  return `#/${path}`;
}
