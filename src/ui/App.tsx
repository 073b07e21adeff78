import { useEffect } from 'preact/hooks';
import { Header } from './components/Header';
import { ServiceWorkerStatus } from './components/ServiceWorkerStatus';
import { StartScreen } from './screens/StartScreen';
import { NewAssessmentScreen } from './screens/NewAssessmentScreen';
import { QuestionScreen } from './screens/QuestionScreen';
import { OverviewScreen } from './screens/OverviewScreen';
import { WithPart } from './lazy-part';
import { lang, t } from './i18n';
import { route } from './router';

/** The app shell: header, update prompt, the current screen, the privacy line. */
export function App() {
  const tx = t();
  const r = route.value;
  useEffect(() => {
    document.documentElement.lang = lang.value;
  }, [lang.value]);
  // the projector shows the audience view alone: no app header, no footer
  useEffect(() => {
    document.body.classList.toggle('projector-mode', r.name === 'workshop');
  }, [r.name]);
  let screen;
  switch (r.name) {
    case 'new':
      screen = <NewAssessmentScreen />;
      break;
    case 'question':
      screen = <QuestionScreen id={r.id} index={r.index} />;
      break;
    case 'overview':
      screen = <OverviewScreen id={r.id} />;
      break;
    case 'results':
      screen = <WithPart render={(m) => <m.ResultsScreen id={r.id} />} />;
      break;
    case 'report':
      screen = <WithPart render={(m) => <m.ReportScreen id={r.id} />} />;
      break;
    case 'compare':
      screen = <WithPart render={(m) => <m.CompareScreen />} />;
      break;
    case 'import':
      screen = <WithPart render={(m) => <m.ImportScreen />} />;
      break;
    case 'export':
      screen = <WithPart render={(m) => <m.ExportScreen id={r.id} />} />;
      break;
    case 'workshopNew':
      screen = <WithPart render={(m) => <m.WorkshopNewScreen />} />;
      break;
    case 'workshop':
      screen = <WithPart render={(m) => <m.WorkshopScreen id={r.id} />} />;
      break;
    case 'workshopModerator':
      screen = <WithPart render={(m) => <m.ModeratorScreen id={r.id} />} />;
      break;
    case 'workshopPlan':
      screen = <WithPart render={(m) => <m.PlanScreen id={r.id} />} />;
      break;
    case 'handover':
      screen = <WithPart render={(m) => <m.HandoverScreen id={r.id} />} />;
      break;
    case 'receive':
      screen = <WithPart render={(m) => <m.ReceiveScreen />} />;
      break;
    default:
      screen = <StartScreen />;
  }
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
      <main id="main" tabIndex={-1}>
        {screen}
      </main>
      <footer class="app-footer">
        <p>
          {tx.footerPrivacy} <span class="version">Version {__APP_VERSION__}</span>
        </p>
      </footer>
    </>
  );
}
