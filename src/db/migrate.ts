import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { migrationsFolder } from '../config/paths.js';
import type { Database, Schema } from './client.js';

// Any constant works; it only has to be the same in every process of this product.
const MIGRATION_LOCK_ID = 7_421_001;

/** Applies pending migrations; safe when several server processes start at once. */
export async function runMigrations(database: Database): Promise<void> {
  const folder = migrationsFolder();
  if (database.engine === 'pglite') {
    await migratePglite(database.db as unknown as PgliteDatabase<Schema>, { migrationsFolder: folder });
    return;
  }
  await database.exclusive(MIGRATION_LOCK_ID, () =>
    migratePg(database.db as unknown as NodePgDatabase<Schema>, { migrationsFolder: folder }),
  );
}

/** How many migrations ship with this build. */
export function expectedMigrationCount(): number {
  const journal = JSON.parse(
    readFileSync(path.join(migrationsFolder(), 'meta', '_journal.json'), 'utf8'),
  ) as {
    entries: unknown[];
  };
  return journal.entries.length;
}

/** How many migrations the database has applied (0 when it was never migrated). */
export async function appliedMigrationCount(database: Database): Promise<number> {
  const [exists] = await database.query<{ present: boolean }>(
    "select to_regclass('drizzle.__drizzle_migrations') is not null as present",
  );
  if (!exists?.present) return 0;
  const [row] = await database.query<{ n: number }>(
    'select count(*)::int as n from drizzle.__drizzle_migrations',
  );
  return row?.n ?? 0;
}
