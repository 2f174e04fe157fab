// How many more positions a candidate would match (score at least 70) with one more skill, for many
// skills at once, over a hundred thousand positions (budget: 20 gaps in 200 ms), on an index that
// costs a few microseconds per position to build and is updated in place when one position is
// added, changed or closed.
//
// Adding a skill changes the candidate's side of the matcher in one place only: the credit towards
// wanted skills of which it is a source (the skill itself, a taxonomy relation, its parent or a
// child). Hard filters, candidate fit, level, evidence and recency do not read skills.
//
// The index keeps positions as flat arrays (structure of arrays, no compiled position objects): per
// position its terms, in the matcher's order (required first, then nice-to-haves), each as the
// wanted skill and its minimum proficiency; its weights, band, group and organisation. A term's
// credit depends only on (wanted skill, minimum, the candidate's codes for the skill's sources), so
// per request the candidate's credit for every (wanted skill, minimum) pair is computed once, over
// the wanted skill's credit sources (the matcher's creditSources, shared by every position), and
// likewise with each gap skill added, for the wanted skills it is a source of. Then one pass over
// the positions, all gaps together:
//
// 1. the location rule, level and goals fit, once per group of positions alike in workplace,
//    countries, remote countries, visa sponsorship, relocation support, role family and level, with
//    the matcher's own kernel (hardFilter, harmonicFit) on one member; then the blocked
//    organisations and the salary limit; salary fit and candidate fit c; a position whose employer
//    fit could not reach the line even at 1 ends here;
// 2. its current term credits (one table look-up per term), employer fit e and score; a position
//    already at the threshold ends here;
// 3. per gap that serves one of its terms, the employer fit the gap adds (a sum over the changed
//    terms); a gap whose gain leaves the score below the line (with a 0.1-point margin) ends here;
// 4. the rest are scored exactly with the gap skill: the changed terms' credits, summed in the
//    matcher's order.
//
// Scores are computed with the kernel's arithmetic, the same operations in the same order as
// harmonicFit (src/core/matching/kernel.ts), so they are the numbers scorePair reports; and any score
// within `verifyWithin` (1e-6 points) of a boundary of the displayed score is re-checked with the
// kernel itself (compilePosition, candidateFacts, creditFromDense, hardFilter, harmonicFit), so that a
// last-bit difference can never move a position across the line. unlock-index.test.ts checks counts,
// ids and medians against a brute-force recount with scorePair on random data (fast-check), at ties,
// with hard filters, empty postings and after incremental updates. See README.md, "Unlock counts".

import { countryCode, skillCode, skillCodeCount } from '../../matching/codes.js';
import type { CompiledPosition } from '../../matching/compile.js';
import { compilePosition, PROFICIENCY_CODE_SPAN } from '../../matching/compile.js';
import { candidateFacts, candidateSkillCodes } from '../../matching/facts.js';
import {
  DEFAULT_MATCH_CONFIG,
  type MatchCandidate,
  type MatchConfig,
  type MatchPosition,
} from '../../matching/index.js';
import type { CandidateFacts } from '../../matching/kernel.js';
import { creditFromDense, hardFilter, harmonicFit, noOverlap } from '../../matching/kernel.js';
import { creditSources } from '../../matching/sources.js';
import type { EvidenceStrength } from '../../matching/vocabulary.js';
import { EVIDENCE_ORDER } from '../../profile/evidence.js';

/** The skill the candidate would add, at this proficiency. */
export interface HypotheticalSkill {
  skillId: string;
  proficiency: number;
}

export interface UnlockCount {
  skillId: string;
  /** Positions at or above the threshold with the skill that are below it (or excluded) without. */
  positions: number;
  /** Median band midpoint (yearly USD) of those positions; null when there are none. */
  medianBandUsd: number | null;
  positionIds: string[];
}

export interface UnlockOptions {
  now: Date;
  /** The displayed score (one decimal) a match must reach; default 70. */
  threshold?: number;
  /**
   * Scores within this many points of a boundary of the displayed score are re-checked with the
   * matcher's kernel; default 1e-6 (far above any floating-point difference). Tests raise it to
   * send every decision through the kernel.
   */
  verifyWithin?: number;
}

