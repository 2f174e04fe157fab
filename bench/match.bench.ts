// The matcher at marketplace scale: builds the in-memory index over N generated candidates, ranks
// candidates for 200 random positions and positions for 200 random candidates (top-20 with the
// explanations of those 20), times incremental updates, the same ranking through the HTTP API, and,
// with --database-url, the API again on PostgreSQL, the full rebuild from PostgreSQL and the
// equivalent SQL query.
//
//   npm run bench:match -- --candidates N [--positions M] [--database-url U] [--queries Q]
//                          [--keep K] [--no-api]
//
// The last line printed is a JSON summary for machines.
import os from 'node:os';
import { parseArgs } from 'node:util';
import { CandidateIndex } from '../src/core/matching/index/candidate-index.js';
import { buildPositionIndex } from '../src/core/matching/index/position-index.js';
import type { MatchCandidate } from '../src/core/matching/types.js';
import { LEVELS } from '../src/core/matching/vocabulary.js';
import { measureMachineSpeed } from './machine-speed.js';
import { measureApi } from './match-api.js';
import { AS_OF, benchCandidates, benchPositions, percentile, picker, round } from './match-data.js';
import { measurePostgres } from './match-pg.js';

const { values } = parseArgs({
  options: {
    candidates: { type: 'string', default: '100000' },
    positions: { type: 'string', default: '2000' },
    queries: { type: 'string', default: '200' },
    'database-url': { type: 'string' },
    /** Skip the HTTP API part (for iterating on the in-process figures). */
    'no-api': { type: 'boolean', default: false },
    /** Candidates kept as objects for positions-for-candidate queries and updates. */
    keep: { type: 'string', default: '10000' },
  },
});
const int = (raw: string | undefined, name: string) => {
  const n = Number(String(raw).replace(/[_,]/g, ''));
  if (!Number.isSafeInteger(n) || n < 1) throw new Error(`--${name} must be a positive integer, got ${raw}`);
  return n;
};
const candidateCount = int(values.candidates, 'candidates');
const positionCount = int(values.positions, 'positions');
const queries = int(values.queries, 'queries');
const keepCount = Math.min(candidateCount, int(values.keep, 'keep'));
const log = (line: string) => console.log(line);
const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);

const cpus = os.cpus();
log(`machine: ${cpus[0]?.model ?? 'unknown CPU'}, ${cpus.length} cores, Node ${process.version}`);
const speedAtStart = measureMachineSpeed();
log(
  `machine speed: ${speedAtStart.compute_ms} ms for 10^8 integer steps, ${speedAtStart.memory_ns} ns per dependent random read of 64 MB`,
);
log(
  `candidates ${candidateCount.toLocaleString('en-US')}, positions ${positionCount.toLocaleString('en-US')}, queries ${queries}`,
);

// The candidates stream from the generator into the bulk load, so the process never holds a
// million candidate objects (the index keeps its own arrays); every (N / keep)-th one is kept for
// positions-for-candidate queries and updates.
const candidates: MatchCandidate[] = [];
const keepEvery = Math.max(1, Math.floor(candidateCount / keepCount));
let skillEntries = 0;
let generateMs = 0;
const rssBefore = process.memoryUsage().rss;
const t = performance.now();
const index = new CandidateIndex();
index.reserve(candidateCount);
index.beginBulk();
let added = 0;
for (const candidate of timedIterable(benchCandidates(candidateCount), (ms) => {
  generateMs += ms;
})) {
  index.add(candidate);
  skillEntries += candidate.skills.length;
  if (added % keepEvery === 0 && candidates.length < keepCount) candidates.push(candidate);
  added++;
  if (added % 262_144 === 0) log(`  indexed ${added.toLocaleString('en-US')}`);
}
index.finishBulk();
const buildMs = performance.now() - t - generateMs;
const rssAfter = process.memoryUsage().rss;
log(
  `generated in ${Math.round(generateMs)} ms (${skillEntries.toLocaleString('en-US')} skill entries, ${candidates.length.toLocaleString('en-US')} kept)`,
);
log(
  `index built in ${Math.round(buildMs)} ms (generation excluded); index arrays ${mb(index.bytes())} MB; process RSS ${mb(rssAfter)} MB (+${mb(rssAfter - rssBefore)} MB)`,
);

/** Yields what `source` yields, reporting the time spent inside the source. */
function* timedIterable<T>(source: Iterator<T>, spent: (ms: number) => void): Generator<T> {
  for (;;) {
    const started = performance.now();
    const next = source.next();
    spent(performance.now() - started);
    if (next.done) return;
    yield next.value;
  }
}

const positions = benchPositions(positionCount).map((p) => ({ ...p, live: true }));
const positionIndex = buildPositionIndex(positions);
const pick = picker(2026);

function timed(run: () => unknown, n: number): number[] {
  for (let i = 0; i < 10; i++) run(); // warm-up, not counted
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const started = performance.now();
    run();
    times.push(performance.now() - started);
  }
  return times;
}

