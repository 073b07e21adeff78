// Starts the app layer: the read models that follow changes
// made here and in other tabs, the refresh when the app comes back to the foreground, and the
// warning before closing while something is not saved. Called once by main.tsx after the first
// screen is drawn.
import * as assessments from './assessments';
import { plan } from './plan';
import { listen } from './changes';
import * as items from './items';
import { clearProblems, unsaved } from './problems';
import { forgetStoredQuestionnaires } from './questionnaires';
import * as session from './session';
import * as workshop from './workshop';

let started = false;

/** Connects the app layer; safe to call more than once. */
export function startApp(): void {
  if (started) return;
  started = true;
  listen((msg, local) => {
    assessments.handleChange(msg);
    items.handleChange(msg);
    session.handleChange(msg, local);
    workshop.handleChange(msg, local);
  });
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState !== 'visible') return;
    void session.refreshFromStorage();
    workshop.refreshWorkshop();
  });
  window.addEventListener('beforeunload', (e) => {
    if (unsaved.value) e.preventDefault();
  });
}

/** Forgets every read model and open record, so that the next screen reads storage afresh
 * (tests with a fresh database; a database that was replaced while the app was open). */
export function resetReadModels(): void {
  assessments.resetAssessmentList();
  items.resetItems();
  session.closeSession();
  workshop.closeWorkshop();
  plan.value = null;
  forgetStoredQuestionnaires();
  clearProblems();
}
