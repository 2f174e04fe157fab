// Throughput of the demo candidate generator: streams N candidates (none kept), five times.
// Usage: npm run bench:demo -- [--count N]   (default 1,000,000)
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { generateCandidates } from '../src/core/demo/index.js';

const RUNS = 5;
const SEED = 2026;

function parseCount(): number {
  const { values } = parseArgs({ options: { count: { type: 'string', default: '1000000' } } });
  const count = Number(String(values.count).replace(/[_,]/g, ''));
  if (!Number.isSafeInteger(count) || count < 1) {
    throw new Error(`--count must be a positive integer, got ${values.count}`);
  }
  return count;
}

interface RunResult {
  ms: number;
  cpuMs: number;
  checksum: number;
}

/** Consumes the stream and folds every candidate into a checksum, so no work can be optimised away. */
function run(count: number): RunResult {
  let checksum = 0;
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  for (const candidate of generateCandidates({ seed: SEED, count })) {
    checksum = (checksum + candidate.skills.length + candidate.minimumSalaryUsd + candidate.email.length) | 0;
  }
  const ms = performance.now() - started;
  // CPU time beside wall time shows how much a busy machine stretched the run.
  const cpu = process.cpuUsage(cpuBefore);
  return { ms, cpuMs: (cpu.user + cpu.system) / 1000, checksum };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

const formatInt = (n: number) => Math.round(n).toLocaleString('en-US');

const count = parseCount();
const cpus = os.cpus();
console.log(`machine: ${cpus[0]?.model ?? 'unknown CPU'}, ${cpus.length} cores, Node ${process.version}`);
console.log(`candidates per run: ${formatInt(count)}, runs: ${RUNS}`);

// Warm-up so that the timed runs measure optimised code rather than the JIT compiling it.
run(Math.min(count, 20_000));

const wall: number[] = [];
const cpuTimes: number[] = [];
let checksum: number | undefined;
for (let i = 1; i <= RUNS; i++) {
  const result = run(count);
  // Same seed, same stream: a different checksum would mean the generator is not deterministic.
  if (checksum !== undefined && result.checksum !== checksum)
    throw new Error('Runs produced different output');
  checksum = result.checksum;
  wall.push(result.ms);
  cpuTimes.push(result.cpuMs);
  const rate = formatInt((count / result.ms) * 1000);
  console.log(`run ${i}: ${result.ms.toFixed(0)} ms wall, ${result.cpuMs.toFixed(0)} ms CPU (${rate}/s)`);
}

const medianMs = median(wall);
const perSecond = Math.round((count / medianMs) * 1000);
// maxRSS is the peak resident set of the whole process, in kilobytes.
const rssMb = Math.round((process.resourceUsage().maxRSS / 1024) * 10) / 10;
console.log(
  `median: ${medianMs.toFixed(0)} ms wall (${median(cpuTimes).toFixed(0)} ms CPU), ` +
    `${formatInt(perSecond)} candidates/s, peak RSS ${rssMb} MB`,
);
console.log(JSON.stringify({ count, median_ms: Math.round(medianMs), per_second: perSecond, rss_mb: rssMb }));
