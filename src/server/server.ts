import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Config } from '../config/env.js';
import { projectRoot } from '../config/paths.js';
import { type Database, openDatabase } from '../db/client.js';
import { runMigrations } from '../db/migrate.js';
import { createMailer } from '../modules/mail/mailer.js';
import { buildApp } from './app.js';

export interface RunningServer {
  app: FastifyInstance;
  database: Database;
  url: string;
}

/** The version from package.json, shown in the OpenAPI document. */
export function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(path.join(projectRoot(), 'package.json'), 'utf8')) as {
    version: string;
  };
  return pkg.version;
}

/** Opens and migrates the database, then builds the app and listens. */
export async function startServer(config: Config, database?: Database): Promise<RunningServer> {
  const db = database ?? (await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir }));
  await runMigrations(db);
  const mailer = createMailer({
    smtpUrl: config.smtpUrl,
    from: config.mailFrom,
    outboxDir: path.join(config.dataDir, 'outbox'),
  });
  const app = await buildApp({ config, database: db, mailer, version: packageVersion() });
  app.addHook('onClose', async () => db.close());
  const sweep = expirySweep(app, db);
  app.addHook('onClose', async () => app.matchIndexes.stop());
  app.addHook('onClose', async () => app.salaryIndexes.stop());
  app.addHook('onClose', async () => app.notificationDelivery.stop());
  const url = await app.listen({ port: config.port, host: config.host });
  sweep.start();
  app.notificationDelivery.start();
  void app.live.start().catch((error) => app.log.error({ err: error }, 'live events failed to start'));
  // The index builds in the background: match queries wait for it, everything else serves at once.
  void app.matchIndexes
    .start()
    .catch((error) => app.log.error({ err: error }, 'match index failed to start'));
  void app.salaryIndexes
    .start()
    .catch((error) => app.log.error({ err: error }, 'salary index failed to start'));
  return { app, database: db, url };
}

const SWEEP_LOCK = 7_240_001;
const SWEEP_EVERY_MS = 5 * 60 * 1000;

/**
 * Closes positions past their valid-through day, at start and every five minutes. Reads already hide
 * expired postings, so the sweep only makes the closure (status, reason, audit) durable; the advisory
 * lock lets one process of many do it.
 */
function expirySweep(app: FastifyInstance, db: Database): { start(): void } {
  let timer: NodeJS.Timeout | undefined;
  const sweep = async () => {
    try {
      const closed = await db.exclusive(SWEEP_LOCK, () => app.positions.expireDue());
      if (closed.length) app.log.info({ closed: closed.length }, 'expired positions closed');
    } catch (error) {
      app.log.error({ err: error }, 'expiry sweep failed');
    }
  };
  // Fastify takes hooks only before it listens; the timer starts after.
  app.addHook('onClose', async () => clearInterval(timer));
  return {
    start() {
      timer = setInterval(sweep, SWEEP_EVERY_MS);
      timer.unref();
      void sweep();
    },
  };
}

/**
 * SIGTERM/SIGINT: stop accepting, let in-flight requests finish, close the database, exit 0. The
 * same signal often arrives twice at once (a terminal's Ctrl-C or a process manager reaches the
 * whole process group, and `ath serve` passes its own on): a repeat within a second is that same
 * request; one later means the operator wants out now.
 */
export function closeOnSignals(app: FastifyInstance): void {
  let closingSince: number | null = null;
  const shutdown = (signal: string) => {
    if (closingSince !== null) {
      if (performance.now() - closingSince > 1000) process.exit(1);
      return;
    }
    closingSince = performance.now();
    app.log.info({ signal }, 'shutting down');
    app.close().then(
      () => process.exit(0),
      (error: unknown) => {
        app.log.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
}
