// How many more positions a candidate would match (score at least 70) with one more skill, for many
// skills at once, over a hundred thousand positions (budget: 20 gaps in 200 ms).
//
// Adding a skill changes the candidate's side of the matcher in one place only: the credit towards
// wanted skills of which it is a source (the skill itself, a taxonomy relation, its parent or a
// child). Hard filters, candidate fit, level, evidence and recency do not read skills. So a
// position's score can only change if the gap skill is one of its credit sources; every other
// position keeps its score and its side of the 70 line. This index keeps, per skill, the positions
// it is a source for (a posting list built once from the compiled positions), each entry with a
// bound of what the skill can add to that position's employer fit (the sum over the terms it serves
// of the term's weight times the source weight; a credit is at most its source weight).
//
// Per request, a position is looked at only when a gap skill's list reaches it, and dropped as early
// as a bound allows (each bound is at least the real score; the harmonic mean rises with both fits):
// the stored skill bounds with candidate fit 1; the location rule and goals fit of its group
// (positions alike in everything those read); then its exact current score, candidate fit c,
// employer fit e and credits, computed once and kept across gaps. For each gap, a position already
// at the line is skipped, then one whose 2c·E/(c+E) with E = min(1, e + the entry's stored bound)
// stays below it, then one whose tight bound from the kept credits does; the rest are scored exactly
// with the hypothetical skill. See README.md, "Unlock counts".
//
// The scores come from the matcher's own kernel (compile, facts, credit, harmonicFit: the very
// functions scorePair calls, in the same order), imported read-only from src/core/matching because
// PositionIndex has no "every position at or above a score" query and scorePair explains every pair
// (about 20 µs each). The result equals a brute-force recount with scorePair (unlock-index.test.ts).

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
}

/** The evidence assumed for the added skill: one project using it, the weakest real evidence. */
export const HYPOTHETICAL_STRENGTH: EvidenceStrength = 'used_in_project';
export const UNLOCK_THRESHOLD = 70;

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

/** A posting list: the positions a skill is a credit source for, and where in each it is. */
interface Posting {
  slots: Int32Array;
  /** At most what the skill can add to the position's employer fit (credits are at most 1). */
  gains: Float64Array;
  /** The skill's [from, to) in the position's sourceTerm / sourceWeight arrays. */
  from: Int32Array;
  to: Int32Array;
}

/** Live positions with a posting list per credit-source skill; build once, query per candidate. */
export class UnlockIndex {
  private readonly positions: CompiledPosition[] = [];
  private readonly postings = new Map<number, Posting>();
  private readonly config: MatchConfig;
  /**
   * Positions with the same workplace, countries, remote countries, visa sponsorship, relocation
   * support, role family and level pass or fail the location rule together and give the candidate
   * the same goals fit; per request both are computed once per group, on one of its positions.
   */
  private readonly group: Int32Array;
  private readonly groupExample: Int32Array;
  /** Per request and group: NaN unknown, −1 excluded by location, else candidate fit with salary fit 1. */
  private readonly groupFit: Float64Array;
  private readonly groupDesires: Uint8Array;
  // Per-request scratch, reused: a slot's baseline is valid when stamp[slot] === generation.
  private stamp: Int32Array;
  private generation = 0;
  /** Per slot: 0 out of reach (hard filter or candidate fit), else 1 | DESIRES | BLOCKS bits. */
  private readonly state: Uint8Array;
  private readonly base: Float64Array;
  private readonly candidateFit: Float64Array;
  private readonly employerFit: Float64Array;
  /** Per slot: where its current term credits start in `credits`. */
  private readonly creditAt: Int32Array;
  /** Per slot: bound of the current skills' part of employer fit, plus the largest gap's bound. */
  private readonly skillBound: Float64Array;
  /** Per slot: the employer-side weights of the skill components and of the rest (they vary: a
   * position without nice-to-haves gives their weight to the others). */
  private readonly skillWeight: Float64Array;
  private readonly otherWeight: Float64Array;
  private credits = new Float64Array(1 << 16);
  private creditsUsed = 0;
  private readonly best = new Float64Array(256);
  private readonly out = new Float64Array(10);