/** What the last unlockCounts call did, for benchmarks. */
export interface UnlockStats {
  /** Live positions passed over. */
  positions: number;
  /** Positions past the hard filters and the candidate-fit bound, whose current score was computed. */
  scored: number;
  /** (position, gap) pairs re-scored exactly with the gap skill. */
  rescored: number;
  /** Decisions re-checked with the matcher's kernel (a score at a boundary). */
  kernelChecks: number;
}

/** What sync did. */
export interface SyncResult {
  added: number;
  updated: number;
  removed: number;
}

/** The evidence assumed for the added skill: one project using it, the weakest real evidence. */
export const HYPOTHETICAL_STRENGTH: EvidenceStrength = 'used_in_project';
export const UNLOCK_THRESHOLD = 70;
const DEFAULT_VERIFY_WITHIN = 1e-6;

/** The candidate as they would be with the skill at the proficiency, backed by a project. */
export function hypotheticalCandidate(candidate: MatchCandidate, gap: HypotheticalSkill): MatchCandidate {
  const held = candidate.skills.find((s) => s.skillId === gap.skillId);
  const strength =
    held !== undefined &&
    EVIDENCE_ORDER.indexOf(held.strength) > EVIDENCE_ORDER.indexOf(HYPOTHETICAL_STRENGTH)
      ? held.strength
      : HYPOTHETICAL_STRENGTH;
  // Listed after the current skills: the matcher merges a repeated skill at its higher proficiency
  // and stronger evidence, so a held skill is raised, never lowered.
  return {
    ...candidate,
    skills: [...candidate.skills, { skillId: gap.skillId, proficiency: gap.proficiency, strength }],
  };
}

/** The score scorePair reports (one decimal) for a raw score. */
const displayed = (raw: number) => Math.round(raw * 10) / 10;

type Typed = Int32Array | Float64Array | Uint8Array;

/** The array, or a copy at least `need` long (doubling) with the old contents. */
function ensure<T extends Typed>(array: T, need: number): T {
  if (need <= array.length) return array;
  const grown = new (array.constructor as new (n: number) => T)(Math.max(need, array.length * 2, 16));
  grown.set(array);
  return grown;
}

/** Employer weight slots in a weight variant (a position without required or nice skills differs). */
const W_REQUIRED = 0;
const W_NICE = 1;
const W_LEVEL = 2;
const W_EVIDENCE = 3;
const W_RECENCY = 4;

/** Per request and group: excluded by location (or the candidate is hidden), or open. */
const GROUP_EXCLUDED = 1;
const GROUP_OPEN = 2;

/** Minimum proficiencies 1-5: a term's row in the credit table is (minimum − 1) × SPAN. */
const MINIMA = 5;

/** Live positions as flat arrays; updated in place. */
export class UnlockIndex {
  private readonly config: MatchConfig;
  /** The matcher's credit table: credit[(minimum − 1) × PROFICIENCY_CODE_SPAN + proficiency code]. */
  private readonly table: Float64Array;
  /** Candidate weights (goals, salary) and employer weights per variant (has required, has nice). */
  private readonly wGoals: number;
  private readonly wSalary: number;
  private readonly employerWeights = new Float64Array(20);

  // Wanted skills ("plans"): each with its credit sources (code, weight) from creditSources.
  private readonly planOf = new Map<string, number>();
  private planStart: number[] = [0];
  private planCode: number[] = [];
  private planWeight: number[] = [];
  /** Per source skill code: the plans it is a credit source of. */
  private readonly plansOfSource: number[][] = [];

  // Per slot (a slot is never reused until compaction).
  private slotCount = 0;
  private liveCount = 0;
  private positions: (MatchPosition | undefined)[] = [];
  private alive = new Uint8Array(0);
  private termStart = new Int32Array(0);
  private termCount = new Int32Array(0);
  private requiredCount = new Int32Array(0);
  private variant = new Uint8Array(0);
  private group = new Int32Array(0);
  private org = new Int32Array(0);
  private salaryMin = new Float64Array(0);
  private salaryMax = new Float64Array(0);
  private salaryLimit = new Float64Array(0);
  /** Per id: its slot (−1 when not live), the object indexed, and the last sync that listed it. */
  private readonly byId = new Map<string, { slot: number; position: MatchPosition; synced: number }>();
  private syncs = 0;

  // Per term: its wanted skill's plan and its minimum − 1.
  private termUsed = 0;
  private termPlan = new Int32Array(0);
  private termMinimum = new Uint8Array(0);

