// Per-query figures of candidates-for-position at N candidates (a tool for tuning the index):
// time, entries read, candidates touched, skill-checked and scored, for the bench's query mix.
//   node --max-old-space-size=3072 --import tsx bench/match-profile.ts --candidates N
//   (or compiled, as the bench:* scripts run: npm run bench:build, then node .bench-build/bench/match-profile.js …)
import { parseArgs } from 'node:util';
import { CandidateIndex } from '../src/core/matching/index/candidate-index.js';
import { LEVELS } from '../src/core/matching/vocabulary.js';
import { AS_OF, benchCandidates, benchPositions, percentile, picker, round } from './match-data.js';

const { values } = parseArgs({
  options: {
    candidates: { type: 'string', default: '100000' },
    queries: { type: 'string', default: '200' },
    worst: { type: 'string', default: '10' },
    /** bench: the bench's mix; all: every query filtered; none: no query filtered. */
    filters: { type: 'string', default: 'bench' },
    /** Times each query this many times and keeps the fastest (steadier A/B comparisons). */
    repeat: { type: 'string', default: '1' },
  },
});
const count = Number(values.candidates);
const queries = Number(values.queries);
const index = new CandidateIndex();
index.reserve(count);
index.beginBulk();
for (const candidate of benchCandidates(count)) index.add(candidate);
index.finishBulk();
const positions = benchPositions(2000).map((p) => ({ ...p, live: true }));
const pick = picker(2026);
const rows: Array<Record<string, number | string>> = [];
for (let i = 0; i < 10 + queries; i++) {
  const position = positions[pick(positions.length)];
  if (!position) continue;
  const rank = LEVELS.indexOf(position.level);
  const levels = LEVELS.filter((_, j) => Math.abs(j - rank) <= 1);
  const coin = pick(2) === 0;
  const filtered = values.filters === 'all' ? true : values.filters === 'none' ? false : coin;
  let minScore: number | undefined;
  if (process.env.ORACLE === '1') {
    const first = index.topCandidates(position, { k: 20, filters: filtered ? { levels } : {}, now: AS_OF });
    minScore = first.length === 20 ? (first[19]?.rawScore ?? 0) - 1e-9 : undefined;
  }
  let ms = Number.POSITIVE_INFINITY;
  let cpu = { user: Number.POSITIVE_INFINITY, system: 0 };
  for (let r = 0; r < Math.max(1, Number(values.repeat)); r++) {
    const started = performance.now();
    const cpuStarted = process.cpuUsage();
    index.topCandidates(position, {
      k: 20,
      filters: filtered ? { levels, minScore } : { minScore },
      now: AS_OF,
    });
    const used = process.cpuUsage(cpuStarted);
    if (used.user + used.system < cpu.user + cpu.system) cpu = used;
    ms = Math.min(ms, performance.now() - started);
  }
  if (i < 10) continue;
  rows.push({
    ms: round(ms),
    cpu: round((cpu.user + cpu.system) / 1000),
    position: position.id.slice(0, 8),
    workplace: position.workplace,
    filtered: filtered ? 1 : 0,
    req: position.required.length,
    nice: position.niceToHave.length,
    ...index.lastQuery,
  });
}
const times = rows.map((r) => r.ms as number);
const cpus = rows.map((r) => r.cpu as number);
console.log(`p50 ${round(percentile(times, 50))} ms, p95 ${round(percentile(times, 95))} ms (wall)`);
console.log(
  `p50 ${round(percentile(cpus, 50))} ms, p95 ${round(percentile(cpus, 95))} ms (process CPU time)`,
);
const sum = (key: string) => rows.reduce((s, r) => s + Number(r[key] ?? 0), 0);
for (const key of [
  'entriesRead',
  'touched',
  'survivors',
  'skillBitsPruned',
  'recordPruned',
  'skillChecked',
  'scoredExactly',
])
  console.log(`mean ${key}: ${Math.round(sum(key) / rows.length)}`);
for (const f of [0, 1]) {
  const part = rows.filter((r) => r.filtered === f).map((r) => r.ms as number);
  console.log(
    `filtered=${f}: n ${part.length}, p50 ${round(percentile(part, 50))}, p95 ${round(percentile(part, 95))}`,
  );
}
console.table([...rows].sort((a, b) => (b.ms as number) - (a.ms as number)).slice(0, Number(values.worst)));
