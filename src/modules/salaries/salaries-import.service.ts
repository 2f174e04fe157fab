// `ath import salaries`: one aijobs.net salary CSV into salary_imports and salary_records, all of it
// in one transaction, so a file that fails part-way leaves nothing behind.
import path from 'node:path';
import {
  DEFAULT_MAX_BYTES,
  readHeader,
  SalaryFileRejected,
  type SalaryImportCounts,
  startSalaryRowTally,
} from '../../core/salary/import/index.js';
import type { SalaryRecord } from '../../core/salary/types.js';
import type { Database } from '../../db/client.js';
import { inspectFile, readCsvRows } from './salaries-import.reader.js';
import * as repo from './salaries-import.repository.js';

export interface ImportOptions {
  /** Replace an earlier import of the same file (same SHA-256) instead of refusing it. */
  replace?: boolean;
  /** Size cap in bytes, checked before reading (default DEFAULT_MAX_BYTES, 200 MB). */
  maxBytes?: number;
  /**
   * Rows read so far against the file's line count. Called inside the transaction: throwing from
   * it aborts the import and rolls everything back.
   */
  onProgress?(done: number, total: number): void;
  /** The account that ran the import, when there is one (the CLI has none). */
  importedBy?: string | null;
  /** The clock (tests pin it); rows dated after its year are refused as bad_year. */
  now?: () => Date;
}

/** The outcome of one imported file. */
export interface ImportReport extends SalaryImportCounts {
  importId: string;
  fileName: string;
  sha256: string;
  /** The earlier import of the same file that `replace` removed, if any. */
  replacedImportId: string | null;
}

// Progress is reported every this many rows: often enough for a smooth bar, rare enough to be free.
const PROGRESS_EVERY = 1000;

/**
 * Imports an aijobs.net salary CSV. Throws SalaryFileRejected for a file refused whole (too large,
 * not CSV, header without the format's columns, already imported); rows that fail their checks are
 * skipped and counted in the report by reason.
 */
export async function importSalaryFile(
  database: Database,
  filePath: string,
  options: ImportOptions = {},
): Promise<ImportReport> {
  const fileName = path.basename(filePath);
  const now = options.now ?? (() => new Date());
  const facts = await inspectFile(filePath, options.maxBytes ?? DEFAULT_MAX_BYTES);
  const earlier = await repo.findImportBySha(database.db, facts.sha256);
  if (earlier && !options.replace) throw alreadyImported(earlier);

  const rows = readCsvRows(filePath)[Symbol.asyncIterator]();
  try {
    const header = await rows.next();
    if (header.done) throw new SalaryFileRejected('empty_file', 'The file has no header row.');
    const tally = startSalaryRowTally(readHeader(header.value.fields), {
      maxYear: now().getUTCFullYear(),
    });
    const total = Math.max(facts.lines - 1, 0);
    const progress = options.onProgress ?? (() => {});

    return await database.db.transaction(async (tx) => {
      if (earlier) await repo.deleteImport(tx, earlier.id);
      const importId = await repo.insertImport(tx, {
        format: 'aijobs',
        fileName,
        fileSha256: facts.sha256,
        rowsRead: 0,
        rowsImported: 0,
        duplicates: 0,
        rowsSkipped: 0,
        skipReport: {},
        importedBy: options.importedBy ?? null,
      });
      if (!importId) throw alreadyImported({ fileName, createdAt: now() });

      let batch: SalaryRecord[] = [];
      let read = 0;
      for (let next = await rows.next(); !next.done; next = await rows.next()) {
        const record = tally.add(next.value.fields, next.value.line);
        if (record) batch.push(record);
        if (batch.length >= repo.RECORDS_PER_INSERT) {
          await repo.insertRecords(tx, importId, batch);
          batch = [];
        }
        if (++read % PROGRESS_EVERY === 0) progress(read, Math.max(total, read));
      }
      await repo.insertRecords(tx, importId, batch);
      const counts = tally.counts();
      await repo.finishImport(tx, importId, {
        rowsRead: counts.rowsRead,
        rowsImported: counts.imported,
        duplicates: counts.duplicates,
        rowsSkipped: counts.skipped,
        skipReport: counts.skipReasons,
      });
      progress(read, read);
      return { ...counts, importId, fileName, sha256: facts.sha256, replacedImportId: earlier?.id ?? null };
    });
  } finally {
    // Closes the file when the import stops early (a rejected header, a failed insert).
    await rows.return(undefined);
  }
}

function alreadyImported(earlier: { fileName: string; createdAt: Date }): SalaryFileRejected {
  return new SalaryFileRejected(
    'already_imported',
    `This file was already imported (as ${earlier.fileName} on ${earlier.createdAt.toISOString().slice(0, 10)}). ` +
      'Import it again with replace (--replace on the command line) to replace that import.',
  );
}