  constructor(positions: Iterable<MatchPosition>, options: { config?: MatchConfig } = {}) {
    this.config = options.config ?? DEFAULT_MATCH_CONFIG;
    const lists = new Map<number, { slots: number[]; gains: number[]; from: number[]; to: number[] }>();
    const groups = new Map<string, number>();
    const groupOf: number[] = [];
    const examples: number[] = [];
    for (const position of positions) {
      if (!position.live) continue; // never eligible: the matcher's first hard filter
      const slot = this.positions.length;
      const cp = compilePosition(position, this.config);
      this.positions.push(cp);
      const key = groupKey(position);
      let group = groups.get(key);
      if (group === undefined) {
        group = examples.length;
        groups.set(key, group);
        examples.push(slot);
      }
      groupOf.push(group);
      for (const [code, [from, to]] of cp.sourceRange) {
        let list = lists.get(code);
        if (list === undefined) {
          list = { slots: [], gains: [], from: [], to: [] };
          lists.set(code, list);
        }
        list.slots.push(slot);
        list.gains.push(gainBound(cp, from, to));
        list.from.push(from);
        list.to.push(to);
      }
    }
    for (const [code, list] of lists) {
      this.postings.set(code, {
        slots: Int32Array.from(list.slots),
        gains: Float64Array.from(list.gains),
        from: Int32Array.from(list.from),
        to: Int32Array.from(list.to),
      });
    }
    this.group = Int32Array.from(groupOf);
    this.groupExample = Int32Array.from(examples);
    this.groupFit = new Float64Array(examples.length);
    this.groupDesires = new Uint8Array(examples.length);
    const n = this.positions.length;
    this.stamp = new Int32Array(n);
    this.state = new Uint8Array(n);
    this.base = new Float64Array(n);
    this.candidateFit = new Float64Array(n);
    this.employerFit = new Float64Array(n);
    this.creditAt = new Int32Array(n);
    this.skillBound = new Float64Array(n);
    this.skillWeight = Float64Array.from(
      this.positions,
      (cp) => cp.weights.requiredSkills + cp.weights.niceToHave,
    );
    this.otherWeight = Float64Array.from(
      this.positions,
      (cp) => cp.weights.level + cp.weights.evidence + cp.weights.recency,
    );
  }

  /** Live positions indexed. */
  get size(): number {
    return this.positions.length;
  }

  /** Positions for which the skill earns credit towards a wanted skill. */
  postingSize(skillId: string): number {
    return this.postings.get(skillCode(skillId))?.slots.length ?? 0;
  }

