// What the library page and the command line use. The citation engine (citations.ts) is
// not re-exported: renderExport loads it only for the bibliography formats.
export { BACKUP_FORMAT, BACKUP_VERSION, backupText, toBackup, type Backup } from './backup';
export { exportFileName } from './file-name';
export {
  EXPORT_FORMATS,
  FORMAT_INFO,
  renderExport,
  type ExportFile,
  type ExportFormat,
  type ExportOptions,
} from './formats';
export { applyImport, previewImport } from './import/apply';
export { ImportError } from './import/errors';
export { MAX_IMPORT_CHARACTERS } from './import/json-text';
export { REASONS, type CountedKind, type ImportPlan, type RecordCounts, type RecordKind } from './import/plan';
export { readImportText, type ImportFormat, type ParsedImport } from './import/read';
export { prepareVersions } from './import/versions';
export { narrowSnapshot, type LibrarySnapshot } from './snapshot';
