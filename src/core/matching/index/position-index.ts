// The position side: positions number in the thousands to a hundred thousand, so a simpler plan is
// enough. Posting lists per skill hold the positions for which the skill earns credit (as the
// wanted skill or one of its sources); a query walks the lists of the candidate's skills to find
// the positions it overlaps with, then scores each with the kernel from the position's side
// (creditFromDense), which gives exactly the credits scorePair computes.
import { countryCode, skillCodeCount } from '../codes.js';
import type { CompiledPosition } from '../compile.js';
import { compilePosition } from '../compile.js';
import type { MatchConfig } from '../config.js';
import { DEFAULT_MATCH_CONFIG } from '../config.js';
import { candidateFacts, candidateSkillCodes } from '../facts.js';
import { creditFromDense, hardFilter, harmonicFit, noOverlap } from '../kernel.js';
import type { ScoredMatch } from '../result.js';
import { scorePair } from '../score.js';
import type { MatchCandidate, MatchPosition } from '../types.js';
import type { RoleFamily } from '../vocabulary.js';
import { ensureLength } from './growable.js';
import { Postings } from './postings.js';
import { TopK } from './top-k.js';

/** Narrowing a ranking of positions. */
export interface PositionFilters {
  roleFamilies?: readonly RoleFamily[];
  /** Positions with a location in one of these countries. */
  countries?: readonly string[];
  workplaces?: ReadonlyArray<MatchPosition['workplace']>;
}

export interface TopPositionsOptions {
  k: number;
  offset?: number;
  filters?: PositionFilters;
  now: Date;
  /** Defaults to the index's configuration. */
  config?: MatchConfig;
}

/** Positions indexed for ranking against a candidate. */
export class PositionIndex {
  readonly config: MatchConfig;
  private readonly positions: Array<CompiledPosition | undefined> = [];
  private readonly slotOf = new Map<string, number>();
  private readonly free: number[] = [];
  private readonly postings = new Postings();
  private alive = new Uint8Array(256);
  private pendingRefs = new Int32Array(256);
  private seen = new Uint32Array(256);
  private generation = 0;
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
    this.seen = ensureLength(this.seen, this.alive.length);
    this.alive[slot] = 1;
    for (const code of cp.sourceRange.keys()) this.postings.append(code, slot, 0);
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
    const filters = options.filters ?? {};
    const families = filters.roleFamilies === undefined ? null : new Set(filters.roleFamilies);
    const countries = filters.countries === undefined ? null : new Set(filters.countries.map(countryCode));
    const workplaces = filters.workplaces === undefined ? null : new Set(filters.workplaces);

    const { skills, codes } = candidateSkillCodes(candidate);
    const held = new Uint8Array(skillCodeCount());
    for (let i = 0; i < skills.length; i++) held[skills[i] ?? 0] = codes[i] ?? 0;
    const blocked = candidate.blockedDomains.map((d) => d.toLowerCase());
    const desired = candidate.desiredCountries.map(countryCode);
    let facts: ReturnType<typeof candidateFacts> | null = null;

    this.generation = (this.generation + 1) >>> 0 || 1;
    if (this.generation === 1) this.seen.fill(0);
    const generation = this.generation;
    const heap = new TopK(offset + k, (slot) => this.positions[slot]?.position.id ?? '');
    let best = new Float64Array(64);
    for (const skill of skills) {
      const list = this.postings.list(skill);
      if (list < 0) continue;
      const slots = this.postings.slots[list] as Int32Array;
      const n = this.postings.length[list] ?? 0;
      const from = this.postings.offset[list] ?? 0;
      for (let i = from; i < from + n; i++) {
        const slot = slots[i] ?? 0;
        if (this.seen[slot] === generation || this.alive[slot] !== 1) continue;
        this.seen[slot] = generation;
        const stored = this.positions[slot];
        if (stored === undefined) continue;
        const position = stored.position;
        if (!position.live) continue;
        if (families !== null && !families.has(position.roleFamily)) continue;
        if (workplaces !== null && !workplaces.has(position.workplace)) continue;
        if (countries !== null && !position.countries.some((c) => countries.has(countryCode(c)))) continue;
        const cp = config === this.config ? stored : compilePosition(position, config);
        if (facts === null) facts = candidateFacts(candidate, cp);
        let blocks = false;
        for (const domain of blocked) if (cp.organisationDomains.has(domain)) blocks = true;
        let desires = false;
        for (const code of desired) if (cp.countries.has(code)) desires = true;
        facts.blocksOrganisation = blocks;
        facts.desiresPositionCountry = desires;
        if (hardFilter(cp, facts) !== null) continue;
        if (best.length < cp.termCount) best = new Float64Array(cp.termCount * 2);
        creditFromDense(cp, held, best);
        if (noOverlap(cp, best)) continue;
        heap.offer(harmonicFit(cp, facts, best, nowMs, null), slot);
      }
    }
    return heap
      .drain()
      .slice(offset)
      .map(({ ref }) => {
        const position = this.positions[ref]?.position;
        if (position === undefined) throw new Error('A ranked position vanished');
        const result = scorePair(candidate, position, { now: options.now, config });
        if (result.excluded !== null) throw new Error(`Index and scorePair disagree on ${position.id}`);
        return result;
      });
  }
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
