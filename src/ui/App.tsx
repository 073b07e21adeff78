import { useEffect, useRef } from 'preact/hooks';
import { DatabaseBanner } from './components/DatabaseBanner';
import { Header } from './components/Header';
import { ProblemBanner } from './components/ProblemBanner';
import { RouteScreen } from './components/RouteScreen';
import { ServiceWorkerStatus } from './components/ServiceWorkerStatus';
import { lang, t } from './i18n';
import { hrefFor, route } from './router';
import { SCREENS } from './screens';

/** The app shell: header, update prompt, what could not be saved, the current screen, the privacy line. */
export function App() {
  const tx = t();
  const r = route.value;
  const bare = r.name !== 'notFound' && SCREENS[r.name].frame === 'bare';
  useEffect(() => {
    document.documentElement.lang = lang.value;
  }, []);
  // a new screen (or the next question) starts at its top, as a new page would; not on the first
  // render, where the browser restores the position of a reload
  const address = r.name === 'notFound' ? location.hash : hrefFor(r);
  const shown = useRef(address);
  useEffect(() => {
    if (shown.current === address) return;
    shown.current = address;
    window.scrollTo(0, 0);
  }, [address]);
  // the projector shows the audience view alone: no app header, no footer
  useEffect(() => {
    document.body.classList.toggle('projector-mode', bare);
  }, [bare]);
  return (
    <>
      <a
        class="skip-link"
        href="#main"
        onClick={(e) => {
          e.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        {tx.skipToContent}
      </a>
      <Header />
      <ServiceWorkerStatus />
      <DatabaseBanner />
      <ProblemBanner />
      <main id="main" tabIndex={-1}>
        <RouteScreen route={r} />
      </main>
      <footer class="app-footer">
        <p>
          {tx.footerPrivacy} <span class="version">Version {__APP_VERSION__}</span>
        </p>
      </footer>
    </>
  );
}