  // Groups (location rule, level and goals fit) and organisations (blocked domains).
  private readonly groups = new Map<string, number>();
  private groupExample: MatchPosition[] = [];
  private groupCompiled: (CompiledPosition | undefined)[] = [];
  private readonly orgs = new Map<string, number>();
  private orgDomains: string[][] = [];

  // Build scratch.
  private readonly termSkillScratch: string[] = [];
  private readonly termMinimumScratch: number[] = [];

  // Per-request scratch.
  private terms = new Float64Array(64);
  private changed = new Float64Array(64);
  private readonly out = new Float64Array(10);
  private stats: UnlockStats = { positions: 0, scored: 0, rescored: 0, kernelChecks: 0 };

  constructor(positions: Iterable<MatchPosition>, options: { config?: MatchConfig } = {}) {
    this.config = options.config ?? DEFAULT_MATCH_CONFIG;
    this.table = emptyCompiled(this.config).credit;
    const cw = this.config.candidateWeights;
    const candidateTotal = cw.goals + cw.salary;
    this.wGoals = cw.goals / candidateTotal;
    this.wSalary = cw.salary / candidateTotal;
    // The employer weights as compilePosition normalises them (same expressions, same results).
    const ew = this.config.employerWeights;
    for (let v = 0; v < 4; v++) {
      const required = v & 1 ? ew.requiredSkills : 0;
      const nice = v & 2 ? ew.niceToHave : 0;
      const total = required + nice + ew.level + ew.evidence + ew.recency;
      this.employerWeights[v * 5 + W_REQUIRED] = required / total;
      this.employerWeights[v * 5 + W_NICE] = nice / total;
      this.employerWeights[v * 5 + W_LEVEL] = ew.level / total;
      this.employerWeights[v * 5 + W_EVIDENCE] = ew.evidence / total;
      this.employerWeights[v * 5 + W_RECENCY] = ew.recency / total;
    }
    if (Array.isArray(positions)) {
      // Sized up front for a bulk load.
      const list = positions as readonly MatchPosition[];
      let terms = 0;
      for (const p of list) terms += p.required.length + p.niceToHave.length;
      this.ensureSlots(list.length);
      this.termPlan = ensure(this.termPlan, terms);
      this.termMinimum = ensure(this.termMinimum, terms);
    }
    for (const position of positions) this.upsert(position);
  }

  /** Live positions indexed. */
  get size(): number {
    return this.liveCount;
  }

  /** Live positions for which the skill earns credit towards a wanted skill. */
  postingSize(skillId: string): number {
    const plans = new Set(this.plansOfSource[skillCode(skillId)] ?? []);
    let n = 0;
    for (let slot = 0; slot < this.slotCount; slot++) {
      if (this.alive[slot] === 0) continue;
      const start = this.termStart[slot] as number;
      const end = start + (this.termCount[slot] as number);
      for (let t = start; t < end; t++) {
        if (plans.has(this.termPlan[t] as number)) {
          n++;
          break;
        }
      }
    }
    return n;
  }

  /** What the last unlockCounts call did. */
  get lastStats(): UnlockStats {
    return { ...this.stats };
  }

  /**
   * Adds the position, or replaces the one with its id. A position that is not live is never
   * eligible (the matcher's first hard filter): it is kept out of the counts.
   */
  upsert(position: MatchPosition): void {
    const before = this.byId.get(position.id);
    if (before !== undefined && before.slot >= 0) this.kill(before.slot);
    const slot = position.live ? this.add(position) : -1;
    this.byId.set(position.id, { slot, position, synced: before?.synced ?? this.syncs });
    this.maybeCompact();
  }

  /** Removes the position with this id; false when it was not indexed. */
  remove(positionId: string): boolean {
    const before = this.byId.get(positionId);
    if (before === undefined) return false;
    if (before.slot >= 0) this.kill(before.slot);
    this.byId.delete(positionId);
    this.maybeCompact();
    return true;
  }

