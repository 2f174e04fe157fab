// The machine's own speed, measured beside the bench figures. Two virtual machines that both report
// "AMD EPYC, 2 cores" ran the same commit's 1M match bench at p50 7.1 ms one day and 14-18 ms the
// next, so a figure is comparable only with the speed of the machine that produced it. Both
// measures are medians of five short runs, taken at the bench's start and end (speed drifts too).
import { percentile, round } from './match-data.js';

/** compute_ms: a dependent integer loop of 10^8 steps; memory_ns: one dependent random read. */
export interface MachineSpeed {
  compute_ms: number;
  memory_ns: number;
}

const RUNS = 5;
const LOOP = 100_000_000;
/** 64 MB of Int32: far beyond the caches, as the index's 1M-candidate arrays are. */
const CHASE_SLOTS = 1 << 24;
const CHASE_STEPS = 1_000_000;

function integerLoop(n: number): number {
  let s = 0;
  for (let i = 0; i < n; i++) s = (s + Math.imul(i, 7)) | 0;
  return s;
}

/** One random cycle through every slot (Sattolo's shuffle), so that each read depends on the last. */
function cycle(slots: number): Int32Array {
  const next = new Int32Array(slots);
  for (let i = 0; i < slots; i++) next[i] = i;
  let seed = 2026;
  for (let i = slots - 1; i > 0; i--) {
    seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0;
    const j = seed % i;
    const swap = next[i] as number;
    next[i] = next[j] as number;
    next[j] = swap;
  }
  return next;
}

function chase(next: Int32Array, steps: number): number {
  let at = 0;
  for (let i = 0; i < steps; i++) at = next[at] as number;
  return at;
}

/** Keeps the loops' results alive, so that no engine drops them as unused. */
export let machineSpeedSink = 0;

/** About two seconds. The 64 MB it reads is its own, and garbage once it returns. */
export function measureMachineSpeed(): MachineSpeed {
  const chain = cycle(CHASE_SLOTS);
  machineSpeedSink ^= integerLoop(1_000_000) ^ chase(chain, 10_000);
  const compute: number[] = [];
  const memory: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    let started = performance.now();
    machineSpeedSink ^= integerLoop(LOOP);
    compute.push(performance.now() - started);
    started = performance.now();
    machineSpeedSink ^= chase(chain, CHASE_STEPS);
    memory.push(((performance.now() - started) * 1e6) / CHASE_STEPS);
  }
  return {
    compute_ms: round(percentile(compute, 50), 1),
    memory_ns: round(percentile(memory, 50), 1),
  };
}
