import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { simpleParser } from 'mailparser';
import { loadConfig } from '../../src/config/env.js';
import { webDistFolder } from '../../src/config/paths.js';
import type { Database } from '../../src/db/client.js';
import { createAuthService } from '../../src/modules/auth/auth.service.js';
import { createMailer } from '../../src/modules/mail/mailer.js';
import { createRateLimiter } from '../../src/modules/ratelimit/rate-limit.service.js';
import { buildApp } from '../../src/server/app.js';
import { openTestDatabase, type TestDatabase } from '../../test/support/database.js';

export interface E2eServer {
  url: string;
  outboxDir: string;
  /** The server's database, for specs that store data no API writes (salary records, as an import would). */
  database: Database;
  /** The newest outbox mail to an address, as text. */
  latestMailTo(email: string): Promise<{ subject: string; text: string }>;
  /** An administrator with a confirmed email, made as `ath admin create` does, on the same database. */
  createAdmin(account: { displayName: string; email: string; password: string }): Promise<void>;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (!address || typeof address === 'string') throw new Error('no port');
  return address.port;
}

/** The real app, listening on a free port, with the default outbox mailer and the built web app. */
export async function startE2eServer(): Promise<E2eServer> {
  if (!readdirSync(webDistFolder()).includes('index.html'))
    throw new Error('web/dist is missing: run npm run build');
  const port = await freePort();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'ath-e2e-'));
  const outboxDir = path.join(dataDir, 'outbox');
  const config = loadConfig(
    { LOG_LEVEL: 'warn', SESSION_SECRET: 'e2e-secret-e2e-secret-e2e-secret-0000' },
    { dataDir, port, host: '127.0.0.1', publicUrl: `http://127.0.0.1:${port}`, smtpUrl: undefined },
  );
  const testDb: TestDatabase = await openTestDatabase();
  const mailer = createMailer({ smtpUrl: undefined, from: config.mailFrom, outboxDir });
  const app: FastifyInstance = await buildApp({ config, database: testDb.database, mailer });
  await app.listen({ port, host: '127.0.0.1' });
  // As startServer does: the matcher's indexes follow the database's change feed.
  await app.matchIndexes.start();
  return {
    url: config.publicUrl,
    outboxDir,
    database: testDb.database,
    async latestMailTo(email) {
      for (let attempt = 0; attempt < 50; attempt++) {
        const files = readdirSync(outboxDir)
          .filter((f) => f.endsWith('.eml'))
          .sort()
          .reverse();
        for (const file of files) {
          const parsed = await simpleParser(readFileSync(path.join(outboxDir, file)));
          const to = Array.isArray(parsed.to) ? parsed.to.map((a) => a.text).join() : (parsed.to?.text ?? '');
          if (to.includes(email)) return { subject: parsed.subject ?? '', text: parsed.text ?? '' };
        }
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      throw new Error(`no outbox mail to ${email}`);
    },
    async createAdmin({ displayName, email, password }) {
      const now = () => new Date();
      const auth = createAuthService({
        db: testDb.database.db,
        mailer,
        limiter: createRateLimiter(testDb.database.db, now),
        now,
        publicUrl: config.publicUrl,
        sessionTtlDays: config.sessionTtlDays,
        log: { error: (obj, msg) => console.error(msg, obj) },
      });
      await auth.createAdmin(email, password, displayName);
    },
    async stop() {
      await app.matchIndexes.stop();
      await app.close();
      await testDb.dispose();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
