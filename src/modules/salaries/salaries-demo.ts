// Synthetic salary records for the demo marketplace, stored as one import of format 'demo' so they
// are labelled everywhere (the API reports them as source "demo") and can be removed in one statement.
import { createHash } from 'node:crypto';
import { syntheticSalaryRecords } from '../../core/salary/generate.js';
import type { SalaryRecord } from '../../core/salary/types.js';
import type { Db } from '../../db/client.js';
import { insertImport, insertRecords } from './salaries-import.repository.js';

const CHUNK = 10_000;

/** Writes `count` synthetic records for `seed` in one transaction; returns how many were written. */
export async function seedSyntheticSalaries(
  db: Db,
  options: { seed: number; count: number },
  progress: (done: number, total: number) => void = () => {},
): Promise<number> {
  const label = `demo:${options.seed}:${options.count}`;
  return db.transaction(async (tx) => {
    const importId = await insertImport(tx, {
      format: 'demo',
      fileName: `synthetic salary records (seed ${options.seed})`,
      fileSha256: createHash('sha256').update(label).digest('hex'),
      rowsRead: options.count,
      rowsImported: options.count,
      duplicates: 0,
      rowsSkipped: 0,
      skipReport: {},
    });
    if (!importId) return 0;
    let chunk: SalaryRecord[] = [];
    let done = 0;
    for (const record of syntheticSalaryRecords(options.seed, options.count)) {
      chunk.push(record);
      if (chunk.length === CHUNK) {
        await insertRecords(tx, importId, chunk);
        done += chunk.length;
        progress(done, options.count);
        chunk = [];
      }
    }
    if (chunk.length) await insertRecords(tx, importId, chunk);
    progress(options.count, options.count);
    return options.count;
  });
}