  /**
   * Makes the index hold exactly these positions: a position object not indexed under its id is
   * upserted (a changed position is a new object), and ids no longer listed are removed. Costs one
   * map look-up per position plus the work for what changed.
   */
  sync(positions: Iterable<MatchPosition>): SyncResult {
    const result: SyncResult = { added: 0, updated: 0, removed: 0 };
    const mark = ++this.syncs;
    let listed = 0;
    for (const position of positions) {
      const before = this.byId.get(position.id);
      if (before?.position === position) {
        if (before.synced !== mark) listed++;
        before.synced = mark;
        continue;
      }
      if (before === undefined) result.added++;
      else if (before.synced !== mark) result.updated++;
      if (before?.synced !== mark) listed++;
      this.upsert(position);
      (this.byId.get(position.id) as { synced: number }).synced = mark;
    }
    if (listed < this.byId.size) {
      const gone: string[] = [];
      for (const [id, entry] of this.byId) if (entry.synced !== mark) gone.push(id);
      for (const id of gone) this.remove(id);
      result.removed = gone.length;
    }
    return result;
  }

  /** For each gap skill, the positions newly at or above the threshold if the candidate had it. */
  unlockCounts(
    candidate: MatchCandidate,
    gaps: readonly HypotheticalSkill[],
    options: UnlockOptions,
  ): UnlockCount[] {
    const threshold = options.threshold ?? UNLOCK_THRESHOLD;
    const verifyWithin = options.verifyWithin ?? DEFAULT_VERIFY_WITHIN;
    const nowMs = options.now.getTime();
    const stats: UnlockStats = { positions: 0, scored: 0, rescored: 0, kernelChecks: 0 };
    this.stats = stats;
    const { employerWeights: ew, wGoals, wSalary } = this;
    const G = gaps.length;

    const gapCodes = gaps.map((g) => skillCode(g.skillId));
    // The gap skill's proficiency code in each hypothetical profile (merged with a held one).
    const gapProficiency = gaps.map((gap, g) => {
      const hypothetical = candidateSkillCodes(hypotheticalCandidate(candidate, gap));
      return hypothetical.codes[hypothetical.skills.indexOf(gapCodes[g] as number)] ?? 0;
    });
    // The candidate's proficiency codes by skill code (0: not held), as the kernel reads them.
    const current = candidateSkillCodes(candidate); // assigns codes to skills never seen before
    const held = new Uint8Array(skillCodeCount());
    for (let i = 0; i < current.skills.length; i++)
      held[current.skills[i] as number] = current.codes[i] as number;

    // The candidate's credit towards every (wanted skill, minimum): creditFromDense's per-term
    // maximum over the skill's sources, computed once for all positions.
    const plans = this.planStart.length - 1;
    const credit = new Float64Array(plans * MINIMA);
    for (let p = 0; p < plans; p++) this.planCredit(p, held, credit, p * MINIMA);
    // The same with each gap skill at its proficiency code, for the wanted skills it is a source
    // of: per plan, the gaps that change it ([gapStart[p], gapStart[p + 1]) into gapIndex) and
    // their credits per minimum.
    const gapStart = new Int32Array(plans + 1);
    for (let g = 0; g < G; g++)
      for (const p of this.plansOfSource[gapCodes[g] as number] ?? [])
        gapStart[p + 1] = (gapStart[p + 1] as number) + 1;
    for (let p = 0; p < plans; p++) gapStart[p + 1] = (gapStart[p + 1] as number) + (gapStart[p] as number);
    const gapIndex = new Int32Array(gapStart[plans] as number);
    const gapCredit = new Float64Array((gapStart[plans] as number) * MINIMA);
    const fill = gapStart.slice(0, plans);
    for (let g = 0; g < G; g++) {
      const code = gapCodes[g] as number;
      const before = held[code] as number;
      held[code] = gapProficiency[g] as number;
      for (const p of this.plansOfSource[code] ?? []) {
        const at = fill[p] as number;
        fill[p] = at + 1;
        gapIndex[at] = g;
        this.planCredit(p, held, gapCredit, at * MINIMA);
      }
      held[code] = before;
    }

    // The candidate's facts are the same against every position but for two position-relative
    // flags (desired country, blocked organisation); the location rule is checked per group with
    // those flags set as candidateFacts sets them, blocking per organisation.
    const facts = candidateFacts(candidate, this.groupCompiledAt(0) ?? emptyCompiled(this.config));
    const desired = candidate.desiredCountries.map(countryCode);
    const blocked = candidate.blockedDomains.map((d) => d.toLowerCase());
    const located: CandidateFacts = { ...facts, minimumPayUsd: Number.NaN, blocksOrganisation: false };
    const minimumPay = facts.minimumPayUsd;
    const fitAtMax = this.config.salary.fitAtMax;
    const groupCount = this.groupExample.length;
    const groupState = new Uint8Array(groupCount);
    /** Per group: level, evidence, recency and goals component values. */
    const groupParts = new Float64Array(groupCount * 4);
    const orgBlocked = new Int8Array(this.orgDomains.length).fill(-1);
    // Scores are compared on the 0..1 scale with a 0.1-point margin for the rounding of the
    // displayed score; the harmonic mean rises with both fits.
    const line = (threshold - 0.1) / 100;
    const meets = (raw: number) => displayed(raw) >= threshold;

    const groupOpen = (g: number): boolean => {
      const state = groupState[g] as number;
      if (state !== 0) return state === GROUP_OPEN;
      const cp = this.groupCompiledAt(g) as CompiledPosition;
      let desires = false;
      for (const code of desired) if (cp.countries.has(code)) desires = true;
      located.desiresPositionCountry = desires;
      if (hardFilter(cp, located) !== null) {
        groupState[g] = GROUP_EXCLUDED;
        return false;
      }
      harmonicFit(cp, located, this.terms, nowMs, this.out);
      groupParts[g * 4] = this.out[2] as number;
      groupParts[g * 4 + 1] = this.out[3] as number;
      groupParts[g * 4 + 2] = this.out[4] as number;
      groupParts[g * 4 + 3] = this.out[5] as number;
      groupState[g] = GROUP_OPEN;
      return true;
    };
    const blocks = (o: number): boolean => {
      let state = orgBlocked[o] as number;
      if (state < 0) {
        const domains = this.orgDomains[o] as string[];
        state = blocked.some((d) => domains.includes(d)) ? 1 : 0;
        orgBlocked[o] = state;
      }
      return state === 1;
    };

    /** Employer fit from a slot's term credits, as harmonicFit sums them. */
    const employerFit = (slot: number, terms: Float64Array, parts: number): number => {
      const n = this.termCount[slot] as number;
      const rc = this.requiredCount[slot] as number;
      let requiredSum = 0;
      for (let t = 0; t < rc; t++) requiredSum += terms[t] as number;
      let niceSum = 0;
      for (let t = rc; t < n; t++) niceSum += terms[t] as number;
      const required = rc > 0 ? requiredSum / rc : 0;
      const nice = n > rc ? niceSum / (n - rc) : 0;
      const v = (this.variant[slot] as number) * 5;
      return (
        (ew[v + W_REQUIRED] as number) * required +
        (ew[v + W_NICE] as number) * nice +
        (ew[v + W_LEVEL] as number) * (groupParts[parts] as number) +
        (ew[v + W_EVIDENCE] as number) * (groupParts[parts + 1] as number) +
        (ew[v + W_RECENCY] as number) * (groupParts[parts + 2] as number)
      );
    };
    const harmonic = (c: number, e: number) => {
      const sum = c + e;
      return sum > 0 ? (2 * c * e) / sum : 0;
    };
    /** The decision for a raw score, re-checked with the kernel when it sits at a boundary. */
    const decide = (raw: number, slot: number, gap: number) => {
      const low = meets(raw - verifyWithin);
      if (low === meets(raw + verifyWithin)) return low;
      stats.kernelChecks++;
      const code = gap < 0 ? -1 : (gapCodes[gap] as number);
      return this.kernelMeets(slot, candidate, held, code, gapProficiency[gap] ?? 0, threshold, nowMs);
    };

    const unlocked: number[][] = gaps.map(() => []);
    const gain = new Float64Array(G);
    const gapSeen = new Int32Array(G).fill(-1);
    const touched = new Int32Array(G);
    const { termPlan, termMinimum } = this;
    for (let slot = 0; slot < this.slotCount; slot++) {
      if (this.alive[slot] === 0) continue;
      stats.positions++;
      // 1. Hard filters (none reads skills) and candidate fit.
      const g = this.group[slot] as number;
      if (!groupOpen(g)) continue;
      if (blocked.length > 0 && blocks(this.org[slot] as number)) continue;
      const limit = this.salaryLimit[slot] as number;
      if (minimumPay > limit) continue;
      const salary = salaryFitOf(
        minimumPay,
        this.salaryMin[slot] as number,
        this.salaryMax[slot] as number,
        limit,
        fitAtMax,
      );
      const c = wGoals * (groupParts[g * 4 + 3] as number) + wSalary * salary;
      // The employer fit needed for 2cE/(c+E) to reach the line; more than 1 is out of reach.
      const eNeed = 2 * c > line ? (line * c) / (2 * c - line) : Number.POSITIVE_INFINITY;
      if (eNeed > 1 + 1e-9) continue;
      // 2. The current score.
      stats.scored++;
      const start = this.termStart[slot] as number;
      const n = this.termCount[slot] as number;
      const rc = this.requiredCount[slot] as number;
      const terms = this.scratch(n);
      let overlap = false;
      for (let t = 0; t < n; t++) {
        const value = credit[
          (termPlan[start + t] as number) * MINIMA + (termMinimum[start + t] as number)
        ] as number;
        terms[t] = value;
        if (value > 0) overlap = true;
      }
      const e = employerFit(slot, terms, g * 4);
      if (overlap && decide(100 * harmonic(c, e), slot, -1)) continue; // already a match
      const deficit = eNeed - e;
      // 3. What each gap adds to employer fit (weighted credit rises on the terms it changes).
      const v = (this.variant[slot] as number) * 5;
      const wRequired = (ew[v + W_REQUIRED] as number) / (rc > 0 ? rc : 1);
      const wNice = (ew[v + W_NICE] as number) / (n > rc ? n - rc : 1);
      let touchedCount = 0;
      for (let t = 0; t < n; t++) {
        const p = termPlan[start + t] as number;
        const end = gapStart[p + 1] as number;
        for (let q = gapStart[p] as number; q < end; q++) {
          const gi = gapIndex[q] as number;
          if (gapSeen[gi] !== slot) {
            gapSeen[gi] = slot;
            gain[gi] = 0;
            touched[touchedCount++] = gi;
          }
          const rise =
            (gapCredit[q * MINIMA + (termMinimum[start + t] as number)] as number) - (terms[t] as number);
          if (rise > 0) gain[gi] = (gain[gi] as number) + rise * (t < rc ? wRequired : wNice);
        }
      }
      // 4. Exact scores for the gaps that may cross the line.
      for (let k = 0; k < touchedCount; k++) {
        const gi = touched[k] as number;
        if ((gain[gi] as number) + 1e-9 < deficit) continue;
        stats.rescored++;
        const changed = this.changedScratch(n);
        let any = false;
        for (let t = 0; t < n; t++) {
          const p = termPlan[start + t] as number;
          let value = terms[t] as number;
          const end = gapStart[p + 1] as number;
          for (let q = gapStart[p] as number; q < end; q++) {
            if (gapIndex[q] === gi) {
              value = gapCredit[q * MINIMA + (termMinimum[start + t] as number)] as number;
              break;
            }
          }
          changed[t] = value;
          if (value > 0) any = true;
        }
        if (!any) continue;
        if (decide(100 * harmonic(c, employerFit(slot, changed, g * 4)), slot, gi)) unlocked[gi]?.push(slot);
      }
    }

    return gaps.map((gap, g) => {
      const ids: string[] = [];
      const bands: number[] = [];
      for (const slot of unlocked[g] ?? []) {
        const position = this.positions[slot] as MatchPosition;
        ids.push(position.id);
        bands.push((position.salaryMinUsd + position.salaryMaxUsd) / 2);
      }
      return { skillId: gap.skillId, positions: ids.length, medianBandUsd: median(bands), positionIds: ids };
    });
  }

