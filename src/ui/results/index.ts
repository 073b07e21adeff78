// The results part of the app: loaded on demand (it carries chart.js), never on the first screen.
export { ResultsScreen } from './ResultsScreen';
export { ReportScreen } from './ReportScreen';
