// Synthetic matcher inputs for the benchmark, from the demo generator. Candidate ids are UUIDs
// derived from the generator's index, so the same candidate can also be written to a database.
import { generateCandidates, generateEmployers, generatePositions } from '../src/core/demo/index.js';
import { fromDemoCandidate, fromDemoPosition } from '../src/core/matching/from-demo.js';
import type { MatchCandidate, MatchPosition } from '../src/core/matching/types.js';

export const SEED = 2026;
export const AS_OF = new Date('2026-05-01T00:00:00Z');

/** 00000000-0000-4000-8000-<index as 12 hex digits>: a valid v4-shaped UUID per candidate. */
export const benchUuid = (index: number) => `00000000-0000-4000-8000-${index.toString(16).padStart(12, '0')}`;

export function* benchCandidates(count: number): Generator<MatchCandidate> {
  for (const demo of generateCandidates({ seed: SEED, count })) {
    yield { ...fromDemoCandidate(demo, { asOf: AS_OF }), id: benchUuid(demo.index) };
  }
}

export function benchPositions(count: number): MatchPosition[] {
  const employers = [...generateEmployers({ seed: SEED, count: 60 })];
  return [...generatePositions({ seed: SEED, count, employerCount: employers.length })].map((p) =>
    fromDemoPosition(p, employers[p.employerIndex]),
  );
}

/** A deterministic pseudo-random sequence, so two runs query the same pairs. */
export function picker(seed: number) {
  let state = seed >>> 0;
  return (n: number) => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    // From the high bits: the low bits of this generator cycle (bit 0 alternates, so `% 2` on
    // every second call always gave the same answer).
    return Math.floor((state / 2 ** 32) * n);
  };
}

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return 0;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] ?? 0;
}

export const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;
