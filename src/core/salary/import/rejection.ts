// Whole-file rejections: a file that cannot be read as the aijobs salary CSV is refused before (or
// instead of) importing any row, so the database never keeps half a file.
import { AppError, type ErrorCode } from '../../errors.js';

/** Why a whole file was refused; stable, for scripts and tests. */
export type FileRejectionReason =
  | 'too_large'
  | 'not_csv'
  | 'missing_columns'
  | 'empty_file'
  | 'already_imported';

/**
 * The default size cap: the real aijobs file is 4 MB for 74k rows, so 200 MB is about 3.5M rows,
 * far more than any salary survey publishes, and still small enough to dedupe in memory.
 */
export const DEFAULT_MAX_BYTES = 200 * 1024 * 1024;

const HTTP_CODES: Record<FileRejectionReason, ErrorCode> = {
  too_large: 'body_too_large',
  not_csv: 'unsupported_media_type',
  missing_columns: 'validation_failed',
  empty_file: 'validation_failed',
  already_imported: 'conflict',
};

/** A salary file refused whole, with a message meant for the person who ran the import. */
export class SalaryFileRejected extends AppError {
  override name = 'SalaryFileRejected';
  constructor(
    readonly reason: FileRejectionReason,
    message: string,
  ) {
    super(HTTP_CODES[reason], message);
  }
}

/** Refuses a file above the cap, from its size alone (checked before a byte is read). */
export function checkFileSize(bytes: number, maxBytes: number = DEFAULT_MAX_BYTES): void {
  if (bytes > maxBytes) {
    throw new SalaryFileRejected(
      'too_large',
      `The file is ${formatMegabytes(bytes)}, over the ${formatMegabytes(maxBytes)} limit for a salary import.`,
    );
  }
  if (bytes === 0) throw new SalaryFileRejected('empty_file', 'The file is empty.');
}

/**
 * Refuses bytes that are not text: a NUL byte never occurs in a CSV (in UTF-8 or any single-byte
 * encoding) and is the surest sign of a spreadsheet, archive or image given by mistake.
 */
export function checkTextChunk(chunk: Uint8Array): void {
  if (chunk.includes(0)) {
    throw new SalaryFileRejected(
      'not_csv',
      'The file is not CSV text (it contains binary data). Export the sheet as CSV and try again.',
    );
  }
}

function formatMegabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return mb >= 1 ? `${mb.toFixed(1)} MB` : `${bytes} bytes`;
}
