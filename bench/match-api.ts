// The ranking through the real HTTP API: the app on an in-memory PGlite (or, given a server's URL,
// on a fresh PostgreSQL database dropped afterwards) with demo employers and positions, the
// benchmark's candidate index adopted by the app, a recruiter signed in over HTTP. The candidates
// that the measured queries return get profile rows, so every card is complete.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { loadConfig } from '../src/config/env.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../src/core/demo/index.js';
import type { CandidateIndex } from '../src/core/matching/index/candidate-index.js';
import { openDatabase } from '../src/db/client.js';
import { runMigrations } from '../src/db/migrate.js';
import {
  candidateProfiles,
  organisationMembers,
  organisations,
  positions,
  users,
} from '../src/db/schema/index.js';
import { seedDemo } from '../src/modules/demo/demo.service.js';
import { createMailer } from '../src/modules/mail/mailer.js';
import { buildApp } from '../src/server/app.js';
import { AS_OF, percentile, picker, round, SEED } from './match-data.js';
import { scratchDatabase } from './scratch-database.js';

export interface ApiFigures {
  p50_ms: number;
  p95_ms: number;
  positions: number;
  /** The same positions ranked in process (k = 21, as the service asks): the API's own cost is the rest. */
  in_process: { p50_ms: number; p95_ms: number };
}

export async function measureApi(
  index: CandidateIndex,
  queries: number,
  /** A PostgreSQL server to create the app's database on; PGlite in memory without one. */
  serverUrl?: string,
): Promise<ApiFigures> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'ath-bench-'));
  const scratch = serverUrl === undefined ? null : await scratchDatabase(serverUrl);
  const database = await openDatabase(scratch === null ? {} : { databaseUrl: scratch.url });
  try {
    await runMigrations(database);
    await seedDemo(database.db, { seed: SEED, candidates: 0, employers: 60, positions: 300 });
    const config = loadConfig(
      { LOG_LEVEL: 'silent', SESSION_SECRET: 'bench-secret-bench-secret-bench-secret-00' },
      { dataDir, port: 0, host: '127.0.0.1' },
    );
    const mailer = createMailer({ smtpUrl: undefined, from: config.mailFrom, outboxDir: dataDir });
    const app = await buildApp({ config, database, mailer, now: () => AS_OF });
    await app.matchIndexes.ready();
    app.matchIndexes.adoptCandidates(index);

    // The demo recruiter becomes a member of every organisation, so any position may be asked about.
    const db = database.db;
    const [recruiter] = await db.select().from(users).where(eq(users.email, DEMO_ACCOUNTS.recruiter.email));
    if (!recruiter) throw new Error('demo recruiter missing');
    const orgs = await db.select({ id: organisations.id }).from(organisations);
    await db
      .insert(organisationMembers)
      .values(orgs.map((o) => ({ organisationId: o.id, userId: recruiter.id, role: 'recruiter' as const })))
      .onConflictDoNothing();
    const live = (
      await db.select({ id: positions.id }).from(positions).where(eq(positions.status, 'open'))
    ).map((p) => p.id);
    const pick = picker(7);
    const chosen = Array.from({ length: queries }, () => live[pick(live.length)] ?? '');

    // Profile rows for every candidate the measured queries will show.
    const shown = new Set<string>();
    for (const id of new Set(chosen)) {
      const position = app.matchIndexes.position(id);
      if (!position) continue;
      for (const match of index.topCandidates(position, { k: 20, now: AS_OF })) shown.add(match.candidateId);
    }
    const rows = [...shown];
    for (let i = 0; i < rows.length; i += 500) {
      const ids = rows.slice(i, i + 500);
      await db.insert(users).values(
        ids.map((id) => ({
          id,
          email: `${id}@bench.test`,
          passwordHash: 'x',
          displayName: 'Bench Candidate',
          accountType: 'candidate' as const,
        })),
      );
      await db.insert(candidateProfiles).values(ids.map((userId) => ({ userId, headline: 'ML engineer' })));
    }
    // Those inserts fired the change feed; apply it now so the timed queries do not pay for it.
    await app.matchIndexes.sync();

    const address = await app.listen({ port: 0, host: '127.0.0.1' });
    const cookie = await signIn(address);
    const times: number[] = [];
    for (let i = -10; i < queries; i++) {
      const id = chosen[Math.max(0, i)] ?? '';
      const started = performance.now();
      const response = await fetch(`${address}/api/positions/${id}/candidates?limit=20`, {
        headers: { cookie },
      });
      const body = (await response.json()) as { candidates?: unknown[] };
      if (response.status !== 200 || !Array.isArray(body.candidates))
        throw new Error(`API ${response.status}`);
      // The first ten warm the JIT and connection; they are not counted.
      if (i >= 0) times.push(performance.now() - started);
    }
    await app.close();
    const engine: number[] = [];
    for (const id of chosen) {
      const position = app.matchIndexes.position(id);
      if (!position) continue;
      const started = performance.now();
      index.topCandidates(position, { k: 21, now: AS_OF });
      engine.push(performance.now() - started);
    }
    return {
      p50_ms: round(percentile(times, 50)),
      p95_ms: round(percentile(times, 95)),
      positions: live.length,
      in_process: { p50_ms: round(percentile(engine, 50)), p95_ms: round(percentile(engine, 95)) },
    };
  } finally {
    await database.close().catch(() => undefined);
    await scratch?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function signIn(address: string): Promise<string> {
  const csrf = await fetch(`${address}/api/auth/csrf`);
  const token = ((await csrf.json()) as { token: string }).token;
  const csrfCookie = (csrf.headers.getSetCookie() ?? []).map((c) => c.split(';')[0]).join('; ');
  const response = await fetch(`${address}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-csrf-token': token, cookie: csrfCookie },
    body: JSON.stringify({ email: DEMO_ACCOUNTS.recruiter.email, password: DEMO_PASSWORD }),
  });
  if (response.status !== 200) throw new Error(`sign-in failed: ${response.status}`);
  const session = (response.headers.getSetCookie() ?? []).map((c) => c.split(';')[0]);
  return [csrfCookie, ...session].join('; ');
}
