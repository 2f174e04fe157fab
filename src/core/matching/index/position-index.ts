// The position side: positions number in the thousands to a hundred thousand, so a simpler plan is
// enough. Posting lists per skill hold the positions for which the skill earns credit (as a wanted
// skill or one of its sources), each entry carrying a bound of what the skill can add to that
// position's employer fit: the sum, over the terms it serves, of the term's weight times the
// source weight, rounded up to 1/250. A query walks the lists of the candidate's skills, sums those
// bounds (times the candidate's evidence credit for the skill) per position, adds the exact level,
// evidence and recency parts, and then scores positions exactly in descending order of that bound
// until the bound falls below the k-th score. Scores come from the kernel walked from the
// position's side (creditFromDense): exactly the credits scorePair computes.
import { countryCode, skillCodeCount } from '../codes.js';
import type { CompiledPosition } from '../compile.js';
import { compilePosition } from '../compile.js';
import type { MatchConfig } from '../config.js';
import { DEFAULT_MATCH_CONFIG } from '../config.js';
import { candidateFacts, candidateSkillCodes } from '../facts.js';
import {
  creditFromDense,
  evidenceValue,
  hardFilter,
  harmonicFit,
  MS_PER_DAY,
  noOverlap,
  recencyOf,
} from '../kernel.js';
import type { ScoredMatch } from '../result.js';
import { scorePair } from '../score.js';
import type { MatchCandidate, MatchPosition } from '../types.js';
import type { RoleFamily } from '../vocabulary.js';
import { harmonic, levelFitOf, SLACK } from './bounds.js';
import { ensureLength } from './growable.js';
import { Postings } from './postings.js';
import { TopK } from './top-k.js';

/** Narrowing a ranking of positions. */
export interface PositionFilters {
  roleFamilies?: readonly RoleFamily[];
  /** Positions with a location in one of these countries. */
  countries?: readonly string[];
  workplaces?: ReadonlyArray<MatchPosition['workplace']>;
  /** Only positions asking for every one of these skills (taxonomy ids), required or nice to have. */
  skills?: readonly string[];
}

export interface TopPositionsOptions {
  k: number;
  offset?: number;
  filters?: PositionFilters;
  now: Date;
  /** Defaults to the index's configuration. */
  config?: MatchConfig;
}

/** Posting bounds are stored in a byte as ceil(bound × BOUND_SCALE). */
const BOUND_SCALE = 250;

/** Positions indexed for ranking against a candidate. */
export class PositionIndex {
  readonly config: MatchConfig;
  private readonly positions: Array<CompiledPosition | undefined> = [];
  private readonly slotOf = new Map<string, number>();
  private readonly free: number[] = [];
  private readonly postings = new Postings();
  private alive = new Uint8Array(256);
  private pendingRefs = new Int32Array(256);
  private acc = new Float64Array(256);
  private readonly purge = (slot: number) => {
    const left = (this.pendingRefs[slot] ?? 1) - 1;
    this.pendingRefs[slot] = left;
    if (left === 0) this.free.push(slot);
  };

  constructor(options: { config?: MatchConfig } = {}) {
    this.config = options.config ?? DEFAULT_MATCH_CONFIG;
  }

  get size(): number {
    return this.slotOf.size;
  }

  has(positionId: string): boolean {
    return this.slotOf.has(positionId);
  }

  /** Adds a position; throws if the id is already indexed (use update). */
  add(position: MatchPosition): void {
    if (this.slotOf.has(position.id)) throw new RangeError(`Position ${position.id} is already indexed`);
    const slot = this.free.pop() ?? this.positions.length;
    const cp = compilePosition(position, this.config);
    this.positions[slot] = cp;
    this.alive = ensureLength(this.alive, slot + 1);
    this.pendingRefs = ensureLength(this.pendingRefs, this.alive.length);
    this.acc = ensureLength(this.acc, this.alive.length);
    this.alive[slot] = 1;
    const bound = termBounds(cp);
    for (const [code, [from, to]] of cp.sourceRange) {
      let sum = 0;
      for (let i = from; i < to; i++) sum += (bound[cp.sourceTerm[i] ?? 0] ?? 0) * (cp.sourceWeight[i] ?? 0);
      this.postings.append(code, slot, Math.min(255, Math.ceil(sum * BOUND_SCALE + 1e-9)));
    }
    this.slotOf.set(position.id, slot);
  }

