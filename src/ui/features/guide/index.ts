// The user guide „So geht’s“: the main tasks in numbered steps, and where the data stays.
// its styles come with its chunk
import '../../styles/guide.css';
export { GuideScreen } from './GuideScreen';
