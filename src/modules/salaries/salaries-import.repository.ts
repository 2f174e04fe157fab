// The only SQL of the salary import: the import's row, its records in batches, and replacing an
// earlier import of the same file.
import { eq, sql } from 'drizzle-orm';
import type { SalaryRecord } from '../../core/salary/types.js';
import type { Db } from '../../db/client.js';
import { salaryImports, salaryRecords } from '../../db/schema/salaries.js';

export type NewSalaryImport = typeof salaryImports.$inferInsert;

export interface EarlierImport {
  id: string;
  fileName: string;
  createdAt: Date;
}

/** The import of the file with this SHA-256, if one was stored. */
export async function findImportBySha(db: Db, sha256: string): Promise<EarlierImport | undefined> {
  const [row] = await db
    .select({ id: salaryImports.id, fileName: salaryImports.fileName, createdAt: salaryImports.createdAt })
    .from(salaryImports)
    .where(eq(salaryImports.fileSha256, sha256))
    .limit(1);
  return row;
}

/** Deletes an import; its records go with it (foreign key on delete cascade). */
export async function deleteImport(db: Db, id: string): Promise<void> {
  await db.delete(salaryImports).where(eq(salaryImports.id, id));
}

/** Inserts the import's row; null when a row for the same file already exists (a concurrent import). */
export async function insertImport(db: Db, row: NewSalaryImport): Promise<string | null> {
  const [inserted] = await db
    .insert(salaryImports)
    .values(row)
    .onConflictDoNothing({ target: salaryImports.fileSha256 })
    .returning({ id: salaryImports.id });
  return inserted?.id ?? null;
}

/** Writes the final counts and skip report onto the import's row. */
export async function finishImport(
  db: Db,
  id: string,
  counts: Pick<NewSalaryImport, 'rowsRead' | 'rowsImported' | 'duplicates' | 'rowsSkipped' | 'skipReport'>,
): Promise<void> {
  await db.update(salaryImports).set(counts).where(eq(salaryImports.id, id));
}

/** Records per INSERT: big enough that per-statement cost vanishes, small enough to bound memory. */
export const RECORDS_PER_INSERT = 5000;

/**
 * Inserts an import's records, RECORDS_PER_INSERT per statement. Each column travels as one array
 * parameter and unnest() turns the arrays back into rows: some twenty parameters per statement
 * instead of twenty per row, which PGlite and PostgreSQL parse and plan at a fraction of the cost
 * of a many-thousand-row VALUES list. Skills (an array per row) travel as comma-joined slugs,
 * which never contain a comma.
 */
export async function insertRecords(
  db: Db,
  importId: string,
  records: readonly SalaryRecord[],
): Promise<void> {
  for (let start = 0; start < records.length; start += RECORDS_PER_INSERT) {
    const rows = records.slice(start, start + RECORDS_PER_INSERT);
    const column = <T>(pick: (record: SalaryRecord) => T) => sql.param(rows.map(pick));
    await db.execute(sql`
      insert into ${salaryRecords} (import_id, source, year, role_family, title, raw_title, level,
        level_approximate, country, residence, region, currency, base, allowances, total, total_usd,
        remote_ratio, company_size, employment_type, weight, skills)
      select ${importId}::uuid, source, year, role_family, title, raw_title, level, level_approximate,
        country, residence, region, currency, base, allowances, total, total_usd, remote_ratio,
        company_size, employment_type, weight, string_to_array(skills, ',')
      from unnest(
        ${column((r) => r.source)}::text[], ${column((r) => r.year)}::smallint[],
        ${column((r) => r.roleFamily)}::text[], ${column((r) => r.title)}::text[],
        ${column((r) => r.rawTitle)}::text[], ${column((r) => r.level)}::text[],
        ${column((r) => r.levelApproximate)}::boolean[], ${column((r) => r.country)}::text[],
        ${column((r) => r.residence)}::text[], ${column((r) => r.region)}::text[],
        ${column((r) => r.currency)}::text[], ${column((r) => r.base)}::float8[],
        ${column((r) => r.allowances)}::float8[], ${column((r) => r.total)}::float8[],
        ${column((r) => r.totalUsd)}::float8[], ${column((r) => r.remoteRatio)}::smallint[],
        ${column((r) => r.companySize)}::text[], ${column((r) => r.employmentType)}::text[],
        ${column((r) => r.weight)}::real[], ${column((r) => r.skills.join(','))}::text[]
      ) as r(source, year, role_family, title, raw_title, level, level_approximate, country,
        residence, region, currency, base, allowances, total, total_usd, remote_ratio, company_size,
        employment_type, weight, skills)`);
  }
}