  /** Replaces a position (or adds it). */
  update(position: MatchPosition): void {
    this.remove(position.id);
    this.add(position);
  }

  /** Removes a position; false if it was not indexed. */
  remove(positionId: string): boolean {
    const slot = this.slotOf.get(positionId);
    const cp = slot === undefined ? undefined : this.positions[slot];
    if (slot === undefined || cp === undefined) return false;
    this.slotOf.delete(positionId);
    this.alive[slot] = 0;
    this.positions[slot] = undefined;
    const codes = [...cp.sourceRange.keys()];
    if (codes.length === 0) {
      this.free.push(slot);
      return true;
    }
    this.pendingRefs[slot] = codes.length;
    for (const code of codes) this.postings.markDead(code, this.alive, this.purge);
    return true;
  }

  /** The best positions for a candidate, best first (raw score, then id), each fully explained. */
  topPositions(candidate: MatchCandidate, options: TopPositionsOptions): ScoredMatch[] {
    const config = options.config ?? this.config;
    const offset = Math.max(0, Math.floor(options.offset ?? 0));
    const k = Math.max(0, Math.floor(options.k));
    if (k === 0) return [];
    const nowMs = options.now.getTime();
    const ranked = this.rank(candidate, offset + k, nowMs, config, options.filters ?? {});
    return ranked.slice(offset).map(({ ref }) => {
      const position = this.positions[ref]?.position;
      if (position === undefined) throw new Error('A ranked position vanished');
      const result = scorePair(candidate, position, { now: options.now, config });
      // The kernel just admitted this pair, so the explanation cannot be an exclusion.
      if (result.excluded !== null) throw new Error(`Index and scorePair disagree on ${position.id}`);
      return result;
    });
  }

