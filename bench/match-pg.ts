// With --database-url: a fresh database on that server holds the same candidates in the app's own
// tables, to time (a) the full index rebuild from PostgreSQL and (b) the same ranking written as SQL.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import pg from 'pg';
import type { MatchCandidate, MatchPosition } from '../src/core/matching/types.js';
import { openDatabase } from '../src/db/client.js';
import { runMigrations } from '../src/db/migrate.js';
import { percentile, round } from './match-data.js';
import { scratchDatabase } from './scratch-database.js';

const BATCH = 20_000;

export interface PgFigures {
  rebuild_ms: number;
  sql_p50_ms: number;
  sql_p95_ms: number;
}

/** Up to `size` items at a time from an iterable. */
function* batches<T>(items: Iterable<T>, size: number): Generator<T[]> {
  let batch: T[] = [];
  for (const item of items) {
    batch.push(item);
    if (batch.length === size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

/**
 * Writes candidates with unnest() batches: users, profiles, skills. Items are left out (no
 * evidence). The candidates stream in, BATCH at a time, so a million are never held at once.
 */
export async function seed(
  client: pg.Client,
  candidates: Iterable<MatchCandidate>,
  log: (line: string) => void,
) {
  let start = 0;
  for (const batch of batches(candidates, BATCH)) {
    const ids = batch.map((c) => c.id);
    await client.query(
      `insert into users (id, email, password_hash, display_name, account_type)
       select id, id::text || '@bench.test', 'x', 'Bench Candidate', 'candidate' from unnest($1::uuid[]) as id`,
      [ids],
    );
    await client.query(
      `insert into candidate_profiles (user_id, country, years_experience, declared_stage, visibility)
       select * from unnest($1::uuid[], $2::text[], $3::real[], $4::text[], $5::text[])`,
      [
        ids,
        batch.map((c) => c.country),
        batch.map((c) => c.yearsExperience),
        batch.map((c) => c.level),
        batch.map((c) => c.visibility),
      ],
    );
    const userIds: string[] = [];
    const skillIds: string[] = [];
    const levels: number[] = [];
    for (const c of batch) {
      for (const s of c.skills) {
        userIds.push(c.id);
        skillIds.push(s.skillId);
        levels.push(s.proficiency);
      }
    }
    await client.query(
      `insert into candidate_skills (user_id, skill_id, proficiency)
       select * from unnest($1::uuid[], $2::text[], $3::int[])`,
      [userIds, skillIds, levels],
    );
    if ((start / BATCH) % 10 === 0)
      log(`  seeded ${(start + batch.length).toLocaleString('en-US')} candidates`);
    start += batch.length;
  }
}

/**
 * `candidates` regenerates the benchmark's candidates (the generator is deterministic), so that
 * seeding streams them instead of holding them all; `count` is how many it yields.
 */
export async function measurePostgres(
  adminUrl: string,
  candidates: () => Iterable<MatchCandidate>,
  count: number,
  positions: readonly MatchPosition[],
  log: (line: string) => void,
): Promise<PgFigures> {
  const scratch = await scratchDatabase(adminUrl);
  const url = scratch.url;
  try {
    const database = await openDatabase({ databaseUrl: url, poolSize: 4 });
    await runMigrations(database);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    log(
      `PostgreSQL database ${new URL(url).pathname.slice(1)}: seeding ${count.toLocaleString('en-US')} candidates…`,
    );
    await seed(client, candidates(), log);
    await client.query('truncate match_changes');
    // As autovacuum would leave a table after a bulk load: visibility settled, statistics fresh.
    await client.query('vacuum analyze');

    // In a new process, as a server builds it at start: this one holds the bench's own million-candidate
    // index and two apps, whose heap slowed the collector in the rebuild (11.9 s against 9.9 s at 1M).
    const rebuildMs = await rebuildInFreshProcess(adminUrl, new URL(url).pathname.slice(1), log);

    // The required-skill part of the ranking as one GROUP BY: what the index replaces.
    const times: number[] = [];
    for (const position of positions.slice(0, 20)) {
      const t = performance.now();
      await client.query(
        `select cs.user_id, sum(least(cs.proficiency, r.min)::float8 / r.min) as score
         from candidate_skills cs join unnest($1::text[], $2::int[]) as r(skill, min) on r.skill = cs.skill_id
         group by cs.user_id order by score desc limit 20`,
        [position.required.map((s) => s.skillId), position.required.map((s) => s.minProficiency)],
      );
      times.push(performance.now() - t);
    }
    await client.end();
    await database.close();
    return {
      rebuild_ms: Math.round(rebuildMs),
      sql_p50_ms: round(percentile(times, 50)),
      sql_p95_ms: round(percentile(times, 95)),
    };
  } finally {
    await scratch.drop();
  }
}

/**
 * The full index rebuild from the database `name` on the server at `serverUrl`, timed by
 * match-rebuild in a new Node process with this one's flags (compiled or through tsx alike).
 */
async function rebuildInFreshProcess(serverUrl: string, name: string, log: (line: string) => void) {
  const here = fileURLToPath(import.meta.url);
  const script = path.join(path.dirname(here), `match-rebuild${path.extname(here)}`);
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [...process.execArgv, script, '--database-url', serverUrl, '--name', name, '--runs', '1'],
    { maxBuffer: 1 << 24 },
  );
  const lines = stdout.trim().split('\n');
  for (const line of lines.filter((l) => l.startsWith('rebuild '))) log(`  ${line}`);
  return (JSON.parse(lines.at(-1) ?? '') as { rebuild_p50_ms: number }).rebuild_p50_ms;
}
