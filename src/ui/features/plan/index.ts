// The plan of measures that leaves the room: owners, dates, status; printed and as CSV.
// its styles come with its chunk
import '../../styles/screen-parts.css';
import '../../styles/report.css';
import '../../styles/plan.css';
export { PlanScreen } from './PlanScreen';
