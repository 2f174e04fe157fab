// Reads a salary CSV from disk for the import: a first pass hashes it and counts its lines (for the
// duplicate-file check and the progress total), a second streams its rows through csv-parse.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { CsvError, parse } from 'csv-parse';
import { checkFileSize, checkTextChunk, SalaryFileRejected } from '../../core/salary/import/index.js';

export interface FileFacts {
  bytes: number;
  sha256: string;
  /** Newline count: the data rows are about this minus the header, without quoted line breaks. */
  lines: number;
}

/** Size-checks (before reading), hashes and line-counts a file, refusing binary content. */
export async function inspectFile(filePath: string, maxBytes: number): Promise<FileFacts> {
  const { size } = await stat(filePath).catch((error: NodeJS.ErrnoException) => {
    throw error.code === 'ENOENT' ? new Error(`No such file: ${filePath}`) : error;
  });
  checkFileSize(size, maxBytes);
  const hash = createHash('sha256');
  let lines = 0;
  for await (const chunk of createReadStream(filePath) as AsyncIterable<Buffer>) {
    checkTextChunk(chunk);
    hash.update(chunk);
    for (let at = chunk.indexOf(10); at >= 0; at = chunk.indexOf(10, at + 1)) lines++;
  }
  return { bytes: size, sha256: hash.digest('hex'), lines };
}

export interface CsvRow {
  fields: string[];
  /** The file line the row starts on, 1-based (the header is line 1). */
  line: number;
}

/**
 * Streams a CSV's rows, the header first. Rows may have more or fewer fields than the header (they
 * are reported per row); a file csv-parse cannot read at all (a broken quote) is rejected whole.
 */
export async function* readCsvRows(filePath: string): AsyncGenerator<CsvRow> {
  const parser = createReadStream(filePath).pipe(
    parse({ relax_column_count: true, skip_empty_lines: true, info: true, encoding: 'utf8' }),
  );
  try {
    for await (const { record, info } of parser as AsyncIterable<{
      record: string[];
      info: { lines: number };
    }>) {
      // info.lines is the line the record ends on; a record spans more than one line only inside quotes.
      yield { fields: record, line: info.lines - countLineBreaks(record) };
    }
  } catch (error) {
    if (error instanceof CsvError) {
      throw new SalaryFileRejected('not_csv', `The file is not valid CSV: ${error.message}`);
    }
    throw error;
  }
}

function countLineBreaks(fields: readonly string[]): number {
  let breaks = 0;
  for (const field of fields)
    for (let at = field.indexOf('\n'); at >= 0; at = field.indexOf('\n', at + 1)) breaks++;
  return breaks;
}
