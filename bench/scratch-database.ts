// A throwaway database on a PostgreSQL server for one benchmark run, dropped afterwards.
import { randomBytes } from 'node:crypto';
import { openDatabase } from '../src/db/client.js';

/** A new, empty database on the server at `serverUrl`, and how to drop it. */
export async function scratchDatabase(
  serverUrl: string,
): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `ath_bench_${randomBytes(4).toString('hex')}`;
  const admin = await openDatabase({ databaseUrl: serverUrl, poolSize: 1 });
  await admin.query(`create database "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      await admin.query(`drop database if exists "${name}" with (force)`);
      await admin.close();
    },
  };
}
