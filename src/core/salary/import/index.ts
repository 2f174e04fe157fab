// Public API of the aijobs.net salary CSV import: header and file checks, row mapping, the tally.

export { isCountryCode, isCurrencyCode } from './codes.js';
export { AIJOBS_COLUMNS, type ColumnPositions, readHeader } from './columns.js';
export { mapAijobsLevel } from './levels.js';
export { LOCAL_MAX, MIN_YEAR, mapAijobsRow, SKIP_REASONS, type SkipReason, USD_BOUNDS } from './map-row.js';
export {
  checkFileSize,
  checkTextChunk,
  DEFAULT_MAX_BYTES,
  type FileRejectionReason,
  SalaryFileRejected,
} from './rejection.js';
export {
  EXAMPLE_LINES,
  type SalaryImportCounts,
  type SalaryRowTally,
  type SkipCount,
  startSalaryRowTally,
} from './tally.js';
export { skillsFromTitle } from './title-skills.js';
export { type ClassifiedTitle, classifyTitle } from './titles.js';
