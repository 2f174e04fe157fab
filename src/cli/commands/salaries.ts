// `ath import salaries FILE.csv`: imports an aijobs.net salary CSV with a progress bar and prints
// what came of its rows. Thin: open the database, call the import service, print its report.
import type { Command } from 'commander';
import { loadConfig } from '../../config/env.js';
import { openDatabase } from '../../db/client.js';
import { runMigrations } from '../../db/migrate.js';
import { type ImportReport, importSalaryFile } from '../../modules/salaries/salaries-import.service.js';
import { type Progress, startProgress } from '../progress.js';

/** Registers `ath import salaries <file> [--replace]`. */
export function registerImportCommands(program: Command): void {
  program
    .command('import')
    .description('Import data files')
    .command('salaries <file>')
    .description('Import an aijobs.net salary CSV (work_year, experience_level, ... company_size)')
    .option('--replace', 'replace an earlier import of the same file instead of refusing it')
    .action(async (file: string, opts: { replace?: boolean }) => importSalaries(file, opts.replace ?? false));
}

async function importSalaries(file: string, replace: boolean): Promise<void> {
  const config = loadConfig();
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  let bar: Progress | undefined;
  let shown = 0;
  const started = Date.now();
  try {
    await runMigrations(database);
    const report = await importSalaryFile(database, file, {
      replace,
      onProgress(done, total) {
        bar ??= startProgress('salaries', total);
        bar.increment(done - shown);
        shown = done;
      },
    });
    bar?.stop();
    process.stdout.write(formatReport(report, (Date.now() - started) / 1000));
  } finally {
    // A rejected file leaves the bar mid-way; the error message follows on its own line.
    bar?.stop();
    await database.close();
  }
}

/** The import report as the terminal shows it. */
export function formatReport(report: ImportReport, seconds: number): string {
  const n = (value: number) => value.toLocaleString('en-US').padStart(9);
  const lines = [
    `Imported ${report.fileName} in ${seconds.toFixed(1)} s (import ${report.importId})` +
      (report.replacedImportId ? `, replacing import ${report.replacedImportId}` : ''),
    `  rows read   ${n(report.rowsRead)}`,
    `  imported    ${n(report.imported)}`,
    `  duplicates  ${n(report.duplicates)}  (identical to an earlier row: kept once)`,
    `  skipped     ${n(report.skipped)}`,
  ];
  for (const [reason, skip] of Object.entries(report.skipReasons)) {
    lines.push(`    ${reason.padEnd(24)}${n(skip.count)}  e.g. line ${skip.exampleLines.join(', ')}`);
  }
  return `${lines.join('\n')}\n`;
}
