// Moving assessments between devices as files: import (several at once, all or nothing) and export.
export { ImportScreen } from './ImportScreen';
export { ExportAllScreen, ExportScreen } from './ExportScreen';
