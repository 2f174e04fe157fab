import type { Config } from '../../config/env.js';
import { openDatabase } from '../../db/client.js';
import { runMigrations } from '../../db/migrate.js';
import { closeOnSignals, startServer } from '../../server/server.js';
import { isDatabaseEmpty, printDemoAccounts, seedDemo } from './seed.js';

/** `ath serve`: migrate, seed demo data into an empty embedded database, listen. */
export async function serve(config: Config, options: { demoIfEmpty: boolean }): Promise<void> {
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  await runMigrations(database);
  // Only the embedded database is seeded by itself: a real PostgreSQL is someone's production.
  if (options.demoIfEmpty && database.engine === 'pglite' && (await isDatabaseEmpty(database))) {
    process.stderr.write('First start on an empty database: creating demo data…\n');
    await seedDemo(database, { seed: 2026, candidates: 2000, employers: 60, positions: 300 });
    printDemoAccounts();
  }
  const { app, url } = await startServer(config, database);
  closeOnSignals(app);
  process.stderr.write(`\nAI Talent Hub is running at ${config.publicUrl} (listening on ${url})\n`);
  process.stderr.write(`API docs: ${config.publicUrl}/api/docs\n`);
}
