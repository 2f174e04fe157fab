// The career unlock computation at marketplace scale: N demo positions in an UnlockIndex, a few
// hundred demo candidates, and for each the unlock counts of G gap skills (how many more positions
// would score at least 70 with the skill). Gaps are the candidate's G most demanded skills they do not
// hold at proficiency 4, the worst case: the longest posting lists (python alone is wanted by about
// two thirds of demo positions).
//
//   npm run bench:career -- [--positions N] [--candidates C] [--gaps G] [--check K]
//
// --check K recounts K candidates by brute force (scorePair over every position) and fails on any
// difference. Besides the queries: the index's build time and what one position change costs
// (upsert of a changed position, removal, and sync of the whole unchanged list, as the server does).
// The last line printed is a JSON summary for machines.
import os from 'node:os';
import { parseArgs } from 'node:util';
import { UnlockIndex } from '../src/core/career/index.js';
import { hypotheticalCandidate } from '../src/core/career/unlock/unlock-index.js';
import { scorePair } from '../src/core/matching/index.js';
import type { MatchCandidate, MatchPosition } from '../src/core/matching/types.js';
import { AS_OF, benchCandidates, benchPositions, percentile, round } from './match-data.js';

const { values } = parseArgs({
  options: {
    positions: { type: 'string', default: '100000' },
    candidates: { type: 'string', default: '300' },
    gaps: { type: 'string', default: '20' },
    check: { type: 'string', default: '0' },
  },
});
const int = (raw: string | undefined, name: string, min = 1) => {
  const n = Number(String(raw).replace(/[_,]/g, ''));
  if (!Number.isSafeInteger(n) || n < min)
    throw new Error(`--${name} must be an integer >= ${min}, got ${raw}`);
  return n;
};
const positionCount = int(values.positions, 'positions');
const candidateCount = int(values.candidates, 'candidates');
const gapCount = int(values.gaps, 'gaps');
const checkCount = int(values.check, 'check', 0);
const log = (line: string) => console.log(line);

const cpus = os.cpus();
log(`machine: ${cpus[0]?.model ?? 'unknown CPU'}, ${cpus.length} cores, Node ${process.version}`);

let t = performance.now();
const positions = benchPositions(positionCount);
log(
  `generated ${positions.length.toLocaleString('en-US')} positions in ${Math.round(performance.now() - t)} ms`,
);
t = performance.now();
let cpuAt = process.cpuUsage();
const index = new UnlockIndex(positions);
const buildMs = round(performance.now() - t, 0);
const buildCpu = process.cpuUsage(cpuAt);
const buildCpuMs = round((buildCpu.user + buildCpu.system) / 1000, 0);
log(`unlock index built in ${buildMs} ms, CPU ${buildCpuMs} ms (${index.size.toLocaleString('en-US')} live)`);

// One position changing at a time: a changed position is a new object under the same id.
const updates = Math.min(1000, positions.length);
t = performance.now();
cpuAt = process.cpuUsage();
for (let i = 0; i < updates; i++) {
  const p = positions[(i * 7919) % positions.length] as MatchPosition;
  index.upsert({ ...p, salaryMaxUsd: p.salaryMaxUsd + 1 });
  index.upsert(p);
}
const upsertUs = round(((performance.now() - t) * 1000) / (2 * updates), 1);
const upsertCpu = process.cpuUsage(cpuAt);
t = performance.now();
for (let i = 0; i < updates; i++) {
  const p = positions[(i * 7919) % positions.length] as MatchPosition;
  index.remove(p.id);
  index.upsert(p);
}
const removeUs = round(((performance.now() - t) * 1000) / (2 * updates), 1);
t = performance.now();
index.sync(positions);
const syncMs = round(performance.now() - t, 1);
log(
  `one position changing: upsert ${upsertUs} µs (CPU ${round((upsertCpu.user + upsertCpu.system) / (2 * updates), 1)} µs), remove + re-add ${removeUs} µs per operation; sync of all ${positions.length.toLocaleString('en-US')} unchanged: ${syncMs} ms`,
);

