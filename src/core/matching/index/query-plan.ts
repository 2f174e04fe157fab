// The reading plan of one ranking query. Candidate posting lists are keyed by skill and evidence
// rank (claimed, used in a project, measured, certified or published), since evidence caps what an
// entry can earn: a claimed skill earns at most 0.4 of full credit. A step reads one (skill, rank)
// list; the plan orders steps by the bound they remove per entry read, and Reach tracks how much of
// the employer fit unread lists could still add.
import type { CompiledPosition } from '../compile.js';
import { PROFICIENCY_CODE_SPAN } from '../compile.js';
import { ensureLength } from './growable.js';

/** log2 of the evidence ranks per skill: a key's skill is key >> RANK_BITS. */
export const RANK_BITS = 2;
/** Evidence ranks per skill: list keys are skill code × RANKS + rank. */
export const RANKS = 1 << RANK_BITS;

/** The posting list key of a skill held at a proficiency code: skill × RANKS + evidence rank. */
export function keyOf(skill: number, code: number): number {
  return skill * RANKS + (code & 3);
}

/**
 * A step reads one (skill, evidence rank) posting list. Steps are kept as typed arrays, not an
 * object each: a position's first query builds its plan, and allocating those objects (with an
 * array of terms each) was half of the building's time.
 */
export interface QueryPlan {
  stepCount: number;
  /** Per step, its posting list key: skill code × RANKS + evidence rank. */
  stepKey: Int32Array;
  /**
   * Per step, PROFICIENCY_CODE_SPAN entries from step × PROFICIENCY_CODE_SPAN: by proficiency
   * code, an upper bound of an entry's contribution to employer fit, summed over every wanted
   * skill this skill is a source of (a sum bounds each term's max over sources).
   */
  tables: Float32Array;
  /** The terms step s's skill is a source of: stepTerms[stepTermStart[s] … stepTermStart[s + 1]). */
  stepTermStart: Int32Array;
  stepTerms: Int32Array;
  /** M_t: the most term t can add to employer fit (its normalised weight). */
  termBound: Float64Array;
  /**
   * The source keys left out because no candidate held them when the plan was made (most of a
   * position's related skills at most ranks): the plan holds only while none of them is held.
   */
  absent: Int32Array;
  /** Evidence credit by rank. */
  evidence: readonly number[];
}

/** Evidence credits by rank, from the configuration. */
function evidenceByRank(cp: CompiledPosition): number[] {
  const e = cp.config.evidenceCredit;
  return [e.claimed, e.used_in_project, e.measured_project, e.certified_or_published];
}

/** planQuery's credit tables under construction, per entry (see there). */
let scratchTables = new Float64Array(0);
/**
 * Per (skill, rank) key: the plan that last met it (planStamp when it did) and its entry in that
 * plan (-1 for a key nobody holds). A stamp older than the current plan means "not met yet", so
 * nothing is cleared between plans.
 */
let keyStamp = new Int32Array(0);
let keyEntry = new Int32Array(0);
let planStamp = 0;

