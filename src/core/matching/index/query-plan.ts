// The reading plan of one ranking query. Candidate posting lists are keyed by skill and evidence
// rank (claimed, used in a project, measured, certified or published), since evidence caps what an
// entry can earn: a claimed skill earns at most 0.4 of full credit. A step reads one (skill, rank)
// list; the plan orders steps by the bound they remove per entry read, and Reach tracks how much of
// the employer fit unread lists could still add.
import type { CompiledPosition } from '../compile.js';
import { PROFICIENCY_CODE_SPAN } from '../compile.js';

/** Evidence ranks per skill: list keys are skill code × RANKS + rank. */
export const RANKS = 4;

/** The posting list key of a skill held at a proficiency code: skill × RANKS + evidence rank. */
export function keyOf(skill: number, code: number): number {
  return skill * RANKS + (code & 3);
}

/** One (skill, evidence rank) posting list and what an entry of it can add to employer fit. */
export interface SkillStep {
  /** The posting list key: skill code × RANKS + evidence rank. */
  key: number;
  /**
   * Where this step's table starts in QueryPlan.tables: by proficiency code, an upper bound of an
   * entry's contribution to employer fit, summed over every wanted skill this skill is a source of
   * (a sum bounds each term's max over sources).
   */
  table: number;
  /** The terms this skill is a source of. */
  terms: readonly number[];
}

export interface QueryPlan {
  steps: SkillStep[];
  /** The distinct skills of the steps, and per step the index of its skill among them. */
  skills: Int32Array;
  skillIndex: Int32Array;
  /** Every step's credit table, PROFICIENCY_CODE_SPAN entries each. */
  tables: Float32Array;
  /** M_t: the most term t can add to employer fit (its normalised weight). */
  termBound: Float64Array;
  /** Evidence credit by rank. */
  evidence: readonly number[];
}

/** Evidence credits by rank, from the configuration. */
function evidenceByRank(cp: CompiledPosition): number[] {
  const e = cp.config.evidenceCredit;
  return [e.claimed, e.used_in_project, e.measured_project, e.certified_or_published];
}

/**
 * Orders the (skill, rank) lists of a position's sources by the bound they can remove per entry
 * read (their heaviest weighted pair over the list's length), and builds each one's credit table.
 */
export function planQuery(cp: CompiledPosition, listLength: (key: number) => number): QueryPlan {
  const { weights, termSourceStart, termSourceCode, termSourceWeight, credit, termBase } = cp;
  const required = cp.requiredCount;
  const nice = cp.termCount - required;
  const evidence = evidenceByRank(cp);
  const termBound = new Float64Array(cp.termCount);
  for (let t = 0; t < cp.termCount; t++) {
    termBound[t] = t < required ? weights.requiredSkills / required : weights.niceToHave / nice;
  }
  // One entry per distinct (skill, rank) key, its credit table kept in one growing scratch array.
  const entryOf = new Map<number, number>();
  const keys: number[] = [];
  const terms: number[][] = [];
  const heaviest: number[] = [];
  let scratch = new Float64Array(64 * PROFICIENCY_CODE_SPAN);
  for (let t = 0; t < cp.termCount; t++) {
    for (let i = termSourceStart[t] ?? 0; i < (termSourceStart[t + 1] ?? 0); i++) {
      const scale = (termBound[t] ?? 0) * (termSourceWeight[i] ?? 0);
      for (let rank = 0; rank < RANKS; rank++) {
        const key = (termSourceCode[i] ?? 0) * RANKS + rank;
        let entry = entryOf.get(key);
        if (entry === undefined) {
          entry = keys.length;
          entryOf.set(key, entry);
          keys.push(key);
          terms.push([]);
          heaviest.push(0);
          if ((entry + 1) * PROFICIENCY_CODE_SPAN > scratch.length) {
            const grown = new Float64Array(scratch.length * 2);
            grown.set(scratch);
            scratch = grown;
          }
        }
        terms[entry]?.push(t);
        heaviest[entry] = Math.max(heaviest[entry] ?? 0, scale * (evidence[rank] ?? 1));
        // Only this rank's proficiency codes occur in the key's list.
        for (let level = 1; level <= 5; level++) {
          const c = (level << 2) | rank;
          scratch[entry * PROFICIENCY_CODE_SPAN + c] =
            (scratch[entry * PROFICIENCY_CODE_SPAN + c] ?? 0) + scale * (credit[(termBase[t] ?? 0) + c] ?? 0);
        }
      }
    }
  }
  const order = keys
    .map((key, entry) => ({ key, entry, priority: (heaviest[entry] ?? 0) / (listLength(key) + 1) }))
    .sort((a, b) => b.priority - a.priority || a.key - b.key);
  // Never 0, so that every entry read marks its candidate as touched (see the accumulator).
  const tables = new Float32Array(order.length * PROFICIENCY_CODE_SPAN).fill(1e-30);
  const steps = order.map(({ key, entry }, i) => {
    for (let c = 0; c < PROFICIENCY_CODE_SPAN; c++) {
      tables[i * PROFICIENCY_CODE_SPAN + c] = Math.max(
        scratch[entry * PROFICIENCY_CODE_SPAN + c] ?? 0,
        1e-30,
      );
    }
    return { key, table: i * PROFICIENCY_CODE_SPAN, terms: terms[entry] ?? [] };
  });
  const skillAt = new Map<number, number>();
  const skillIndex = Int32Array.from(steps, ({ key }) => {
    const skill = Math.floor(key / RANKS);
    let at = skillAt.get(skill);
    if (at === undefined) {
      at = skillAt.size;
      skillAt.set(skill, at);
    }
    return at;
  });
  return { steps, skills: Int32Array.from(skillAt.keys()), skillIndex, tables, termBound, evidence };
}