  /**
   * The credit towards a wanted skill (plan p) at each minimum, from proficiency codes by skill code:
   * the best source weight × credit-table entry, as creditFromDense takes it.
   */
  private planCredit(p: number, held: Uint8Array, out: Float64Array, at: number): void {
    const { table, planCode, planWeight } = this;
    const from = this.planStart[p] as number;
    const to = this.planStart[p + 1] as number;
    for (let m = 0; m < MINIMA; m++) {
      const row = m * PROFICIENCY_CODE_SPAN;
      let top = 0;
      for (let j = from; j < to; j++) {
        const code = held[planCode[j] as number] ?? 0;
        if (code === 0) continue;
        const value = (planWeight[j] as number) * (table[row + code] as number);
        if (value > top) top = value;
      }
      out[at + m] = top;
    }
  }

  /** The matcher's own verdict for a slot, with the gap skill at a proficiency code (gapCode −1: none). */
  private kernelMeets(
    slot: number,
    candidate: MatchCandidate,
    held: Uint8Array,
    gapCode: number,
    gapProficiencyCode: number,
    threshold: number,
    nowMs: number,
  ): boolean {
    const cp = compilePosition(this.positions[slot] as MatchPosition, this.config);
    const facts = candidateFacts(candidate, cp);
    if (hardFilter(cp, facts) !== null) return false;
    const terms = new Float64Array(cp.termCount);
    const before = gapCode >= 0 ? (held[gapCode] as number) : 0;
    if (gapCode >= 0) held[gapCode] = gapProficiencyCode;
    creditFromDense(cp, held, terms);
    if (gapCode >= 0) held[gapCode] = before;
    if (noOverlap(cp, terms)) return false;
    return displayed(100 * harmonicFit(cp, facts, terms, nowMs, null)) >= threshold;
  }