  private rank(
    candidate: MatchCandidate,
    need: number,
    nowMs: number,
    config: MatchConfig,
    filters: PositionFilters,
  ): Array<{ ref: number; score: number }> {
    const families = filters.roleFamilies === undefined ? null : new Set(filters.roleFamilies);
    const countries = filters.countries === undefined ? null : new Set(filters.countries.map(countryCode));
    const workplaces = filters.workplaces === undefined ? null : new Set(filters.workplaces);
    const wanted = filters.skills === undefined || filters.skills.length === 0 ? null : filters.skills;
    const { skills, codes } = candidateSkillCodes(candidate);
    const held = new Uint8Array(skillCodeCount());
    for (let i = 0; i < skills.length; i++) held[skills[i] ?? 0] = codes[i] ?? 0;

    // Sum each overlapping position's skill bound; the bounds are in the index's configuration.
    const evidence = evidenceByRank(this.config);
    const acc = this.acc;
    const touched: number[] = [];
    for (let s = 0; s < skills.length; s++) {
      const list = this.postings.list(skills[s] ?? 0);
      if (list < 0) continue;
      const slots = this.postings.slots[list] as Int32Array;
      const bounds = this.postings.codes[list] as Uint8Array;
      const factor = (evidence[(codes[s] ?? 0) & 3] ?? 1) / BOUND_SCALE;
      const from = this.postings.offset[list] ?? 0;
      const to = from + (this.postings.length[list] ?? 0);
      for (let i = from; i < to; i++) {
        const slot = slots[i] as number;
        if (acc[slot] === 0) touched.push(slot);
        acc[slot] = (acc[slot] as number) + (bounds[i] as number) * factor + 1e-12;
      }
    }

    // Each overlapping position that passes the filters and the hard filters gets a bound: its
    // skill bound plus the exact level, evidence and recency parts, with candidate fit at most 1.
    const blocked = candidate.blockedDomains.map((d) => d.toLowerCase());
    const desired = candidate.desiredCountries.map(countryCode);
    const boundsKnown = config === this.config;
    const slots: number[] = [];
    const bounds: number[] = [];
    let facts: ReturnType<typeof candidateFacts> | null = null;
    let evidenceFit = 0;
    let recency = 0;
    const relate = (cp: CompiledPosition, f: ReturnType<typeof candidateFacts>) => {
      let blocks = false;
      for (const domain of blocked) if (cp.organisationDomains.has(domain)) blocks = true;
      let desires = false;
      for (const code of desired) if (cp.countries.has(code)) desires = true;
      f.blocksOrganisation = blocks;
      f.desiresPositionCountry = desires;
    };
    const compiled = (slot: number): CompiledPosition | null => {
      const stored = this.positions[slot];
      if (stored === undefined) return null;
      return boundsKnown ? stored : compilePosition(stored.position, config);
    };
    for (const slot of touched) {
      const partial = acc[slot] as number;
      acc[slot] = 0;
      const cp = this.alive[slot] === 1 ? compiled(slot) : null;
      if (cp === null) continue;
      const position = cp.position;
      if (!position.live) continue;
      if (families !== null && !families.has(position.roleFamily)) continue;
      if (workplaces !== null && !workplaces.has(position.workplace)) continue;
      if (countries !== null && !position.countries.some((c) => countries.has(countryCode(c)))) continue;
      if (wanted !== null && !wanted.every((id) => cp.termSkillId.includes(id))) continue;
      if (facts === null) {
        facts = candidateFacts(candidate, cp);
        const e = facts;
        evidenceFit = evidenceValue(config, e.projects, e.measuredProjects, e.certifications, e.publications);
        recency = recencyOf((nowMs - e.updatedAtMs) / MS_PER_DAY, config.recencyHalfLifeDays);
      }
      relate(cp, facts);
      if (hardFilter(cp, facts) !== null) continue;
      const w = cp.weights;
      const fixed =
        w.level * levelFitOf(cp, facts.levelRank) + w.evidence * evidenceFit + w.recency * recency;
      const skill = boundsKnown ? partial : w.requiredSkills + w.niceToHave;
      slots.push(slot);
      bounds.push(harmonic(1, skill + fixed + 1e-6));
    }
    if (facts === null) return [];

    const heap = new TopK(need, (slot) => this.positions[slot]?.position.id ?? '');
    let best = new Float64Array(64);
    const exact = (slot: number, f: ReturnType<typeof candidateFacts>) => {
      const cp = compiled(slot);
      if (cp === null) return;
      relate(cp, f);
      if (best.length < cp.termCount) best = new Float64Array(cp.termCount * 2);
      creditFromDense(cp, held, best);
      if (noOverlap(cp, best)) return;
      heap.offer(harmonicFit(cp, f, best, nowMs, null), slot);
    };
    // Seed the heap with the best bounds, then score whatever else can still reach its k-th score.
    const seeds = new TopK(Math.min(slots.length, Math.max(4 * need, 32)), () => '');
    bounds.forEach((bound, i) => {
      seeds.offer(bound, i);
    });
    for (const { ref } of seeds.drain()) {
      exact(slots[ref] as number, facts);
      bounds[ref] = Number.NEGATIVE_INFINITY;
    }
    for (let i = 0; i < slots.length; i++) {
      const bound = bounds[i] as number;
      // Seeds were marked -Infinity: scored already.
      if (bound !== Number.NEGATIVE_INFINITY && bound >= heap.threshold() - SLACK)
        exact(slots[i] as number, facts);
    }
    return heap.drain();
  }
}

/** Each term's most possible contribution to employer fit: its normalised weight. */
function termBounds(cp: CompiledPosition): Float64Array {
  const required = cp.requiredCount;
  const nice = cp.termCount - required;
  return Float64Array.from({ length: cp.termCount }, (_, t) =>
    t < required ? cp.weights.requiredSkills / required : cp.weights.niceToHave / nice,
  );
}

function evidenceByRank(config: MatchConfig): number[] {
  const e = config.evidenceCredit;
  return [e.claimed, e.used_in_project, e.measured_project, e.certified_or_published];
}

/** Builds a position index from any iterable. */
export function buildPositionIndex(
  positions: Iterable<MatchPosition>,
  options: { config?: MatchConfig } = {},
): PositionIndex {
  const index = new PositionIndex(options);
  for (const position of positions) index.add(position);
  return index;
}