  /** For each gap skill, the positions newly at or above the threshold if the candidate had it. */
  unlockCounts(
    candidate: MatchCandidate,
    gaps: readonly HypotheticalSkill[],
    options: UnlockOptions,
  ): UnlockCount[] {
    const threshold = options.threshold ?? UNLOCK_THRESHOLD;
    const nowMs = options.now.getTime();
    this.nextGeneration();
    const gapCodes = gaps.map((g) => skillCode(g.skillId));
    // The gap skill's proficiency code in each hypothetical profile (merged with a held one).
    const gapProficiency = gaps.map((gap, g) => {
      const hypothetical = candidateSkillCodes(hypotheticalCandidate(candidate, gap));
      return hypothetical.codes[hypothetical.skills.indexOf(gapCodes[g] as number)] ?? 0;
    });
    // The most a proficiency code can earn towards any term: the stored bounds assume full credit.
    const table = this.positions[0]?.credit;
    const topCredit = (code: number) => {
      if (table === undefined) return 1;
      let top = 0;
      for (let row = 0; row < table.length; row += PROFICIENCY_CODE_SPAN)
        top = Math.max(top, table[row + code] ?? 0);
      return top;
    };
    // The candidate's proficiency codes by skill code (0: not held), as PositionIndex reads them.
    const held = new Uint8Array(skillCodeCount());
    const current = candidateSkillCodes(candidate);
    for (let i = 0; i < current.skills.length; i++)
      held[current.skills[i] as number] = current.codes[i] as number;
    // The candidate's facts are the same against every position but for two position-relative
    // flags (desired country, blocked organisation), set per slot as PositionIndex does.
    const facts = candidateFacts(candidate, this.positions[0] ?? EMPTY);
    const relation = relater(candidate);
    const blocksAny = candidate.blockedDomains.length > 0;
    // The location rule alone (the other hard filters off: no minimum pay, no block) and the
    // candidate fit with salary fit 1, which bounds every group member's (salary fit is at most 1).
    const located = { ...facts, minimumPayUsd: Number.NaN, blocksOrganisation: false };
    this.groupFit.fill(Number.NaN);
    const groupFit = (slot: number) => {
      const group = this.group[slot] as number;
      let fit = this.groupFit[group] as number;
      if (Number.isNaN(fit)) {
        const example = this.positions[this.groupExample[group] as number] as CompiledPosition;
        const desires = relation(example) & DESIRES;
        this.groupDesires[group] = desires;
        setRelation(located, desires);
        fit = -1;
        if (hardFilter(example, located) === null) {
          const none = this.scratch(example.termCount).fill(0, 0, example.termCount);
          harmonicFit(example, located, none, nowMs, this.out);
          fit = this.out[7] as number;
        }
        this.groupFit[group] = fit;
      }
      return fit;
    };
    // The harmonic mean is increasing in both fits; scores are compared on the 0..1 scale with a
    // 0.1-point margin for the rounding of the displayed score.
    const line = (threshold - 0.1) / 100;

    // Before touching a position: the most its skills could give (the current skills' stored
    // bounds summed, plus the best gap's) together with the largest non-skill part, against the
    // line with candidate fit 1. Most positions a gap reaches end here, read from typed arrays.
    const bound = this.skillBound;
    for (let g = 0; g < gapCodes.length; g++) {
      const list = this.postings.get(gapCodes[g] as number);
      if (list !== undefined) for (let i = 0; i < list.slots.length; i++) bound[list.slots[i] as number] = 0;
    }
    for (let g = 0; g < gapCodes.length; g++) {
      const list = this.postings.get(gapCodes[g] as number);
      if (list === undefined) continue;
      const top = topCredit(gapProficiency[g] as number);
      for (let i = 0; i < list.slots.length; i++) {
        const slot = list.slots[i] as number;
        bound[slot] = Math.max(bound[slot] as number, (list.gains[i] as number) * top);
      }
    }
    for (let k = 0; k < current.skills.length; k++) {
      const list = this.postings.get(current.skills[k] as number);
      if (list === undefined) continue;
      const top = topCredit(current.codes[k] as number);
      for (let i = 0; i < list.slots.length; i++) {
        const slot = list.slots[i] as number;
        bound[slot] = (bound[slot] as number) + (list.gains[i] as number) * top;
      }
    }

    const baseline = (slot: number) => {
      this.stamp[slot] = this.generation;
      this.state[slot] = 0;
      const eUpper = Math.min(
        1,
        (this.otherWeight[slot] as number) +
          Math.min(this.skillWeight[slot] as number, bound[slot] as number) +
          1e-9,
      );
      if ((2 * eUpper) / (1 + eUpper) < line) return;
      const cUpper = groupFit(slot);
      if (cUpper < 0 || (2 * cUpper * eUpper) / (cUpper + eUpper) < line) return;
      const cp = this.positions[slot] as CompiledPosition;
      // Desiring a country depends on the position's countries, which its group shares.
      const bits =
        (this.groupDesires[this.group[slot] as number] as number) | (blocksAny ? relation(cp) & BLOCKS : 0);
      setRelation(facts, bits);
      if (hardFilter(cp, facts) !== null) return;
      const best = this.scratch(cp.termCount);
      creditFromDense(cp, held, best);
      const raw = 100 * harmonicFit(cp, facts, best, nowMs, this.out);
      // Candidate fit does not read skills: with the employer-fit bound above, it caps the pair.
      const c = this.out[7] as number;
      if ((2 * c * eUpper) / (c + eUpper) < line) return;
      this.base[slot] = noOverlap(cp, best) ? Number.NEGATIVE_INFINITY : displayed(raw);
      this.candidateFit[slot] = c;
      this.employerFit[slot] = this.out[8] as number;
      this.creditAt[slot] = this.keepCredits(best, cp.termCount);
      this.state[slot] = 1 | bits;
    };

    return gaps.map((gap, g) => {
      const code = gapCodes[g] as number;
      const list = this.postings.get(code);
      const unlocked: CompiledPosition[] = [];
      if (list !== undefined) {
        const gapCode = gapProficiency[g] as number;
        const top = topCredit(gapCode);
        const before = held[code] ?? 0;
        const { slots, gains, from, to } = list;
        for (let i = 0; i < slots.length; i++) {
          const slot = slots[i] as number;
          if (this.stamp[slot] !== this.generation) baseline(slot);
          const state = this.state[slot] as number;
          if (state === 0 || (this.base[slot] as number) >= threshold) continue;
          // First the entry's stored bound (typed arrays only), then the tighter one below.
          const c = this.candidateFit[slot] as number;
          const eBound = Math.min(1, (this.employerFit[slot] as number) + (gains[i] as number) * top + 1e-9);
          if ((2 * c * eBound) / (c + eBound) < line) continue;
          const cp = this.positions[slot] as CompiledPosition;
          // What the gap skill would add to employer fit over the current credits: an upper bound
          // (a term's new credit is at most the larger of its current one and the gap skill's), and
          // exact when the credit table rises with proficiency and evidence, as configured.
          const at = this.creditAt[slot] as number;
          const { sourceTerm, sourceWeight, credit, termBase, requiredCount, termCount, weights } = cp;
          const wRequired = weights.requiredSkills / requiredCount;
          const wNice = weights.niceToHave / (termCount - requiredCount);
          let gain = 0;
          for (let k = from[i] as number; k < (to[i] as number); k++) {
            const term = sourceTerm[k] as number;
            const add =
              (sourceWeight[k] as number) * (credit[(termBase[term] as number) + gapCode] as number) -
              (this.credits[at + term] as number);
            if (add > 0) gain += add * (term < requiredCount ? wRequired : wNice);
          }
          const e = Math.min(1, (this.employerFit[slot] as number) + gain + 1e-9);
          if ((2 * c * e) / (c + e) < line) continue;
          const best = this.scratch(termCount);
          held[code] = gapCode;
          creditFromDense(cp, held, best);
          held[code] = before;
          if (noOverlap(cp, best)) continue;
          setRelation(facts, state);
          if (displayed(100 * harmonicFit(cp, facts, best, nowMs, null)) >= threshold) unlocked.push(cp);
        }
      }
      return {
        skillId: gap.skillId,
        positions: unlocked.length,
        medianBandUsd: median(
          unlocked.map((cp) => (cp.position.salaryMinUsd + cp.position.salaryMaxUsd) / 2),
        ),
        positionIds: unlocked.map((cp) => cp.position.id),
      };
    });
  }

