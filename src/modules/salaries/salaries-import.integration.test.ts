import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../../../test/support/database.js';
import { sharedDataDir } from '../../config/paths.js';
import { AIJOBS_COLUMNS, SalaryFileRejected } from '../../core/salary/import/index.js';
import { importSalaryFile } from './salaries-import.service.js';

const dataDir = sharedDataDir();
const realFile = dataDir && path.join(dataDir, 'salaries-aijobs', 'salaries.csv');
const HEADER = AIJOBS_COLUMNS.join(',');
const valid = (title: string, usd: number) => `2024,SE,FT,${title},${usd},USD,${usd},US,0,US,M`;

let testDb: TestDatabase;
let dir: string;
beforeAll(async () => {
  testDb = await openTestDatabase();
  dir = mkdtempSync(path.join(tmpdir(), 'ath-salaries-'));
});
beforeEach(() => testDb.reset());
afterAll(async () => {
  await testDb?.dispose();
  rmSync(dir, { recursive: true, force: true });
});

/** Writes a crafted file into the test's temporary folder. */
function craft(name: string, content: string | Uint8Array): string {
  const file = path.join(dir, name);
  writeFileSync(file, content);
  return file;
}

async function stored(): Promise<{ records: number; imports: number }> {
  const [row] = await testDb.database.query<{ records: number; imports: number }>(
    'select (select count(*)::int from salary_records) as records, (select count(*)::int from salary_imports) as imports',
  );
  return row ?? { records: -1, imports: -1 };
}

async function rejection(promise: Promise<unknown>): Promise<SalaryFileRejected> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(SalaryFileRejected);
  return error as SalaryFileRejected;
}