/**
 * Orders the (skill, rank) lists of a position's sources by the bound they can remove per entry
 * read (their heaviest weighted pair over the list's length), and builds each one's credit table.
 * Keys with no list (listLength 0) get no step: nobody holds them, so they can add nothing; they
 * are named in `absent` so that the caller can tell when the plan no longer holds.
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
  // One entry per distinct (skill, rank) key, its credit table in a scratch array sized for the
  // most entries there can be (every source at every rank). Typed arrays and an index sort: a
  // position's first query builds its plan, and objects per entry made that a third of the
  // building's cost.
  const sources = termSourceStart[cp.termCount] ?? 0;
  // Each key's entry, through the stamp arrays (see keyStamp): a Map and a Set here were most of
  // the building's own time.
  const stamp = ++planStamp;
  const absent: number[] = [];
  const keys = new Int32Array(sources * RANKS);
  // Per (term, source, rank) that has an entry: the entry and the term, in term order.
  const pairEntry = new Int32Array(sources * RANKS);
  const pairTerm = new Int32Array(sources * RANKS);
  let pairs = 0;
  const heaviest = new Float64Array(sources * RANKS);
  // Reused between plans and cleared here: sized for every source at every rank, it was most of
  // what a position's first query allocated (150 KB for 150 sources), and the collections that
  // garbage caused doubled the mean cost of a plan.
  if (scratchTables.length < sources * RANKS * PROFICIENCY_CODE_SPAN)
    scratchTables = new Float64Array(sources * RANKS * PROFICIENCY_CODE_SPAN * 2);
  const scratch = scratchTables;
  let entries = 0;
  for (let t = 0; t < cp.termCount; t++) {
    for (let i = termSourceStart[t] ?? 0; i < (termSourceStart[t + 1] ?? 0); i++) {
      const scale = (termBound[t] ?? 0) * (termSourceWeight[i] ?? 0);
      for (let rank = 0; rank < RANKS; rank++) {
        const key = (termSourceCode[i] ?? 0) * RANKS + rank;
        if (key >= keyStamp.length) {
          keyStamp = ensureLength(keyStamp, key + 1);
          keyEntry = ensureLength(keyEntry, keyStamp.length, true);
        }
        let entry: number;
        if (keyStamp[key] === stamp) {
          entry = keyEntry[key] as number;
          if (entry < 0) continue;
        } else {
          keyStamp[key] = stamp;
          // Most keys are held by nobody (no step, named in `absent`).
          if (listLength(key) === 0) {
            keyEntry[key] = -1;
            absent.push(key);
            continue;
          }
          entry = entries++;
          keyEntry[key] = entry;
          scratch.fill(0, entry * PROFICIENCY_CODE_SPAN, (entry + 1) * PROFICIENCY_CODE_SPAN);
          keys[entry] = key;
        }
        pairEntry[pairs] = entry;
        pairTerm[pairs] = t;
        pairs++;
        heaviest[entry] = Math.max(heaviest[entry] as number, scale * (evidence[rank] ?? 1));
        // Only this rank's proficiency codes occur in the key's list.
        for (let level = 1; level <= 5; level++) {
          const c = entry * PROFICIENCY_CODE_SPAN + ((level << 2) | rank);
          scratch[c] =
            (scratch[c] as number) + scale * (credit[(termBase[t] ?? 0) + ((level << 2) | rank)] ?? 0);
        }
      }
    }
  }
  const priority = new Float64Array(entries);
  for (let e = 0; e < entries; e++)
    priority[e] = (heaviest[e] as number) / (listLength(keys[e] as number) + 1);
  // A plain array: sorting a typed array with a comparator, and Int32Array.from with a mapping,
  // took two fifths of the building's time.
  const order: number[] = [];
  for (let e = 0; e < entries; e++) order.push(e);
  order.sort(
    (a, b) => (priority[b] as number) - (priority[a] as number) || (keys[a] as number) - (keys[b] as number),
  );
  const tables = new Float32Array(entries * PROFICIENCY_CODE_SPAN);
  const stepKey = new Int32Array(entries);
  const stepOfEntry = new Int32Array(entries);
  for (let i = 0; i < entries; i++) {
    const entry = order[i] as number;
    const key = keys[entry] as number;
    stepKey[i] = key;
    stepOfEntry[entry] = i;
    // Only the codes of the key's rank are non-zero.
    for (let level = 1; level <= 5; level++) {
      const c = (level << 2) | (key % RANKS);
      tables[i * PROFICIENCY_CODE_SPAN + c] = scratch[entry * PROFICIENCY_CODE_SPAN + c] as number;
    }
  }
  // Each step's terms, in rising term order (a counting sort of the pairs by step).
  const stepTermStart = new Int32Array(entries + 1);
  for (let p = 0; p < pairs; p++) {
    const step = stepOfEntry[pairEntry[p] as number] as number;
    stepTermStart[step + 1] = (stepTermStart[step + 1] as number) + 1;
  }
  for (let i = 0; i < entries; i++)
    stepTermStart[i + 1] = (stepTermStart[i + 1] as number) + (stepTermStart[i] as number);
  const cursor = stepTermStart.slice(0, entries);
  const stepTerms = new Int32Array(pairs);
  for (let p = 0; p < pairs; p++) {
    const step = stepOfEntry[pairEntry[p] as number] as number;
    stepTerms[cursor[step] as number] = pairTerm[p] as number;
    cursor[step] = (cursor[step] as number) + 1;
  }
  return {
    stepCount: entries,
    stepKey,
    stepTermStart,
    stepTerms,
    tables,
    termBound,
    evidence,
    absent: Int32Array.from(absent),
  };
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
    const stepOf = new Map<number, number>();
    for (let i = 0; i < plan.stepCount; i++) stepOf.set(plan.stepKey[i] as number, i);
    const { termSourceStart, termSourceCode, termSourceWeight } = cp;
    const count = (termSourceStart[cp.termCount] ?? 0) * RANKS;
    this.unitStart = new Int32Array(cp.termCount + 1);
    this.unitBound = new Float64Array(count);
    this.unitStep = new Int32Array(count);
    let n = 0;
    for (let t = 0; t < cp.termCount; t++) {
      this.unitStart[t] = n;
      for (let i = termSourceStart[t] ?? 0; i < (termSourceStart[t + 1] ?? 0); i++) {
        for (let rank = 0; rank < RANKS; rank++) {
          // Insertion by bound, heaviest first (a term has a few dozen units; ties keep source order).
          const bound = (termSourceWeight[i] ?? 0) * (plan.evidence[rank] ?? 1);
          const step = stepOf.get((termSourceCode[i] ?? 0) * RANKS + rank);
          // A key nobody holds has no step (planQuery): it can add nothing.
          if (step === undefined) continue;
          let at = n++;
          while (at > (this.unitStart[t] as number) && (this.unitBound[at - 1] as number) < bound) {
            this.unitBound[at] = this.unitBound[at - 1] as number;
            this.unitStep[at] = this.unitStep[at - 1] as number;
            at--;
          }
          this.unitBound[at] = bound;
          this.unitStep[at] = step;
        }
      }
    }
    this.unitStart[cp.termCount] = n;
    this.head = new Int32Array(cp.termCount);
    this.read = new Uint8Array(plan.stepCount);
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
   * What the lists from step `from` on could add, per term, for a candidate whose skill bits (and
   * the ranks it holds those skills at) are known: see unreadBound.
   */
  unreadUnits(from: number, bitOfStep: (step: number) => number): UnreadUnits {
    const termCount = this.cp.termCount;
    const unbitted = new Float64Array(termCount);
    const termMask = new Int32Array(termCount);
    const termBase = new Int32Array(termCount);
    // Units come heaviest first: the first unread one of a skill without a bit bounds the rest.
    const lastUnit = (t: number): number => {
      for (let u = this.unitStart[t] ?? 0; u < (this.unitStart[t + 1] ?? 0); u++) {
        const step = this.unitStep[u] ?? 0;
        if (step < from) continue;
        const bit = bitOfStep(step);
        if (bit < 0) {
          unbitted[t] = (this.plan.termBound[t] ?? 0) * (this.unitBound[u] ?? 0);
          return u;
        }
        termMask[t] = (termMask[t] as number) | (1 << bit);
      }
      return this.unitStart[t + 1] ?? 0;
    };
    const ends = Int32Array.from({ length: termCount }, (_, t) => lastUnit(t));
    // Per term, each mask bit's place among the term's bits, so that unreadBound finds a bit's
    // values by one read instead of counting the mask's lower bits per survivor (a full row of 32
    // bits per term instead made this, built per partition stop, cost more than it saved).
    const bitPlace = new Uint8Array(termCount * 32);
    let size = 0;
    for (let t = 0; t < termCount; t++) {
      termBase[t] = size;
      let place = 0;
      for (let held = termMask[t] as number; held !== 0; held &= held - 1) {
        bitPlace[t * 32 + (31 - Math.clz32(held & -held))] = place++;
      }
      size += place * BIT_SLOTS;
    }
    const byBit = new Float64Array(size);
    for (let t = 0; t < termCount; t++) {
      const weight = this.plan.termBound[t] ?? 0;
      for (let u = this.unitStart[t] ?? 0; u < (ends[t] as number); u++) {
        const step = this.unitStep[u] ?? 0;
        if (step < from) continue;
        const bit = bitOfStep(step);
        const at = (termBase[t] as number) + (bitPlace[t * 32 + bit] as number) * BIT_SLOTS;
        const value = weight * (this.unitBound[u] ?? 0);
        const rank = (this.plan.stepKey[step] ?? 0) % RANKS;
        byBit[at + rank] = Math.max(byBit[at + rank] as number, value);
      }
    }
    let unbittedSum = 0;
    let anyMask = 0;
    const variable: number[] = [];
    for (let t = 0; t < termCount; t++) {
      unbittedSum += unbitted[t] as number;
      anyMask |= termMask[t] as number;
      if ((termMask[t] as number) !== 0) variable.push(t);
    }
    return {
      unbitted,
      termMask,
      termBase,
      byBit,
      bitPlace,
      unbittedSum,
      anyMask,
      variable: Int32Array.from(variable),
    };
  }

  /**
   * What unread lists could add with steps [0, s) read, for every s from 0 to the step count (the
   * query reads each partition's steps in order, so these are its only states). Leaves every step
   * marked read; `initial` and unreadUnits do not depend on the marks.
   */
  totalsByStep(): Float64Array {
    const steps = this.plan.stepCount;
    const totals = new Float64Array(steps + 1);
    this.reset();
    totals[0] = this.total;
    for (let s = 0; s < steps; s++) {
      this.markRead(s);
      totals[s + 1] = this.total;
    }
    return totals;
  }

  /** Marks step i read and lowers the reachable total accordingly. */
  markRead(i: number): void {
    this.read[i] = 1;
    const { stepTermStart, stepTerms } = this.plan;
    for (let at = stepTermStart[i] as number; at < (stepTermStart[i + 1] as number); at++) {
      const t = stepTerms[at] as number;
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

/** Per (term, skill bit): the heaviest unread unit at each of the four ranks. */
const BIT_SLOTS = RANKS;

/** Reach.unreadUnits: what unread lists can add to each term, by the skill bits a candidate has. */
export interface UnreadUnits {
  /** The sum of `unbitted` over every term: the bound of a candidate with none of the bits. */
  readonly unbittedSum: number;
  /** Every term's termMask together. */
  readonly anyMask: number;
  /** The terms with bits (termMask not 0). */
  readonly variable: Int32Array;
  /** Per term: the heaviest unread unit of a skill without a bit (any candidate may be on it). */
  readonly unbitted: Float64Array;
  /** Per term: the skill bits of its unread units heavier than `unbitted`. */
  readonly termMask: Int32Array;
  /** Per term: where its bits' values start in byBit. */
  readonly termBase: Int32Array;
  /**
   * From termBase[t], per bit of termMask[t] in rising order, BIT_SLOTS values: M_t × the heaviest
   * unread unit of that skill at each rank.
   */
  readonly byBit: Float64Array;
  /** Per term and skill bit (t × 32 + bit): the bit's place among termMask[t]'s bits. */
  readonly bitPlace: Uint8Array;
}

/**
 * The most unread lists can add to employer fit for a candidate with these skill bits and rank
 * words (CandidateStore.packed): per term, the heaviest unit whose list the candidate may be
 * on. A skill with a bit is on the list of its own rank only (each skill is listed once), so a
 * unit of a bit skill counts only when the candidate holds that skill at the unit's rank, and not
 * at all when it lacks the bit. At most Reach.total at the same step; equal for a candidate on
 * every list.
 */
export function unreadBound(
  units: UnreadUnits,
  skillBits: number,
  rankLow: number,
  rankHigh: number,
): number {
  const { unbitted, termMask, termBase, byBit, bitPlace, variable } = units;
  let total = units.unbittedSum;
  if ((skillBits & units.anyMask) === 0) return total;
  for (let v = 0; v < variable.length; v++) {
    const t = variable[v] as number;
    const mask = termMask[t] as number;
    let held = skillBits & mask;
    if (held === 0) continue;
    const floor = unbitted[t] as number;
    let best = floor;
    for (; held !== 0; held &= held - 1) {
      const bit = 31 - Math.clz32(held & -held);
      const rank = ((rankLow >>> bit) & 1) | (((rankHigh >>> bit) & 1) << 1);
      const value = byBit[
        (termBase[t] as number) + (bitPlace[t * 32 + bit] as number) * BIT_SLOTS + rank
      ] as number;
      if (value > best) best = value;
    }
    total += best - floor;
  }
  return total;
}

/** The number of set bits of a 32-bit integer. */
export function popcount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}
