// The walk-through: starting an assessment, answering one question at a time, the overview.
export { NewAssessmentScreen } from './NewAssessmentScreen';
export { QuestionScreen, ResumeScreen } from './QuestionScreen';
export { OverviewScreen } from './OverviewScreen';
