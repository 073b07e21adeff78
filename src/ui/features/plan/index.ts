// The plan of measures that leaves the room: owners, dates, status; printed and as CSV.
export { PlanScreen } from './PlanScreen';
