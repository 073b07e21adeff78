// Comparing assessments: offices, perspectives, the respondents of one office, change over time.
export { CompareScreen } from './CompareScreen';
