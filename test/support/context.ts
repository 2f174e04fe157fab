import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { type Config, loadConfig } from '../../src/config/env.js';
import type { Database } from '../../src/db/client.js';
import { createMailer } from '../../src/modules/mail/mailer.js';
import { buildApp } from '../../src/server/app.js';
import { openTestDatabase, type TestDatabase } from './database.js';
import { createClient, type TestClient } from './http-client.js';
import { startTestSmtp, type TestSmtp } from './smtp.js';

export interface TestClock {
  now(): Date;
  advance(ms: number): void;
  reset(): void;
}

export interface TestContext {
  app: FastifyInstance;
  database: Database;
  config: Config;
  smtp: TestSmtp;
  clock: TestClock;
  client(options?: { ip?: string }): TestClient;
}

function createClock(): TestClock {
  let offset = 0;
  return {
    now: () => new Date(Date.now() + offset),
    advance: (ms) => {
      offset += ms;
    },
    reset: () => {
      offset = 0;
    },
  };
}

/**
 * Wires one real app per test file: database from the template, a real SMTP server, a movable
 * clock. Tables are emptied before each test, so every test starts from a clean marketplace.
 */
export function setupTestApp(overrides: Partial<Config> = {}): TestContext {
  const ctx = {} as TestContext;
  let testDb: TestDatabase;
  let dataDir: string;
  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'ath-test-'));
    testDb = await openTestDatabase();
    const smtp = await startTestSmtp();
    const clock = createClock();
    const config = loadConfig(
      { LOG_LEVEL: 'silent', SESSION_SECRET: 'test-secret-test-secret-test-secret-00' },
      { dataDir, smtpUrl: smtp.url, publicUrl: 'http://127.0.0.1:3000', ...overrides },
    );
    const mailer = createMailer({
      smtpUrl: config.smtpUrl,
      from: config.mailFrom,
      outboxDir: path.join(dataDir, 'outbox'),
    });
    const app = await buildApp({ config, database: testDb.database, mailer, now: clock.now });
    await app.ready();
    Object.assign(ctx, {
      app,
      database: testDb.database,
      config,
      smtp,
      clock,
      client: (options?: { ip?: string }) => createClient(app, options),
    });
  });
  beforeEach(async () => {
    await testDb.reset();
    ctx.smtp.clear();
    ctx.clock.reset();
  });
  afterAll(async () => {
    await ctx.app?.close();
    await ctx.smtp?.close();
    await testDb?.dispose();
    rmSync(dataDir, { recursive: true, force: true });
  });
  return ctx;
}

/**
 * A second app on the test app's database and clock, as a second server process behind a load
 * balancer would run: its own in-memory indexes and live streams, its mail kept in an outbox of
 * its own. Called inside a beforeAll, after setupTestApp's; the caller closes it.
 */
export async function buildSecondApp(ctx: TestContext): Promise<FastifyInstance> {
  return buildApp({
    config: ctx.config,
    database: ctx.database,
    mailer: createMailer({
      smtpUrl: undefined,
      from: ctx.config.mailFrom,
      outboxDir: path.join(ctx.config.dataDir, 'b'),
    }),
    now: ctx.clock.now,
  });
}
