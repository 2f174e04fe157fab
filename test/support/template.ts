import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { migrationsFolder, projectRoot } from '../../src/config/paths.js';
import { openDatabase } from '../../src/db/client.js';
import { runMigrations } from '../../src/db/migrate.js';

/**
 * Creating a PGlite database costs seconds, loading a dump well under one: migrate once, dump to a
 * file named by the migrations' hash, and let every test file load that dump into memory.
 */
export async function ensurePgliteTemplate(): Promise<string> {
  const dir = path.join(projectRoot(), 'node_modules', '.cache', 'ath-test');
  const file = path.join(dir, `pglite-${migrationsHash()}.tar.gz`);
  if (existsSync(file)) return file;
  mkdirSync(dir, { recursive: true });
  const pglite = await PGlite.create();
  const database = await openDatabase({ pglite });
  await runMigrations(database);
  const dump = await pglite.dumpDataDir('gzip');
  await pglite.close();
  // Write then rename, so a parallel run never loads a half-written template.
  const partial = `${file}.${process.pid}.partial`;
  writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
  renameSync(partial, file);
  return file;
}

/** Loads the migrated template into a fresh in-memory PGlite. */
export async function loadPgliteTemplate(file: string): Promise<PGlite> {
  const blob = new Blob([readFileSync(file)]);
  return PGlite.create({ loadDataDir: blob });
}

function migrationsHash(): string {
  const folder = migrationsFolder();
  const hash = createHash('sha256');
  for (const name of readdirSync(folder)
    .filter((f) => f.endsWith('.sql'))
    .sort()) {
    hash.update(name).update(readFileSync(path.join(folder, name)));
  }
  return hash.digest('hex').slice(0, 16);
}

/** Migrates the PostgreSQL database named by url so test files can copy it as a template. */
export async function preparePostgresTemplate(url: string): Promise<void> {
  const database = await openDatabase({ databaseUrl: url, poolSize: 1 });
  try {
    await runMigrations(database);
  } finally {
    await database.close();
  }
}
