// The route table: every route's address reads back as the same route, for any id; addresses the
// app does not know, or cannot decode, are "not found" and never throw.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ROUTE_NAMES, hrefFor, paramNames, parseHash, type Route, type RouteName } from '../../src/ui/routes';

/** Params for a route: any non-empty text for a text param, a positive question number as n. */
function routeArb(name: RouteName): fc.Arbitrary<Route> {
  const params: Record<string, fc.Arbitrary<unknown>> = {};
  for (const p of paramNames(name))
    params[p] =
      p === 'n'
        ? fc.integer({ min: 1, max: 999_999 })
        : fc.oneof(fc.string({ minLength: 1 }), fc.constantFrom('neu', 'plan', 'moderation', 'frage', '%', '..', 'a b', 'ä/ö', '1.0.0'));
  return fc.record(params).map((p) => ({ name, ...p }) as Route);
}

/** A route with every param set to a plain value. */
const plain = (name: RouteName) => ({ name, ...Object.fromEntries(paramNames(name).map((p) => [p, p === 'n' ? 1 : 'x'])) }) as Route;

describe('routes', () => {
  it('has a distinct address for every route', () => {
    const hrefs = ROUTE_NAMES.map((name) => hrefFor(plain(name)));
    expect(new Set(hrefs).size).toBe(ROUTE_NAMES.length);
    expect(ROUTE_NAMES).toContain('question');
  });

  it('reads every route back from its own address, for any id and question number', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ROUTE_NAMES).chain(routeArb), (r) => {
        expect(parseHash(hrefFor(r))).toEqual(r);
      }),
      { numRuns: 2000 },
    );
  });

  it('knows the addresses people type and links carry', () => {
    expect(parseHash('')).toEqual({ name: 'start' });
    expect(parseHash('#/')).toEqual({ name: 'start' });
    expect(parseHash('#/a/x%2Fy/ergebnis')).toEqual({ name: 'results', id: 'x/y' });
    expect(parseHash('#/a/abc/frage/12')).toEqual({ name: 'question', id: 'abc', n: 12 });
    expect(parseHash('#/a/abc')).toEqual({ name: 'resume', id: 'abc' });
    expect(parseHash('#/workshop/neu')).toEqual({ name: 'workshop', id: 'neu' });
    expect(parseHash('#/workshop-neu')).toEqual({ name: 'workshopNew' });
    expect(hrefFor({ name: 'workshop', id: 'neu' })).toBe('#/workshop/neu');
  });

  it('says "not found" for addresses it cannot decode or does not know, never throws', () => {
    for (const hash of [
      '#/a/%E0%A4/uebersicht',
      '#/a/%/ergebnis',
      '#/a//ergebnis',
      '#/a/x/frage/0',
      '#/a/x/frage/01',
      '#/a/x/frage/-1',
      '#/a/x/frage/1.5',
      '#/a/x/frage/9999999',
      '#/nirgends',
      '#/neu/',
      '#neu',
      '#/a/x/ergebnis/mehr',
    ])
      expect(parseHash(hash), hash).toEqual({ name: 'notFound' });
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect(() => parseHash(`#${s}`)).not.toThrow();
      }),
    );
  });
});
