// npm run bench:salary -- [--records N] [--queries Q] [--file CSV] [--database-url URL]
//
// Imports the real aijobs salary file (three times, --replace, median reported) into PGlite or the
// given PostgreSQL, builds the salary index from those records plus N synthetic ones, then times
// predefined slices (role family / level / geography: what the Salaries page asks by default),
// ad-hoc combinations (a year and/or a skill on top) in process, and the same through HTTP.
// Last line: JSON with records, predefined, adhoc, api and import_seconds.
import { mkdtempSync, rmSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config/env.js';
import { sharedDataDir } from '../src/config/paths.js';
import type { Level } from '../src/contracts/profile.js';
import type { SalaryRoleFamily } from '../src/contracts/salaries.js';
import { benchmark } from '../src/core/salary/benchmark.js';
import { syntheticSalaryRecords } from '../src/core/salary/generate.js';
import { type IndexableRecord, SalaryIndex, type SliceQuery } from '../src/core/salary/index/salary-index.js';
import { openDatabase } from '../src/db/client.js';
import { runMigrations } from '../src/db/migrate.js';
import { createMailer } from '../src/modules/mail/mailer.js';
import { measuredRecords } from '../src/modules/salaries/salaries.repository.js';
import { importSalaryFile } from '../src/modules/salaries/salaries-import.service.js';
import { buildApp } from '../src/server/app.js';
import { percentile, picker, round } from './match-data.js';

const { values: args } = parseArgs({
  options: {
    records: { type: 'string', default: '1000000' },
    queries: { type: 'string', default: '1000' },
    file: { type: 'string' },
    'database-url': { type: 'string' },
  },
});
const syntheticCount = Number(args.records);
const queries = Number(args.queries);
const file = args.file ?? path.join(sharedDataDir() ?? '../shared/data', 'salaries-aijobs', 'salaries.csv');
const log = (line: string) => process.stderr.write(`${line}\n`);

const FAMILIES: SalaryRoleFamily[] = [
  'ml_engineer',
  'data_scientist',
  'mlops_engineer',
  'research_scientist',
  'data_engineer',
];
const LEVELS: Level[] = ['junior', 'mid', 'senior', 'staff'];
const COUNTRIES = ['AE', 'SA', 'QA', 'US', 'GB', 'DE', 'IN', 'CA'];
const REGIONS = ['GCC', 'EU', 'NA', 'SOUTH_ASIA'] as const;
const SKILLS = ['mlops', 'large-language-models', 'pytorch', 'computer-vision', 'nlp', 'kubernetes'];
const YEARS = [2023, 2024, 2025];

function randomSlice(pick: (n: number) => number, adHoc: boolean): SliceQuery {
  const q: SliceQuery = {};
  if (pick(4) > 0) q.roleFamily = FAMILIES[pick(FAMILIES.length)];
  if (pick(4) > 0) q.level = LEVELS[pick(LEVELS.length)];
  const geo = pick(3);
  if (geo === 0) q.country = COUNTRIES[pick(COUNTRIES.length)];
  else if (geo === 1) q.region = REGIONS[pick(REGIONS.length)];
  if (adHoc) {
    const kind = pick(3);
    if (kind !== 1) q.year = YEARS[pick(YEARS.length)];
    if (kind !== 0) q.skill = SKILLS[pick(SKILLS.length)];
  }
  return q;
}

function time(index: SalaryIndex, slices: SliceQuery[]): { p50_ms: number; p95_ms: number } {
  for (const q of slices.slice(0, 50)) benchmark(index, q);
  const times: number[] = [];
  for (const q of slices) {
    const started = performance.now();
    benchmark(index, q);
    times.push(performance.now() - started);
  }
  return { p50_ms: round(percentile(times, 50), 4), p95_ms: round(percentile(times, 95), 4) };
}

function queryString(q: SliceQuery): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(q)) if (v !== undefined) params.set(k, String(v));
  return params.toString();
}

