import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import { type Database, openDatabase } from '../../src/db/client.js';
import { loadPgliteTemplate } from './template.js';

export interface TestDatabase {
  database: Database;
  /** Empties every table; tests call it between cases instead of creating a new database. */
  reset(): Promise<void>;
  dispose(): Promise<void>;
}

/** One database per test file: PGlite loaded from the template, or a PostgreSQL copy of it. */
export async function openTestDatabase(): Promise<TestDatabase> {
  const pgTemplateUrl = inject('pgTemplateUrl');
  if (!pgTemplateUrl) {
    const database = await openDatabase({ pglite: await loadPgliteTemplate(inject('pgliteTemplate')) });
    return { database, reset: () => truncateAll(database), dispose: () => database.close() };
  }
  const template = new URL(pgTemplateUrl);
  const templateName = template.pathname.slice(1);
  const name = `${templateName}_f${randomBytes(5).toString('hex')}`;
  const adminUrl = new URL(pgTemplateUrl);
  adminUrl.pathname = '/postgres';
  const admin = await openDatabase({ databaseUrl: adminUrl.toString(), poolSize: 1 });
  await createFromTemplate(admin, name, templateName);
  const url = new URL(pgTemplateUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ databaseUrl: url.toString(), poolSize: 4 });
  return {
    database,
    reset: () => truncateAll(database),
    dispose: async () => {
      await database.close();
      await admin.query(`drop database if exists "${name}" with (force)`);
      await admin.close();
    },
  };
}

async function createFromTemplate(admin: Database, name: string, templateName: string): Promise<void> {
  // Two files copying the template at the same instant can collide; a short retry settles it.
  for (let attempt = 0; ; attempt++) {
    try {
      await admin.query(`create database "${name}" template "${templateName}"`);
      return;
    } catch (error) {
      if (attempt >= 20) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100 + Math.random() * 200));
    }
  }
}

async function truncateAll(database: Database): Promise<void> {
  const tables = await database.query<{ name: string }>(
    "select quote_ident(tablename) as name from pg_tables where schemaname = 'public'",
  );
  if (tables.length) await database.query(`truncate ${tables.map((t) => t.name).join(', ')} cascade`);
}
