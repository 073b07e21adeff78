import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t } from '../i18n';
import type { Route, RouteName, RouteParams } from '../routes';
import { SCREENS, type ScreenDef } from '../screens';
import { NotFound } from './NotFound';

type AnyScreen = ComponentType<RouteParams<RouteName>>;
const loaded = new Map<RouteName, AnyScreen>();

/** The screen of the current route: drawn at once when its chunk is here, else after loading it;
 * a chunk that cannot be loaded (offline before it was cached) says so and offers to try again. */
export function RouteScreen({ route }: { route: Route }) {
  const tx = t();
  const [, setTick] = useState(0);
  const [failed, setFailed] = useState<RouteName | null>(null);
  const [tries, setTries] = useState(0);
  const name = route.name === 'notFound' ? null : route.name;
  const def = name ? (SCREENS[name] as ScreenDef<RouteName>) : null;
  const Screen = name ? (loaded.get(name) ?? def?.eager) : undefined;
  useEffect(() => {
    if (!name || !def || loaded.has(name) || def.eager) return;
    let live = true;
    setFailed(null);
    def.load().then(
      (screen) => {
        loaded.set(name, screen);
        if (live) setTick((n) => n + 1);
      },
      (e: unknown) => {
        console.error(`Teil der App für „${name}“ nicht geladen`, e);
        if (live) setFailed(name);
      },
    );
    return () => {
      live = false;
    };
  }, [name, def, tries]);
  if (!name) return <NotFound title={tx.pageNotFound}>{<p>{tx.pageNotFoundText}</p>}</NotFound>;
  if (Screen) {
    const { name: _name, ...params } = route as { name: RouteName } & Record<string, unknown>;
    return <Screen {...(params as RouteParams<RouteName>)} />;
  }
  if (failed === name)
    return (
      <section class="screen">
        <p class="notice error" role="alert">
          {tx.chunkFailed}
        </p>
        <button type="button" class="button" onClick={() => setTries(tries + 1)}>
          {tx.tryAgain}
        </button>
      </section>
    );
  return <p class="screen loading">{tx.loading}</p>;
}