  /** Appends a live position's arrays; returns its slot. */
  private add(position: MatchPosition): number {
    const config = this.config;
    const slot = this.slotCount++;
    this.liveCount++;
    this.ensureSlots(this.slotCount);
    this.positions[slot] = position;
    this.alive[slot] = 1;

    // Terms as compilePosition orders them: required skills (a skill required twice keeps its
    // highest minimum), then nice-to-haves not also required (scratch arrays and linear look-ups:
    // a position lists a few dozen skills at most).
    const termSkill = this.termSkillScratch;
    const minimumOf = this.termMinimumScratch;
    let n = 0;
    for (const { skillId, minProficiency } of position.required) {
      const minimum = Math.min(5, Math.max(1, Math.round(minProficiency)));
      const at = termSkill.indexOf(skillId);
      if (at >= 0 && at < n) minimumOf[at] = Math.max(minimum, minimumOf[at] as number);
      else {
        termSkill[n] = skillId;
        minimumOf[n++] = minimum;
      }
    }
    const requiredCount = n;
    const niceMinimum = Math.min(5, Math.max(1, Math.round(config.niceToHaveProficiency)));
    for (const skillId of position.niceToHave) {
      const at = termSkill.indexOf(skillId);
      if (at >= 0 && at < n) continue;
      termSkill[n] = skillId;
      minimumOf[n++] = niceMinimum;
    }
    const first = this.termUsed;
    this.termUsed += n;
    this.termPlan = ensure(this.termPlan, this.termUsed);
    this.termMinimum = ensure(this.termMinimum, this.termUsed);
    for (let t = 0; t < n; t++) {
      this.termPlan[first + t] = this.plan(termSkill[t] as string);
      this.termMinimum[first + t] = (minimumOf[t] as number) - 1;
    }
    this.termStart[slot] = first;
    this.termCount[slot] = n;
    this.requiredCount[slot] = requiredCount;
    this.variant[slot] = (requiredCount > 0 ? 1 : 0) | (n > requiredCount ? 2 : 0);
    this.group[slot] = this.groupOf(position);
    this.org[slot] = this.orgOf(position);
    this.salaryMin[slot] = position.salaryMinUsd;
    this.salaryMax[slot] = position.salaryMaxUsd;
    // As compilePosition rounds it, to cents.
    this.salaryLimit[slot] =
      Math.round(position.salaryMaxUsd * (1 + config.salary.toleranceAboveMax) * 100) / 100;
    return slot;
  }

