// The questionnaire library: every questionnaire on the device, its details, import and removal.
// its styles come with its chunk
import '../../styles/import-outcome.css';
import '../../styles/library.css';
export { LibraryScreen } from './LibraryScreen';
export { QuestionnaireScreen } from './QuestionnaireScreen';
