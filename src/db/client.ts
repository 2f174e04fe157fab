import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';
import * as schema from './schema/index.js';

export type Schema = typeof schema;
/**
 * The Drizzle handle repositories use; the same type on both engines. A handle may be a
 * transaction, whose one connection runs one query at a time: a function given a handle that may
 * be one awaits its queries in turn, never in Promise.all (pg queues them, deprecates that, and
 * pg 9 will refuse; the integration tests fail on the deprecation).
 */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Engine = 'pglite' | 'postgres';

export interface Database {
  db: Db;
  engine: Engine;
  close(): Promise<void>;
  /** Runs raw SQL (migrations bookkeeping, tests' resets); rows come back as plain objects. */
  query<T extends Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  /** Runs fn while holding a cluster-wide advisory lock, so only one process does it at a time. */
  exclusive<T>(lockId: number, fn: () => Promise<T>): Promise<T>;
  /**
   * Calls fn on every NOTIFY on the channel (from any process on PostgreSQL); resolves to a function
   * that stops listening. A dropped connection is re-established; callers also poll, so a missed
   * notification only delays them.
   */
  listen(channel: string, fn: () => void): Promise<() => Promise<void>>;
}

export interface OpenOptions {
  databaseUrl?: string | undefined;
  dataDir?: string;
  /** An already-open PGlite (tests load a migrated template into memory). */
  pglite?: PGlite;
  poolSize?: number;
}

/** PostgreSQL when a URL is given, otherwise embedded PGlite under DATA_DIR/pgdata. */
export async function openDatabase(options: OpenOptions): Promise<Database> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl, options.poolSize ?? 10);
  const client = options.pglite ?? (await createPglite(options.dataDir));
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  return {
    db,
    engine: 'pglite',
    close: async () => {
      if (!client.closed) await client.close();
    },
    query: async <T extends Record<string, unknown>>(text: string, params: unknown[] = []) =>
      (await client.query<T>(text, params)).rows,
    // PGlite lives inside one process, which is already exclusive.
    exclusive: (_lockId, fn) => fn(),
    listen: async (channel, fn) => client.listen(channel, fn),
  };
}

async function createPglite(dataDir: string | undefined): Promise<PGlite> {
  if (!dataDir) return PGlite.create();
  const dir = path.join(dataDir, 'pgdata');
  mkdirSync(dir, { recursive: true });
  return PGlite.create(dir);
}

function openPostgres(url: string, max: number): Database {
  const pool = new pg.Pool({ connectionString: url, max });
  // An idle client's network error must not crash the process; the next query reconnects.
  pool.on('error', () => undefined);
  const db = drizzlePg(pool, { schema }) as unknown as Db;
  return {
    db,
    engine: 'postgres',
    close: () => pool.end(),
    query: async <T extends Record<string, unknown>>(text: string, params: unknown[] = []) =>
      (await pool.query<T>(text, params)).rows,
    exclusive: async (lockId, fn) => {
      // Lock and unlock must happen on one connection; a separate client leaves the pool to fn.
      const lockClient = new pg.Client({ connectionString: url });
      await lockClient.connect();
      try {
        await lockClient.query('select pg_advisory_lock($1)', [lockId]);
        return await fn();
      } finally {
        await lockClient.end().catch(() => undefined);
      }
    },
    listen: async (channel, fn) => {
      let client: pg.Client | null = null;
      let stopped = false;
      const connect = async (): Promise<void> => {
        const next = new pg.Client({ connectionString: url });
        next.on('notification', (message) => {
          if (message.channel === channel) fn();
        });
        next.on('error', () => {
          // Reconnect after a pause; the caller's polling covers the gap.
          next.end().catch(() => undefined);
          if (!stopped) setTimeout(() => void connect().catch(() => undefined), 1000).unref();
        });
        await next.connect();
        await next.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
        client = next;
      };
      await connect();
      return async () => {
        stopped = true;
        await client?.end().catch(() => undefined);
      };
    },
  };
}