  /** The plan of a wanted skill: its credit sources, as the matcher's creditSources lists them. */
  private plan(skillId: string): number {
    let p = this.planOf.get(skillId);
    if (p === undefined) {
      p = this.planStart.length - 1;
      this.planOf.set(skillId, p);
      for (const source of creditSources(skillId, this.config)) {
        this.planCode.push(source.code);
        this.planWeight.push(source.weight);
        let plans = this.plansOfSource[source.code];
        if (plans === undefined) {
          plans = [];
          this.plansOfSource[source.code] = plans;
        }
        plans.push(p);
      }
      this.planStart.push(this.planCode.length);
    }
    return p;
  }

  private kill(slot: number): void {
    this.alive[slot] = 0;
    this.positions[slot] = undefined;
    this.liveCount--;
  }

  /** Rebuilds the arrays from the live positions once dead slots outnumber live ones. */
  private maybeCompact(): void {
    const dead = this.slotCount - this.liveCount;
    if (dead < 1024 || dead < this.liveCount) return;
    const entries = [...this.byId.values()];
    this.slotCount = 0;
    this.liveCount = 0;
    this.positions = [];
    this.termUsed = 0;
    for (const entry of entries) if (entry.slot >= 0) entry.slot = this.add(entry.position);
  }

  private ensureSlots(need: number): void {
    if (need <= this.alive.length) return;
    this.alive = ensure(this.alive, need);
    this.termStart = ensure(this.termStart, need);
    this.termCount = ensure(this.termCount, need);
    this.requiredCount = ensure(this.requiredCount, need);
    this.variant = ensure(this.variant, need);
    this.group = ensure(this.group, need);
    this.org = ensure(this.org, need);
    this.salaryMin = ensure(this.salaryMin, need);
    this.salaryMax = ensure(this.salaryMax, need);
    this.salaryLimit = ensure(this.salaryLimit, need);
  }