// Recruiters' usual narrowing: half the queries ask for the position's level and its neighbours.
const forPosition = timed(() => {
  const position = positions[pick(positions.length)];
  if (!position) return;
  const rank = LEVELS.indexOf(position.level);
  const levels = LEVELS.filter((_, i) => Math.abs(i - rank) <= 1);
  const filters = pick(2) === 0 ? { levels } : {};
  return index.topCandidates(position, { k: 20, filters, now: AS_OF });
}, queries);
const forCandidate = timed(() => {
  const candidate = candidates[pick(candidates.length)];
  return candidate ? positionIndex.topPositions(candidate, { k: 20, now: AS_OF }) : [];
}, queries);
const updates = timed(() => {
  const candidate = candidates[pick(candidates.length)];
  if (!candidate) return;
  const skills = candidate.skills.map((s, i) =>
    i === 0 ? { ...s, proficiency: (s.proficiency % 5) + 1 } : s,
  );
  index.update({ ...candidate, skills });
}, queries);
const figure = (times: number[]) => ({
  p50_ms: round(percentile(times, 50)),
  p95_ms: round(percentile(times, 95)),
});
const cfp = figure(forPosition);
const pfc = figure(forCandidate);
const upd = figure(updates);
log(`candidates for a position (top 20, explained): p50 ${cfp.p50_ms} ms, p95 ${cfp.p95_ms} ms`);
log(`positions for a candidate (top 20, explained): p50 ${pfc.p50_ms} ms, p95 ${pfc.p95_ms} ms`);
log(`incremental update of one candidate: p50 ${upd.p50_ms} ms, p95 ${upd.p95_ms} ms`);

let api: Awaited<ReturnType<typeof measureApi>> | null = null;
let apiPostgres: Awaited<ReturnType<typeof measureApi>> | null = null;
if (!values['no-api']) {
  log('through the HTTP API (PGlite, 300 demo positions, this index adopted by the app)…');
  api = await measureApi(index, queries);
  log(
    `API candidates for a position: p50 ${api.p50_ms} ms, p95 ${api.p95_ms} ms (the same positions in process: p50 ${api.in_process.p50_ms} ms, p95 ${api.in_process.p95_ms} ms)`,
  );
  // PGlite runs its queries in this process's thread; a PostgreSQL server runs them beside it.
  if (values['database-url']) {
    log('through the HTTP API on PostgreSQL (a fresh database on the server, dropped afterwards)…');
    apiPostgres = await measureApi(index, queries, values['database-url']);
    log(
      `API on PostgreSQL: p50 ${apiPostgres.p50_ms} ms, p95 ${apiPostgres.p95_ms} ms (in process: p50 ${apiPostgres.in_process.p50_ms} ms, p95 ${apiPostgres.in_process.p95_ms} ms)`,
    );
  }
}

let pgFigures: Awaited<ReturnType<typeof measurePostgres>> | null = null;
if (values['database-url']) {
  pgFigures = await measurePostgres(
    values['database-url'],
    () => benchCandidates(candidateCount),
    candidateCount,
    positions,
    log,
  );
  log(`full rebuild from PostgreSQL: ${pgFigures.rebuild_ms} ms`);
  log(`the ranking as SQL GROUP BY: p50 ${pgFigures.sql_p50_ms} ms, p95 ${pgFigures.sql_p95_ms} ms`);
}

// Before the speed measure, whose 64 MB is not the bench's.
const rssEnd = process.memoryUsage().rss;
const speedAtEnd = measureMachineSpeed();
log(`machine speed at the end: ${speedAtEnd.compute_ms} ms, ${speedAtEnd.memory_ns} ns`);
console.log(
  JSON.stringify({
    candidates: candidateCount,
    positions: positionCount,
    skill_entries: skillEntries,
    build_ms: Math.round(buildMs),
    // The process holding the built index; rss_end_mb adds the API run (the app on PGlite, its
    // demo data) and the database runs in this same process.
    rss_mb: mb(rssAfter),
    rss_end_mb: mb(rssEnd),
    index_mb: mb(index.bytes()),
    candidates_for_position: cfp,
    positions_for_candidate: pfc,
    update: upd,
    api,
    api_postgres: apiPostgres,
    rebuild_ms: pgFigures?.rebuild_ms ?? null,
    sql: pgFigures ? { p50_ms: pgFigures.sql_p50_ms, p95_ms: pgFigures.sql_p95_ms } : null,
    sql_ratio: pgFigures ? round(pgFigures.sql_p50_ms / Math.max(cfp.p50_ms, 0.001), 1) : null,
    machine: `${cpus[0]?.model ?? 'unknown'} x${cpus.length}, Node ${process.version}`,
    machine_speed: { start: speedAtStart, end: speedAtEnd },
  }),
);
