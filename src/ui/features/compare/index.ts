// Comparing assessments: offices, perspectives, the respondents of one office, change over time.
// its styles come with its chunk
import '../../styles/figures.css';
import '../../styles/compare.css';
export { CompareScreen } from './CompareScreen';