  /** Copies a slot's current credits into the per-request pool; returns where they start. */
  private keepCredits(best: Float64Array, terms: number): number {
    if (this.creditsUsed + terms > this.credits.length) {
      const grown = new Float64Array(Math.max(this.credits.length * 2, this.creditsUsed + terms));
      grown.set(this.credits.subarray(0, this.creditsUsed));
      this.credits = grown;
    }
    const at = this.creditsUsed;
    this.credits.set(best.subarray(0, terms), at);
    this.creditsUsed += terms;
    return at;
  }

  private scratch(terms: number): Float64Array {
    return terms <= this.best.length ? this.best : new Float64Array(terms);
  }

  private nextGeneration(): void {
    this.creditsUsed = 0;
    this.generation++;
    if (this.generation === 2 ** 31 - 1) {
      this.stamp.fill(0);
      this.generation = 1;
    }
  }
}

/** What decides the location rule and the goals fit for a position (see hardFilter, goalParts). */
function groupKey(p: MatchPosition): string {
  const list = (codes: readonly string[]) => [...new Set(codes)].sort().join(',');
  return `${p.workplace}|${list(p.countries)}|${list(p.remoteCountries)}|${p.visaSponsorship}|${p.relocationSupport}|${p.roleFamily}|${p.level}`;
}

/**
 * At most what one skill (its sources [from, to)) can add to a position's employer fit: each term
 * gains at most its source weight, weighted as harmonicFit weighs the term.
 */
function gainBound(cp: CompiledPosition, from: number, to: number): number {
  const required = cp.weights.requiredSkills / Math.max(1, cp.requiredCount);
  const nice = cp.weights.niceToHave / Math.max(1, cp.termCount - cp.requiredCount);
  let gain = 0;
  for (let i = from; i < to; i++) {
    gain += (cp.sourceWeight[i] ?? 0) * ((cp.sourceTerm[i] ?? 0) < cp.requiredCount ? required : nice);
  }
  return gain;
}

const DESIRES = 2;
const BLOCKS = 4;

/** The position-relative facts as bits, computed as candidateFacts computes them. */
function relater(candidate: MatchCandidate): (cp: CompiledPosition) => number {
  const desired = candidate.desiredCountries.map(countryCode);
  const blocked = candidate.blockedDomains.map((d) => d.toLowerCase());
  return (cp) => {
    let bits = 0;
    for (const code of desired) if (cp.countries.has(code)) bits |= DESIRES;
    for (const domain of blocked) if (cp.organisationDomains.has(domain)) bits |= BLOCKS;
    return bits;
  };
}

function setRelation(facts: CandidateFacts, bits: number): void {
  facts.desiresPositionCountry = (bits & DESIRES) !== 0;
  facts.blocksOrganisation = (bits & BLOCKS) !== 0;
}

/** Stands in for "any position" when the index is empty (the facts are then never read). */
const EMPTY = compilePosition(
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
  DEFAULT_MATCH_CONFIG,
);

/** Median of numbers (mean of the middle two for an even count); null for none. */
export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = Float64Array.from(values).sort();
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}