  private groupOf(position: MatchPosition): number {
    const key = groupKey(position);
    let group = this.groups.get(key);
    if (group === undefined) {
      group = this.groupExample.length;
      this.groups.set(key, group);
      this.groupExample.push(position);
      this.groupCompiled.push(undefined);
    }
    return group;
  }

  /**
   * The group's example compiled without its skills (what the group shares does not read them):
   * cheap, and cached for the index's life. undefined when there are no groups.
   */
  private groupCompiledAt(group: number): CompiledPosition | undefined {
    const example = this.groupExample[group];
    if (example === undefined) return undefined;
    let cp = this.groupCompiled[group];
    if (cp === undefined) {
      cp = compilePosition({ ...example, required: [], niceToHave: [] }, this.config);
      this.groupCompiled[group] = cp;
    }
    return cp;
  }

  private orgOf(position: MatchPosition): number {
    const key = position.organisationDomains.join(' ');
    let org = this.orgs.get(key);
    if (org === undefined) {
      org = this.orgDomains.length;
      this.orgs.set(key, org);
      this.orgDomains.push(position.organisationDomains.map((d) => d.toLowerCase()));
    }
    return org;
  }

  private scratch(n: number): Float64Array {
    if (n > this.terms.length) this.terms = new Float64Array(Math.max(n, this.terms.length * 2));
    return this.terms;
  }

  private changedScratch(n: number): Float64Array {
    if (n > this.changed.length) this.changed = new Float64Array(Math.max(n, this.changed.length * 2));
    return this.changed;
  }
}

/** salaryFit (kernel.ts) on flat numbers, the same operations in the same order. */
function salaryFitOf(minimumPay: number, min: number, max: number, limit: number, atMax: number): number {
  if (Number.isNaN(minimumPay)) return 1;
  if (minimumPay <= min) return 1;
  if (minimumPay <= max) return 1 - ((1 - atMax) * (minimumPay - min)) / (max - min);
  if (minimumPay >= limit) return 0;
  return (atMax * (limit - minimumPay)) / (limit - max);
}

/** What decides the location rule and the goals and level fits for a position (hardFilter, goalParts). */
// Positions listing the same countries in another order land in different groups, which only costs
// one more group computation per request.
function groupKey(p: MatchPosition): string {
  return `${p.workplace}|${p.countries.join(',')}|${p.remoteCountries.join(',')}|${p.visaSponsorship}|${p.relocationSupport}|${p.roleFamily}|${p.level}`;
}

const emptyByConfig = new WeakMap<MatchConfig, CompiledPosition>();

/** A compiled empty position: the configuration's credit table, and "any position" for facts. */
function emptyCompiled(config: MatchConfig): CompiledPosition {
  let cp = emptyByConfig.get(config);
  if (cp === undefined) {
    cp = compilePosition(
      {
        id: '',
        organisationId: '',
        organisationDomains: [],
        live: false,
        roleFamily: 'ml_engineer',
        level: 'junior',
        required: [],
        niceToHave: [],
        countries: [],
        workplace: 'remote',
        remoteCountries: [],
        visaSponsorship: false,
        relocationSupport: false,
        salaryMinUsd: 0,
        salaryMaxUsd: 0,
      },
      config,
    );
    emptyByConfig.set(config, cp);
  }
  return cp;
}

/** Median of numbers (mean of the middle two for an even count); null for none. */
export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = Float64Array.from(values).sort();
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}