/**
 * What employer fit is still reachable through unread lists: for each term, its bound times the
 * largest (source weight × evidence credit) among its unread (source, rank) lists.
 */
export class Reach {
  /** Per term, its units (source × rank) by bound, heaviest first: [unitStart[t], unitStart[t+1]). */
  private readonly unitStart: Int32Array;
  private readonly unitBound: Float64Array;
  private readonly unitStep: Int32Array;
  private readonly head: Int32Array;
  private readonly read: Uint8Array;
  total = 0;
  /** The total with nothing read: the most the skill part of employer fit can be. */
  initial = 0;

  constructor(
    private readonly cp: CompiledPosition,
    private readonly plan: QueryPlan,
  ) {
    const stepOf = new Map(plan.steps.map((step, i) => [step.key, i]));
    const { termSourceStart, termSourceCode, termSourceWeight } = cp;
    this.unitStart = new Int32Array(cp.termCount + 1);
    const units: Array<{ bound: number; step: number }> = [];
    for (let t = 0; t < cp.termCount; t++) {
      this.unitStart[t] = units.length;
      const own: Array<{ bound: number; step: number }> = [];
      for (let i = termSourceStart[t] ?? 0; i < (termSourceStart[t + 1] ?? 0); i++) {
        for (let rank = 0; rank < RANKS; rank++) {
          own.push({
            bound: (termSourceWeight[i] ?? 0) * (plan.evidence[rank] ?? 1),
            step: stepOf.get((termSourceCode[i] ?? 0) * RANKS + rank) ?? 0,
          });
        }
      }
      units.push(...own.sort((a, b) => b.bound - a.bound));
    }
    this.unitStart[cp.termCount] = units.length;
    this.unitBound = Float64Array.from(units, (u) => u.bound);
    this.unitStep = Int32Array.from(units, (u) => u.step);
    this.head = new Int32Array(cp.termCount);
    this.read = new Uint8Array(plan.steps.length);
    this.reset();
    this.initial = this.total;
  }

  /** Back to nothing read. */
  reset(): void {
    this.read.fill(0);
    this.total = 0;
    for (let t = 0; t < this.cp.termCount; t++) {
      const head = this.unitStart[t] ?? 0;
      this.head[t] = head;
      const end = this.unitStart[t + 1] ?? 0;
      this.total += (this.plan.termBound[t] ?? 0) * (head < end ? (this.unitBound[head] ?? 0) : 0);
    }
  }

  /**
   * What the lists from step `from` on could add, per term, for a candidate whose skill bits are
   * known: each term's units heaviest first, each with the skill bit of its source (`bitOfStep`,
   * -1 for none), cut after the first unit without one (any candidate may be on its list). See
   * unreadBound.
   */
  unreadUnits(from: number, bitOfStep: (step: number) => number): UnreadUnits {
    const termCount = this.cp.termCount;
    const termStart = new Int32Array(termCount + 1);
    const masks: number[] = [];
    const values: number[] = [];
    for (let t = 0; t < termCount; t++) {
      termStart[t] = masks.length;
      const weight = this.plan.termBound[t] ?? 0;
      for (let u = this.unitStart[t] ?? 0; u < (this.unitStart[t + 1] ?? 0); u++) {
        const step = this.unitStep[u] ?? 0;
        if (step < from) continue;
        const bit = bitOfStep(step);
        masks.push(bit < 0 ? -1 : 1 << bit);
        values.push(weight * (this.unitBound[u] ?? 0));
        if (bit < 0) break;
      }
    }
    termStart[termCount] = masks.length;
    return { termCount, termStart, mask: Int32Array.from(masks), value: Float64Array.from(values) };
  }

  /** Marks step i read and lowers the reachable total accordingly. */
  markRead(i: number): void {
    this.read[i] = 1;
    for (const t of this.plan.steps[i]?.terms ?? []) {
      const end = this.unitStart[t + 1] ?? 0;
      let head = this.head[t] ?? 0;
      const before = head < end ? (this.unitBound[head] ?? 0) : 0;
      while (head < end && this.read[this.unitStep[head] ?? 0] === 1) head++;
      this.head[t] = head;
      const after = head < end ? (this.unitBound[head] ?? 0) : 0;
      this.total -= (this.plan.termBound[t] ?? 0) * (before - after);
    }
    if (this.total < 0) this.total = 0;
  }
}

/** Reach.unreadUnits: per term, [termStart[t], termStart[t + 1]) of mask and value. */
export interface UnreadUnits {
  readonly termCount: number;
  readonly termStart: Int32Array;
  /** The unit's skill bit as a mask, or -1 (all bits) for a skill without one. */
  readonly mask: Int32Array;
  /** M_t × the unit's bound: the most an entry of its list adds to term t. */
  readonly value: Float64Array;
}

/**
 * The most unread lists can add to employer fit for a candidate with these skill bits: per term,
 * the heaviest unit whose list the candidate may be on (a skill with a bit it lacks is on no list
 * of that skill). At most Reach.total at the same step; equal for a candidate holding every skill.
 */
export function unreadBound(units: UnreadUnits, skillBits: number): number {
  const { termCount, termStart, mask, value } = units;
  let total = 0;
  for (let t = 0; t < termCount; t++) {
    const end = termStart[t + 1] as number;
    for (let u = termStart[t] as number; u < end; u++) {
      const m = mask[u] as number;
      if (m === -1 || (m & skillBits) !== 0) {
        total += value[u] as number;
        break;
      }
    }
  }
  return total;
}
