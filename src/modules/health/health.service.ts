import { AppError } from '../../core/errors.js';
import type { Database } from '../../db/client.js';
import { appliedMigrationCount, expectedMigrationCount } from '../../db/migrate.js';

export type HealthService = ReturnType<typeof createHealthService>;

/** Readiness: the database answers and has every migration this build ships. */
export function createHealthService(database: Database) {
  const expected = expectedMigrationCount();
  return {
    async readiness() {
      let applied: number;
      try {
        applied = await appliedMigrationCount(database);
      } catch {
        throw new AppError('not_ready', 'The database is not reachable.');
      }
      if (applied < expected)
        throw new AppError('not_ready', `Migrations pending: ${applied} of ${expected} applied.`);
      return { status: 'ready' as const, database: database.engine, migrations: { applied, expected } };
    },
  };
}
