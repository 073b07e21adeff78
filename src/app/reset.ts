// Forgetting every read model and open record, so that the next screen reads storage afresh (a
// fresh database in the component tests).
import { resetAssessmentList } from './assessments';
import { databaseState } from './database-state';
import { resetItems } from './items';
import { plan } from './plan';
import { clearProblems } from './problems';
import { forgetStoredQuestionnaires } from './questionnaires';
import { closeSession } from './session';
import { closeWorkshop } from './workshop';

/** Forgets every read model, open assessment, open workshop and problem. */
export function resetReadModels(): void {
  resetAssessmentList();
  resetItems();
  closeSession();
  closeWorkshop();
  plan.value = null;
  forgetStoredQuestionnaires();
  clearProblems();
  databaseState.value = 'ok';
}
