// The walk-through: starting an assessment, answering one question at a time, the overview.
// its styles come with its chunk
import '../../styles/screen-parts.css';
import '../../styles/walkthrough.css';
export { NewAssessmentScreen } from './NewAssessmentScreen';
export { QuestionScreen, ResumeScreen } from './QuestionScreen';
export { OverviewScreen } from './OverviewScreen';