// Demand: how many positions require or prefer each skill, most wanted first.
const demand = new Map<string, number>();
for (const p of positions) {
  for (const s of new Set([...p.required.map((r) => r.skillId), ...p.niceToHave]))
    demand.set(s, (demand.get(s) ?? 0) + 1);
}
const byDemand = [...demand].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([id]) => id);
const gapsFor = (c: MatchCandidate) => {
  const strong = new Set(c.skills.filter((s) => s.proficiency >= 4).map((s) => s.skillId));
  return byDemand
    .filter((id) => !strong.has(id))
    .slice(0, gapCount)
    .map((skillId) => ({ skillId, proficiency: 4 }));
};

const candidates = [...benchCandidates(candidateCount)];
// Warm-up: the first queries pay for JIT compilation and the compiled-position caches.
for (const c of candidates.slice(0, 5)) index.unlockCounts(c, gapsFor(c), { now: AS_OF });

const times: number[] = [];
// CPU time too: on a shared machine wall time also counts the time other processes held the cores.
const cpuTimes: number[] = [];
let unlockedTotal = 0;
const work = { scored: 0, rescored: 0, kernelChecks: 0 };
for (const c of candidates) {
  const gaps = gapsFor(c);
  const cpu = process.cpuUsage();
  const start = performance.now();
  const counts = index.unlockCounts(c, gaps, { now: AS_OF });
  times.push(performance.now() - start);
  const used = process.cpuUsage(cpu);
  cpuTimes.push((used.user + used.system) / 1000);
  for (const count of counts) unlockedTotal += count.positions;
  const stats = index.lastStats;
  work.scored += stats.scored;
  work.rescored += stats.rescored;
  work.kernelChecks += stats.kernelChecks;
}
const p50 = round(percentile(times, 50));
const p95 = round(percentile(times, 95));
const cpu50 = round(percentile(cpuTimes, 50));
const cpu95 = round(percentile(cpuTimes, 95));
log(
  `unlock, ${gapCount} gaps per candidate, ${candidates.length} candidates: p50 ${p50} ms, p95 ${p95} ms, max ${round(Math.max(...times))} ms (wall); CPU p50 ${cpu50} ms, p95 ${cpu95} ms`,
);
log(
  `load average while measuring: ${os
    .loadavg()
    .map((l) => round(l, 1))
    .join(', ')} on ${cpus.length} cores`,
);
const perCandidate = (n: number) => Math.round(n / candidates.length).toLocaleString('en-US');
log(
  `  per candidate: ${perCandidate(work.scored)} positions past the filters scored, ${perCandidate(work.rescored)} (position, gap) pairs re-scored exactly, ${round(work.kernelChecks / candidates.length, 2)} kernel re-checks; mean unlocked per gap: ${round(unlockedTotal / (candidates.length * gapCount), 1)}`,
);

if (checkCount > 0) {
  t = performance.now();
  for (const c of candidates.slice(0, checkCount)) {
    const gaps = gapsFor(c);
    const fast = index.unlockCounts(c, gaps, { now: AS_OF });
    gaps.forEach((gap, i) => {
      const slow = bruteForceUnlock(positions, c, gap);
      if (slow !== fast[i]?.positions)
        throw new Error(`Mismatch for ${c.id} ${gap.skillId}: ${fast[i]?.positions} vs ${slow}`);
    });
  }
  log(`brute-force recount of ${checkCount} candidates agrees (${Math.round(performance.now() - t)} ms)`);
}

log(
  JSON.stringify({
    positions: index.size,
    gaps: gapCount,
    candidates: candidates.length,
    unlock: { p50_ms: p50, p95_ms: p95 },
    cpu: { p50_ms: cpu50, p95_ms: cpu95 },
    build: { ms: buildMs, cpu_ms: buildCpuMs, upsert_us: upsertUs, remove_us: removeUs, sync_ms: syncMs },
    loadavg: round(os.loadavg()[0] ?? 0, 1),
  }),
);

function bruteForceUnlock(
  all: readonly MatchPosition[],
  c: MatchCandidate,
  gap: { skillId: string; proficiency: number },
) {
  const h = hypotheticalCandidate(c, gap);
  let n = 0;
  for (const p of all) {
    const before = scorePair(c, p, { now: AS_OF, improvements: false });
    const after = scorePair(h, p, { now: AS_OF, improvements: false });
    if (after.excluded === null && after.score >= 70 && (before.excluded !== null || before.score < 70)) n++;
  }
  return n;
}
