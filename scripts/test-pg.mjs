#!/usr/bin/env node
// Runs the integration tests against a real PostgreSQL server: creates a fresh database to act
// as the migrated template, runs vitest with TEST_DATABASE_URL pointing at it, then drops it.
// PG_ADMIN_URL names the server (default postgres://postgres@127.0.0.1:5432/postgres).
import { spawnSync } from 'node:child_process';
import pg from 'pg';

const adminUrl = process.env.PG_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const name = `ath_test_${Date.now().toString(36)}`;
const admin = new pg.Client({ connectionString: adminUrl });
await admin.connect();
const { rows } = await admin.query('show server_version');
console.log(`PostgreSQL ${rows[0].server_version}: creating database ${name}`);
await admin.query(`create database "${name}"`);
const url = new URL(adminUrl);
url.pathname = `/${name}`;
const result = spawnSync('npx', ['vitest', 'run', '--project', 'integration', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, TEST_DATABASE_URL: url.toString() },
});
await admin.query(`drop database if exists "${name}" with (force)`);
// Copies the test files made from the template are dropped by each file; sweep leftovers of crashed runs.
const leftovers = await admin.query('select datname from pg_database where datname like $1', [`${name}_f%`]);
for (const row of leftovers.rows) await admin.query(`drop database if exists "${row.datname}" with (force)`);
await admin.end();
process.exit(result.status ?? 1);
