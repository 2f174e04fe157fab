// Upper bounds the ranking query prunes with. Every bound errs high by a small slack, so that float
// rounding can only make the query score a candidate it could have skipped, never the reverse.
import type { CompiledPosition } from '../compile.js';
import { salaryFit } from '../kernel.js';
import { REMOTE_PREFERENCES, ROLE_FAMILIES } from '../vocabulary.js';
import { CELLS, cellOf } from './partitions.js';

/** Added to every bound and taken off every threshold. */
export const SLACK = 1e-9;

/** The harmonic mean of candidate fit and employer fit (0 when both are 0). */
export const harmonic = (c: number, e: number): number => (c + e > 0 ? (2 * c * e) / (c + e) : 0);

/** The level fit of a candidate level rank for the position. */
export function levelFitOf(cp: CompiledPosition, level: number): number {
  const distance = level - cp.levelRank;
  const fits = distance >= 0 ? cp.config.levelFit.over : cp.config.levelFit.under;
  return fits[Math.min(Math.abs(distance), fits.length - 1)] ?? 0;
}

/**
 * Per level-role cell: the most candidate fit its candidates can reach (role-family fit exact,
 * every other goal and salary 1) and the most non-skill employer fit (level fit exact, evidence
 * and recency 1).
 */
export function cellBounds(cp: CompiledPosition): { candidate: Float64Array; fixed: Float64Array } {
  const { weights: w, config } = cp;
  const g = config.goalWeights;
  const goalTotal = g.roleFamily + g.level + g.location + g.workplace + g.availability;
  const candidate = new Float64Array(CELLS);
  const fixed = new Float64Array(CELLS);
  for (let level = 0; level < 4; level++) {
    for (let role = -1; role < ROLE_FAMILIES.length; role++) {
      const cell = cellOf(level, role);
      const roleFit = cp.roleFamilyFit[role < 0 ? ROLE_FAMILIES.length : role] ?? 1;
      const goals =
        (g.roleFamily * roleFit + g.level + g.location + g.workplace + g.availability) / goalTotal;
      candidate[cell] = Math.min(1, w.goals * goals + w.salary) + SLACK;
      fixed[cell] = w.level * levelFitOf(cp, level) + w.evidence + w.recency + SLACK;
    }
  }
  return { candidate, fixed };
}

/** Bounds of one candidate, refilled per slot. */
export interface SlotBound {
  candidate: number;
  fixed: number;
  /** Sets `candidate` and `fixed` for a slot from the store's packed attributes. */
  of(slot: number): void;
}

/**
 * Cheap upper bounds of a slot's candidate fit (every goal part exact except location, taken as
 * 1; salary from the minimum rounded down) and non-skill employer fit (level exact, evidence
 * rounded up, recency 1), read from CandidateStore.packed. `evidenceKnown` says whether the stored
 * evidence values are under the query's configuration; if not, evidence is bounded by 1.
 */
export function slotBound(cp: CompiledPosition, packed: Int32Array, evidenceKnown: boolean): SlotBound {
  const { config, weights: w } = cp;
  const g = config.goalWeights;
  const total = g.roleFamily + g.level + g.location + g.workplace + g.availability;
  const role = Float64Array.from(
    { length: ROLE_FAMILIES.length + 1 },
    (_, r) => (g.roleFamily * (cp.roleFamilyFit[r === 0 ? ROLE_FAMILIES.length : r - 1] ?? 1)) / total,
  );
  const unknown = config.goals.unknown;
  const targetLevel = Float64Array.from(
    { length: 5 },
    (_, t) =>
      (g.level * (t === 0 ? unknown : (config.goals.targetLevelFit[cp.levelRank - (t - 1) + 3] ?? 1))) /
      total,
  );
  const workplace = Float64Array.from(
    REMOTE_PREFERENCES,
    (preference) => (g.workplace * config.goals.workplaceFit[preference][cp.position.workplace]) / total,
  );
  const availability = Float64Array.of(
    (g.availability * config.goals.notOpenToWork) / total,
    g.availability / total,
  );
  const location = g.location / total;
  const levelFixed = Float64Array.from(
    { length: 4 },
    (_, level) => w.level * levelFitOf(cp, level) + w.recency,
  );
  const evidenceScale = evidenceKnown ? w.evidence / 2 ** 20 : 0;
  const evidenceFloor = evidenceKnown ? 0 : w.evidence;
  const bound: SlotBound = {
    candidate: 1,
    fixed: 1,
    of(slot: number) {
      const at = 4 * slot;
      const bits = packed[at] as number;
      const pay = packed[at + 1] as number;
      const goals =
        (role[bits & 7] as number) +
        (targetLevel[(bits >> 3) & 7] as number) +
        location +
        (workplace[(bits >> 6) & 3] as number) +
        (availability[(bits >> 8) & 1] as number);
      bound.candidate = w.goals * goals + w.salary * salaryFit(cp, pay < 0 ? Number.NaN : pay) + SLACK;
      bound.fixed =
        (levelFixed[(bits >> 9) & 3] as number) +
        (packed[at + 2] as number) * evidenceScale +
        evidenceFloor +
        SLACK;
    },
  };
  return bound;
}
