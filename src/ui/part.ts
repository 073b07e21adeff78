// The part of the app loaded on demand (it carries chart.js): never on the first screen.
export { ResultsScreen } from './results/ResultsScreen';
export { ReportScreen } from './results/ReportScreen';
export { CompareScreen } from './exchange/CompareScreen';
export { ImportScreen } from './exchange/ImportScreen';
export { ExportScreen } from './exchange/ExportScreen';
export { WorkshopNewScreen } from './workshop/WorkshopNewScreen';
export { WorkshopScreen } from './workshop/WorkshopScreen';
export { ModeratorScreen } from './workshop/ModeratorScreen';
export { PlanScreen } from './workshop/PlanScreen';
export { HandoverScreen } from './handover/HandoverScreen';
export { ReceiveScreen } from './handover/ReceiveScreen';