describe('importSalaryFile', () => {
  it.skipIf(!realFile)('imports the real aijobs file, keeping one of each duplicated row', async () => {
    if (!realFile) return;
    const report = await importSalaryFile(testDb.database, realFile);
    expect(report).toMatchObject({
      fileName: 'salaries.csv',
      rowsRead: 74_301,
      imported: 34_997,
      duplicates: 39_304,
      skipped: 0,
      skipReasons: {},
      replacedImportId: null,
    });
    expect(report.sha256).toBe(createHash('sha256').update(readFileSync(realFile)).digest('hex'));
    expect(await stored()).toEqual({ records: 34_997, imports: 1 });
    const [row] = await testDb.database.query<Record<string, unknown>>(
      'select file_sha256, rows_read, rows_imported, duplicates, rows_skipped from salary_imports',
    );
    expect(row).toEqual({
      file_sha256: report.sha256,
      rows_read: 74_301,
      rows_imported: 34_997,
      duplicates: 39_304,
      rows_skipped: 0,
    });
    const executives = await testDb.database.query<{ level: string; approximate: boolean; n: number }>(
      `select level, level_approximate as approximate, count(*)::int as n from salary_records
       group by 1, 2 order by 1, 2`,
    );
    expect(executives.every((g) => g.approximate === (g.level === 'staff'))).toBe(true);
  });

  it('reports skipped rows by reason with their line numbers', async () => {
    const file = craft(
      'bad.csv',
      [
        HEADER,
        valid('Data Scientist', 120000), // line 2
        valid('Data Scientist', 120000), // 3: duplicate of line 2
        '2024,SE,FT,Data Scientist,,USD,100000,US,0,US,M', // 4
        '2024,SE,FT,Data Scientist,abc,USD,100000,US,0,US,M', // 5
        '2024,SE,FT,Data Scientist,-100,USD,100000,US,0,US,M', // 6
        '2024,SE,FT,Data Scientist,1000000000000,USD,1000000000000,US,0,US,M', // 7
        '2024,SE,FT,Data Scientist,100000,ABC,100000,US,0,US,M', // 8
        '2024,SE,FT,Data Scientist,100000,USD,100000,US,0,XX,M', // 9
        '2024,ZZ,FT,Data Scientist,100000,USD,100000,US,0,US,M', // 10
        '2024,SE,XX,Data Scientist,100000,USD,100000,US,0,US,M', // 11
        '1990,SE,FT,Data Scientist,100000,USD,100000,US,0,US,M', // 12
        '2024,SE,FT,Data Scientist,100000,USD,100000,US,30,US,M', // 13
        '2024,SE,FT,Data Scientist', // 14: too few columns
        '', // 15: blank, ignored
        valid('"NLP Engineer, Arabic"', 150000), // 16: a quoted comma is data
      ].join('\n'),
    );
    const report = await importSalaryFile(testDb.database, file);
    expect(report).toMatchObject({ rowsRead: 14, imported: 2, duplicates: 1, skipped: 11 });
    expect(report.skipReasons).toEqual({
      missing_field: { count: 2, exampleLines: [4, 14] },
      not_a_number: { count: 1, exampleLines: [5] },
      negative_or_zero: { count: 1, exampleLines: [6] },
      implausible_amount: { count: 1, exampleLines: [7] },
      unknown_currency: { count: 1, exampleLines: [8] },
      unknown_country: { count: 1, exampleLines: [9] },
      unknown_level: { count: 1, exampleLines: [10] },
      unknown_employment_type: { count: 1, exampleLines: [11] },
      bad_year: { count: 1, exampleLines: [12] },
      bad_remote_ratio: { count: 1, exampleLines: [13] },
    });
    const records = await testDb.database.query<{ raw_title: string; skills: string[] }>(
      'select raw_title, skills from salary_records order by raw_title',
    );
    expect(records).toEqual([
      { raw_title: 'Data Scientist', skills: [] },
      { raw_title: 'NLP Engineer, Arabic', skills: ['nlp'] },
    ]);
    const [saved] = await testDb.database.query<{ skip_report: unknown }>(
      'select skip_report from salary_imports',
    );
    expect(saved?.skip_report).toEqual(report.skipReasons);
  });

  it('rejects a file without the format columns, a binary file, broken CSV and an oversized file', async () => {
    const noColumns = craft('people.csv', 'name,email\nAda,ada@example.com\n');
    expect(await rejection(importSalaryFile(testDb.database, noColumns))).toMatchObject({
      reason: 'missing_columns',
      message: expect.stringContaining('names none of the aijobs.net salary columns'),
    });

    const binary = craft('sheet.xlsx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]));
    expect((await rejection(importSalaryFile(testDb.database, binary))).reason).toBe('not_csv');

    const brokenQuote = craft('quote.csv', `${HEADER}\n2024,SE,FT,"Data Scientist,1,USD,1,US,0,US,M\n`);
    expect((await rejection(importSalaryFile(testDb.database, brokenQuote))).reason).toBe('not_csv');

    const big = craft('big.csv', `${HEADER}\n${valid('Data Scientist', 100000)}\n`.repeat(20));
    const tooLarge = await rejection(importSalaryFile(testDb.database, big, { maxBytes: 1024 }));
    expect(tooLarge).toMatchObject({
      reason: 'too_large',
      message: expect.stringContaining('over the 1024 bytes limit'),
    });

    expect((await rejection(importSalaryFile(testDb.database, craft('empty.csv', '')))).reason).toBe(
      'empty_file',
    );
    expect(await stored()).toEqual({ records: 0, imports: 0 });
  });

  it('leaves nothing behind when the import fails part-way', async () => {
    const rows = Array.from({ length: 12_000 }, (_, i) => valid('Data Scientist', 50_000 + i));
    const file = craft('many.csv', [HEADER, ...rows].join('\n'));
    let failedAt = 0;
    const failure = importSalaryFile(testDb.database, file, {
      onProgress(done) {
        // By now two batches of records have been inserted inside the transaction.
        if (done >= 11_000) {
          failedAt = done;
          throw new Error('interrupted');
        }
      },
    });
    await expect(failure).rejects.toThrow('interrupted');
    expect(failedAt).toBe(11_000);
    expect(await stored()).toEqual({ records: 0, imports: 0 });
  });

  it('refuses the same file twice, and replaces it without doubling when asked', async () => {
    const file = craft(
      'small.csv',
      [HEADER, valid('Data Scientist', 100000), valid('Data Analyst', 80000)].join('\n'),
    );
    const first = await importSalaryFile(testDb.database, file);
    expect(first.imported).toBe(2);

    const again = await rejection(importSalaryFile(testDb.database, file));
    expect(again).toMatchObject({
      reason: 'already_imported',
      message: expect.stringContaining('--replace'),
    });
    expect(await stored()).toEqual({ records: 2, imports: 1 });

    const replaced = await importSalaryFile(testDb.database, file, { replace: true });
    expect(replaced).toMatchObject({ imported: 2, replacedImportId: first.importId });
    expect(replaced.importId).not.toBe(first.importId);
    expect(await stored()).toEqual({ records: 2, imports: 1 });
    const owners = await testDb.database.query<{ import_id: string }>(
      'select distinct import_id from salary_records',
    );
    expect(owners).toEqual([{ import_id: replaced.importId }]);
  });
});
