// The full index rebuild from PostgreSQL alone, against a named database kept between runs (seeded
// with the bench's candidates on first use), so the rebuild can be timed repeatedly:
//   node --max-semi-space-size=64 --max-old-space-size=3072 --import tsx bench/match-rebuild.ts --candidates N \
//     --database-url postgres://postgres@127.0.0.1:5432/postgres --name bench_match_perf [--runs 3] [--drop]
import { parseArgs } from 'node:util';
import pg from 'pg';
import { openDatabase } from '../src/db/client.js';
import { runMigrations } from '../src/db/migrate.js';
import { createMatchIndexes } from '../src/modules/matching/matching.indexes.js';
import { createFxService } from '../src/modules/positions/fx.service.js';
import { AS_OF, benchCandidates, percentile, round } from './match-data.js';
import { seed } from './match-pg.js';

const { values } = parseArgs({
  options: {
    candidates: { type: 'string', default: '100000' },
    'database-url': { type: 'string', default: 'postgres://postgres@127.0.0.1:5432/postgres' },
    name: { type: 'string', default: 'bench_match_perf' },
    runs: { type: 'string', default: '3' },
    drop: { type: 'boolean', default: false },
  },
});
const log = (line: string) => console.log(line);
const count = Number(values.candidates);
const name = values.name ?? 'bench_match_perf';
if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`--name must be a plain identifier, got ${name}`);
const admin = new pg.Client({ connectionString: values['database-url'] });
await admin.connect();
if (values.drop) {
  await admin.query(`drop database if exists "${name}" with (force)`);
  await admin.end();
  log(`dropped ${name}`);
  process.exit(0);
}
const exists = (await admin.query('select 1 from pg_database where datname = $1', [name])).rowCount === 1;
if (!exists) await admin.query(`create database "${name}"`);
await admin.end();
const url = new URL(values['database-url'] ?? '');
url.pathname = `/${name}`;
const database = await openDatabase({ databaseUrl: url.toString(), poolSize: 4 });
const client = new pg.Client({ connectionString: url.toString() });
await client.connect();
// Always: a database seeded under an older schema gains the newer migrations (0010's backfill).
await runMigrations(database);
if (!exists) {
  log(`seeding ${count.toLocaleString('en-US')} candidates into ${name}…`);
  await seed(client, benchCandidates(count), log);
  await client.query('truncate match_changes');
  await client.query('vacuum analyze');
}
const [{ n }] = (await client.query('select count(*)::int as n from candidate_profiles')).rows as [
  { n: number },
];
log(`${name}: ${n.toLocaleString('en-US')} candidate profiles`);
await client.end();

const times: number[] = [];
for (let run = 0; run < Number(values.runs); run++) {
  const indexes = createMatchIndexes({
    database,
    fx: createFxService({ db: database.db, now: () => AS_OF }),
    now: () => AS_OF,
    log: { info: () => undefined, error: (obj, msg) => log(`${msg} ${String(obj)}`) },
  });
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  await indexes.build();
  const cpu = process.cpuUsage(cpuStarted);
  const ms = performance.now() - started;
  times.push(ms);
  log(
    `rebuild ${run + 1}: ${Math.round(ms)} ms (this process's CPU ${Math.round((cpu.user + cpu.system) / 1000)} ms), ${indexes.candidates.size.toLocaleString('en-US')} candidates, RSS ${Math.round(process.memoryUsage().rss / 2 ** 20)} MB`,
  );
}
await database.close();
console.log(
  JSON.stringify({
    candidates: n,
    rebuild_p50_ms: round(percentile(times, 50)),
    runs: times.map(Math.round),
  }),
);
