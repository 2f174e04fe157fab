import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config/env.js';
import { createMailer } from '../src/modules/mail/mailer.js';
import { buildApp } from '../src/server/app.js';
import { openTestDatabase, type TestDatabase } from './support/database.js';

describe('unexpected errors', () => {
  let testDb: TestDatabase;
  beforeAll(async () => {
    testDb = await openTestDatabase();
  });
  afterAll(async () => testDb.dispose());

  // Not yet ready, so each test can still add routes to it.
  async function freshApp() {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'ath-err-'));
    const config = loadConfig({ LOG_LEVEL: 'silent', SESSION_SECRET: 'x'.repeat(40) }, { dataDir });
    const outboxDir = path.join(dataDir, 'outbox');
    const mailer = createMailer({ smtpUrl: undefined, from: config.mailFrom, outboxDir });
    return buildApp({ config, database: testDb.database, mailer });
  }

  it('answer 500 problem+json that leaks nothing of the cause', async () => {
    const app = await freshApp();
    app.get('/api/test/boom', { config: { access: 'public' } }, () => {
      throw new Error('connection to postgres://admin:hunter2@db failed');
    });
    const response = await app.inject({ method: 'GET', url: '/api/test/boom' });
    expect(response.statusCode).toBe(500);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json()).toMatchObject({ code: 'internal_error', status: 500 });
    expect(response.body).not.toContain('hunter2');
    expect(response.body).not.toContain('postgres');
    await app.close();
  });

  it('refuse to register an API route that declares no access rule', async () => {
    const app = await freshApp();
    expect(() => app.get('/api/test/open', () => 'oops')).toThrow(/declares no access rule/);
    await app.close();
  });
});
