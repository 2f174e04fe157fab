// The aijobs.net salary CSV's header: which columns an import needs and where each one is.
import { SalaryFileRejected } from './rejection.js';

/** Every column of the aijobs.net format; all are needed to build a record. */
export const AIJOBS_COLUMNS = [
  'work_year',
  'experience_level',
  'employment_type',
  'job_title',
  'salary',
  'salary_currency',
  'salary_in_usd',
  'employee_residence',
  'remote_ratio',
  'company_location',
  'company_size',
] as const;

export type AijobsColumn = (typeof AIJOBS_COLUMNS)[number];

/** Position of each column in a row; extra columns are allowed and ignored, in any order. */
export type ColumnPositions = Readonly<Record<AijobsColumn, number>>;

/** Reads the header row, or refuses the file naming the columns it lacks. */
export function readHeader(header: readonly string[]): ColumnPositions {
  // A UTF-8 byte-order mark (Excel writes one) would otherwise glue itself to the first name.
  const names = header.map((name, i) => (i === 0 ? name.replace(/^\uFEFF/, '') : name).trim().toLowerCase());
  const positions: Partial<Record<AijobsColumn, number>> = {};
  const missing: string[] = [];
  for (const column of AIJOBS_COLUMNS) {
    const at = names.indexOf(column);
    if (at < 0) missing.push(column);
    else positions[column] = at;
  }
  if (missing.length === AIJOBS_COLUMNS.length) {
    throw new SalaryFileRejected(
      'missing_columns',
      `The header names none of the aijobs.net salary columns (${AIJOBS_COLUMNS.join(', ')}); ` +
        'is this the right file?',
    );
  }
  if (missing.length) {
    throw new SalaryFileRejected(
      'missing_columns',
      `The header lacks ${missing.length === 1 ? 'the column' : 'the columns'} ${missing.join(', ')}, ` +
        'which an aijobs.net salary CSV has.',
    );
  }
  return positions as ColumnPositions;
}
