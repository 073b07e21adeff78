// The results of one assessment and the committee report.
// its styles come with its chunk
import '../../styles/screen-parts.css';
import '../../styles/figures.css';
import '../../styles/report.css';
import '../../styles/results.css';
export { ResultsScreen } from './ResultsScreen';
export { ReportScreen } from './ReportScreen';
