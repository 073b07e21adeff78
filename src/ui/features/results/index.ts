// The results of one assessment and the committee report.
export { ResultsScreen } from './ResultsScreen';
export { ReportScreen } from './ReportScreen';
