// Moving assessments between devices as files: import (several at once, all or nothing) and export.
// its styles come with its chunk
import '../../styles/import-outcome.css';
import '../../styles/exchange.css';
export { ImportScreen } from './ImportScreen';
export { ExportAllScreen, ExportScreen } from './ExportScreen';