async function main(): Promise<void> {
  log(`machine: ${os.cpus().length} x ${os.cpus()[0]?.model ?? 'cpu'}, Node ${process.version}`);
  const dataDir = mkdtempSync(path.join(tmpdir(), 'ath-bench-salary-'));
  const databaseUrl = args['database-url'];
  const database = await openDatabase(databaseUrl ? { databaseUrl } : { dataDir });
  try {
    await runMigrations(database);
    const importTimes: number[] = [];
    for (let run = 0; run < 3; run++) {
      const started = performance.now();
      const report = await importSalaryFile(database, file, { replace: true });
      importTimes.push((performance.now() - started) / 1000);
      log(
        `import ${run + 1}: ${report.rowsRead} rows, ${report.imported} imported, ${report.duplicates} duplicates, ` +
          `${report.skipped} skipped in ${importTimes.at(-1)?.toFixed(2)} s`,
      );
    }
    const importSeconds = round(percentile(importTimes, 50), 2);

    const real: IndexableRecord[] = [];
    for await (const page of measuredRecords(database.db)) real.push(...page);
    log(`generating ${syntheticCount} synthetic records…`);
    const all: IndexableRecord[] = real.slice();
    for (const r of syntheticSalaryRecords(2026, syntheticCount)) all.push(r);
    const rssBefore = process.memoryUsage().rss;
    const buildStarted = performance.now();
    const index = SalaryIndex.build(all);
    const buildMs = round(performance.now() - buildStarted, 0);
    all.length = 0;
    const rssMb = round(process.memoryUsage().rss / 1e6, 0);
    log(
      `index: ${index.size} records built in ${buildMs} ms (rss ${rssMb} MB, ${round((process.memoryUsage().rss - rssBefore) / 1e6, 0)} MB more)`,
    );

    const pick = picker(11);
    const predefinedSlices = Array.from({ length: queries }, () => randomSlice(pick, false));
    const adhocSlices = Array.from({ length: queries }, () => randomSlice(pick, true));
    const predefined = time(index, predefinedSlices);
    const adhoc = time(index, adhocSlices);
    log(`predefined: p50 ${predefined.p50_ms} ms, p95 ${predefined.p95_ms} ms (target p95 <= 1 ms)`);
    log(`ad hoc:     p50 ${adhoc.p50_ms} ms, p95 ${adhoc.p95_ms} ms (target p95 <= 10 ms)`);

    const config = loadConfig(
      { LOG_LEVEL: 'silent', SESSION_SECRET: 'bench-secret-bench-secret-bench-secret-00' },
      { dataDir, port: 0, host: '127.0.0.1' },
    );
    const mailer = createMailer({ smtpUrl: undefined, from: config.mailFrom, outboxDir: dataDir });
    const app = await buildApp({ config, database, mailer });
    app.salaryIndexes.adopt(index);
    const address = await app.listen({ port: 0, host: '127.0.0.1' });
    const apiTimes: number[] = [];
    const mixed = predefinedSlices.map((q, i) => (i % 2 === 0 ? q : (adhocSlices[i] ?? q)));
    for (let i = -20; i < mixed.length; i++) {
      const q = mixed[Math.max(0, i)] ?? {};
      const started = performance.now();
      const response = await fetch(`${address}/api/salaries/benchmark?${queryString(q)}`);
      await response.json();
      if (response.status !== 200) throw new Error(`API ${response.status}`);
      if (i >= 0) apiTimes.push(performance.now() - started);
    }
    await app.close();
    const api = { p50_ms: round(percentile(apiTimes, 50), 3), p95_ms: round(percentile(apiTimes, 95), 3) };
    log(
      `api (half predefined, half ad hoc): p50 ${api.p50_ms} ms, p95 ${api.p95_ms} ms (target p95 <= 20 ms)`,
    );
    log(`import of ${path.basename(file)}: median ${importSeconds} s of 3 (target <= 10 s)`);
    console.log(
      JSON.stringify({
        records: index.size,
        real_records: real.length,
        synthetic_records: syntheticCount,
        build_ms: buildMs,
        rss_mb: rssMb,
        predefined,
        adhoc,
        api,
        import_seconds: importSeconds,
        engine: database.engine,
      }),
    );
  } finally {
    await database.close().catch(() => undefined);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
