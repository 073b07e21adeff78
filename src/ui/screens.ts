// Which screen each route of the table in routes.ts shows. Every feature is its own chunk, loaded
// when one of its routes is opened; the compiler checks that every route has a screen and that
// the screen takes exactly the route's params as props.
import type { ComponentType } from 'preact';
import { StartScreen } from './features/start/StartScreen';
import type { RouteName, RouteParams } from './routes';

export interface ScreenDef<N extends RouteName> {
  /** the screen, loading its feature's chunk first */
  load: () => Promise<ComponentType<RouteParams<N>>>;
  /** the screen when it is part of the first chunk (no loading step) */
  eager?: ComponentType<RouteParams<N>>;
  /** 'bare': the screen fills the window alone, without the app's header and footer (projector) */
  frame?: 'bare';
}

const walkthrough = () => import('./features/walkthrough');
const results = () => import('./features/results');
const exchange = () => import('./features/exchange');
const workshop = () => import('./features/workshop');
const library = () => import('./features/library');

export const SCREENS: { [N in RouteName]: ScreenDef<N> } = {
  start: { eager: StartScreen, load: () => Promise.resolve(StartScreen) },
  // the same form, with or without a questionnaire chosen beforehand
  new: { load: () => walkthrough().then((m) => m.NewAssessmentScreen as ComponentType) },
  newWith: { load: () => walkthrough().then((m) => m.NewAssessmentScreen) },
  resume: { load: () => walkthrough().then((m) => m.ResumeScreen) },
  question: { load: () => walkthrough().then((m) => m.QuestionScreen) },
  overview: { load: () => walkthrough().then((m) => m.OverviewScreen) },
  results: { load: () => results().then((m) => m.ResultsScreen) },
  report: { load: () => results().then((m) => m.ReportScreen) },
  handover: { load: () => import('./features/handover').then((m) => m.HandoverScreen) },
  compare: { load: () => import('./features/compare').then((m) => m.CompareScreen) },
  import: { load: () => exchange().then((m) => m.ImportScreen) },
  export: { load: () => exchange().then((m) => m.ExportAllScreen) },
  exportOne: { load: () => exchange().then((m) => m.ExportScreen) },
  receive: { load: () => import('./features/receive').then((m) => m.ReceiveScreen) },
  workshopNew: { load: () => workshop().then((m) => m.WorkshopNewScreen) },
  workshop: { load: () => workshop().then((m) => m.ProjectorScreen), frame: 'bare' },
  moderator: { load: () => workshop().then((m) => m.ModeratorScreen) },
  plan: { load: () => import('./features/plan').then((m) => m.PlanScreen) },
  library: { load: () => library().then((m) => m.LibraryScreen) },
  questionnaire: { load: () => library().then((m) => m.QuestionnaireScreen) },
  guide: { load: () => import('./features/guide').then((m) => m.GuideScreen) },
};

/** Starts loading the chunk of a route (e.g. the likely next screen), without showing it. */
export function prefetch(name: RouteName): void {
  void (SCREENS[name] as ScreenDef<RouteName>).load().catch(() => undefined);
}
