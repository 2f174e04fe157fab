// The in-memory candidate index: posting lists per skill, per-candidate attribute arrays, a score
// accumulator and top-k selection. topCandidates returns exactly what brute force returns (scorePair
// over every candidate, excluded pairs dropped, sorted by raw score then id), because every
// candidate it keeps is scored by the same kernel, and every candidate it skips provably scores
// below the k-th kept one.
//
// Partitions (partitions.ts). Posting lists are split by location bucket, so a query reads only
// candidates the location filter can admit, and by level and target role family, which fixes the
// level fit and the role-family fit per partition: each partition has its own bounds c_p on
// candidate fit and K_p on the non-skill part of employer fit (level, evidence, recency).
// Partitions are read best bound first and skipped whole once their bound is below θ, the k-th
// best score so far. Hidden candidates are kept out of the lists altogether.
//
// Within a partition (max-score pruning). Each wanted skill (a term) can add at most M_t to
// employer fit e, and the harmonic mean grows with both fits, so a candidate scores at most
// H(c_p, u) for any u ≥ e. The plan (query-plan.ts) reads skills' lists in order of bound removed
// per entry, adding an upper bound of each entry's credit into a Float32 accumulator. After a tenth
// of the first partition it scores the most promising candidates exactly, which fills the heap and
// sets θ; once H(c_p, K_p + what unread lists can still add) < θ, a candidate absent from every
// list read cannot reach θ, and reading stops. Each candidate touched then passes three gates of
// rising cost: its accumulated bound; the cheap hard filters and its exact skill credit plus K_p;
// the full kernel.

import { countryCode, skillCodeCount } from '../codes.js';
import type { CompiledPosition } from '../compile.js';
import { compilePosition, PROFICIENCY_CODE_SPAN } from '../compile.js';
import type { MatchConfig } from '../config.js';
import { DEFAULT_MATCH_CONFIG, levelRank } from '../config.js';
import { hardFilter, harmonicFit, salaryFit } from '../kernel.js';
import type { ScoredMatch } from '../result.js';
import { scorePair } from '../score.js';
import type { MatchCandidate, MatchPosition } from '../types.js';
import type { Level } from '../vocabulary.js';
import { REMOTE_PREFERENCES, ROLE_FAMILIES } from '../vocabulary.js';
import { layOutPostings } from './bulk-load.js';
import { blankFacts, CandidateStore } from './candidate-store.js';
import { ensureLength } from './growable.js';
import { bucketsFor, CELLS, cellOf, partitionsOf, ROLE_SLOTS } from './partitions.js';
import { Postings } from './postings.js';
import type { SkillStep } from './query-plan.js';
import { keyOf, planQuery, RANKS, Reach } from './query-plan.js';
import { TopK } from './top-k.js';

/** Narrowing a ranking of candidates. */
export interface CandidateFilters {
  /** Only candidates living in one of these countries. */
  countries?: readonly string[];
  /** Only candidates at one of these (resolved) levels. */
  levels?: readonly Level[];
  /** Only scores (0-100, unrounded) at or above this. */
  minScore?: number;
}

export interface TopCandidatesOptions {
  k: number;
  offset?: number;
  filters?: CandidateFilters;
  now: Date;
  /** Defaults to the index's configuration. */
  config?: MatchConfig;
}

/** Counters of the last query, for benchmarks and tests. */
export interface QueryStats {
  partitionsRead: number;
  listsRead: number;
  entriesRead: number;
  touched: number;
  skillChecked: number;
  scoredExactly: number;
}

// Margins that keep float32 accumulation error on the safe side of every bound.
const RELATIVE_SLACK = 1e-5;
const ABSOLUTE_SLACK = 1e-6;
const THRESHOLD_SLACK = 1e-9;
/** Shares of the planned entries after which the most promising candidates so far seed θ. */
const SEED_POINTS = [0.01, 0.04, 0.15];

const harmonic = (c: number, e: number) => (c + e > 0 ? (2 * c * e) / (c + e) : 0);

/** Candidates indexed for ranking against positions; see the file header for the query plan. */
export class CandidateIndex {
  readonly config: MatchConfig;
  /** Counters of the last topCandidates call. */
  lastQuery: QueryStats = blankStats();
  private readonly store: CandidateStore;
  /** Posting lists per partition (location bucket × level-role cell), created on first use. */
  private readonly partitions: Array<Postings | undefined> = [];
  /** Listed candidates per skill code, for ordering the reading plan. */
  private frequency = new Int32Array(1024);
  private readonly slotOf = new Map<string, number>();
  private readonly free: number[] = [];
  private bulk = false;
  private pendingRefs = new Uint16Array(1024);
  private deadSlots = 0;
  private acc = new Float32Array(1024);
  private touched = new Int32Array(1024);
  /** The partition each touched slot was read in. */
  private touchedIn = new Int32Array(1024);
  private denseFrom = new Int32Array(0);
  private denseTo = new Int32Array(0);
  private best = new Float64Array(64);
  private remainder = new Float64Array(0);
  private needed = new Float64Array(0);
  private readonly facts = blankFacts();
  private readonly purge = (slot: number) => {
    const left = (this.pendingRefs[slot] ?? 1) - 1;
    this.pendingRefs[slot] = left;
    if (left === 0) {
      this.free.push(slot);
      this.deadSlots--;
    }
  };

  constructor(options: { config?: MatchConfig } = {}) {
    this.config = options.config ?? DEFAULT_MATCH_CONFIG;
    this.store = new CandidateStore(this.config);
  }

  /** Live candidates. */
  get size(): number {
    return this.slotOf.size;
  }

  has(candidateId: string): boolean {
    return this.slotOf.has(candidateId);
  }

  /** Makes room for this many candidates in total (a bulk load calls it once). */
  reserve(candidates: number): void {
    this.store.reserve(candidates);
    this.growScratch(candidates);
  }

  /**
   * Starts a bulk load: until finishBulk, add() only writes the candidate's attributes and skills,
   * and finishBulk lays out every posting list at its exact size in one pass (no list grows by
   * doubling, and each partition's lists share one buffer). Only for an empty index.
   */
  beginBulk(): void {
    if (this.slotOf.size > 0) throw new Error('A bulk load needs an empty index');
    this.bulk = true;
  }

  /** Ends a bulk load: builds the posting lists of every candidate added since beginBulk. */
  finishBulk(): void {
    if (!this.bulk) return;
    this.bulk = false;
    const keyCount = skillCodeCount() * RANKS;
    this.frequency = ensureLength(this.frequency, keyCount);
    for (const layout of layOutPostings(this.store, keyCount, this.frequency)) {
      this.partition(layout.id).adopt(
        layout.keys,
        layout.offsets,
        layout.lengths,
        layout.slots,
        layout.codes,
      );
    }
    // Room for an eighth more candidates, so that the first additions after a load do not all
    // wait for every per-candidate array to double.
    this.reserve(this.store.slotCount + (this.store.slotCount >> 3) + 16);
  }

  /** Adds a candidate; throws if the id is already indexed (use update). */
  add(candidate: MatchCandidate): void {
    if (this.slotOf.has(candidate.id)) throw new RangeError(`Candidate ${candidate.id} is already indexed`);
    const slot = this.free.pop() ?? this.store.slotCount;
    this.growScratch(slot + 1);
    const n = this.store.write(slot, candidate);
    this.slotOf.set(candidate.id, slot);
    if (candidate.visibility === 'hidden' || this.bulk) return;
    const { skills, codes } = this.store.lastSkills();
    for (const list of this.listsOf(slot)) {
      if (list < 0) continue;
      const postings = this.partition(list);
      for (let i = 0; i < n; i++) postings.append(keyOf(skills[i] ?? 0, codes[i] ?? 0), slot, codes[i] ?? 0);
    }
    for (let i = 0; i < n; i++) {
      const key = keyOf(skills[i] ?? 0, codes[i] ?? 0);
      if (key >= this.frequency.length) this.frequency = ensureLength(this.frequency, key + 1);
      this.frequency[key] = (this.frequency[key] ?? 0) + 1;
    }
  }

  /** Replaces a candidate (or adds it): a new slot takes the new version, the old one is retired. */
  update(candidate: MatchCandidate): void {
    this.remove(candidate.id);
    this.add(candidate);
  }

  /** Removes a candidate; false if it was not indexed. */
  remove(candidateId: string): boolean {
    if (this.bulk) this.finishBulk();
    const slot = this.slotOf.get(candidateId);
    if (slot === undefined) return false;
    this.slotOf.delete(candidateId);
    const listed = !this.store.isHidden(slot);
    const lists = this.listsOf(slot);
    this.store.kill(slot);
    const skills = this.store.skills;
    const n = skills.count[slot] ?? 0;
    const from = skills.start[slot] ?? 0;
    const references = listed ? n * lists.filter((list) => list >= 0).length : 0;
    if (references === 0) {
      this.free.push(slot);
    } else {
      this.pendingRefs[slot] = references;
      this.deadSlots++;
      for (let i = from; i < from + n; i++) {
        const key = keyOf(skills.values[i] ?? 0, skills.extras[i] ?? 0);
        this.frequency[key] = (this.frequency[key] ?? 1) - 1;
        for (const list of lists)
          if (list >= 0) this.partition(list).markDead(key, this.store.alive, this.purge);
      }
    }
    skills.clear(slot);
    // A safety valve: lists too short to reach their own compaction threshold would otherwise hold
    // dead slots forever. Callers with idle time may call compact() themselves instead.
    if (this.deadSlots > 1024 && this.deadSlots * 4 > this.slotOf.size) this.compact();
    return true;
  }

  /** Drops every tombstone now, freeing all dead slots for reuse. */
  compact(): void {
    for (const postings of this.partitions) postings?.compactAll(this.store.alive, this.purge);
  }

  /** The indexed candidate, rebuilt from the arrays, or undefined. */
  candidate(candidateId: string): MatchCandidate | undefined {
    const slot = this.slotOf.get(candidateId);
    return slot === undefined ? undefined : this.store.candidateAt(slot);
  }

  /** Approximate bytes held by the index's arrays (ids and the id map not included). */
  bytes(): number {
    let postings = 0;
    for (const partition of this.partitions) postings += partition?.bytes() ?? 0;
    return this.store.bytes() + postings + this.acc.length * 14;
  }

  /**
   * The best candidates for a position, best first (raw score, then id), each fully explained.
   * Hard-filtered, hidden and blocking candidates never appear; nor do candidates without any
   * skill overlap (see pairExclusion in score.ts for "eligible").
   */
  topCandidates(position: MatchPosition, options: TopCandidatesOptions): ScoredMatch[] {
    const config = options.config ?? this.config;
    const offset = Math.max(0, Math.floor(options.offset ?? 0));
    const k = Math.max(0, Math.floor(options.k));
    if (k === 0 || !position.live) return [];
    const cp = compilePosition(position, config);
    const nowMs = options.now.getTime();
    if (this.bulk) this.finishBulk();
    const ranked = this.rank(cp, offset + k, nowMs, options.filters ?? {});
    return ranked.slice(offset).map(({ ref }) => {
      const result = scorePair(this.store.candidateAt(ref), position, { now: options.now, config });
      // The kernel just admitted this pair, so the explanation cannot be an exclusion.
      if (result.excluded !== null) throw new Error(`Index and scorePair disagree on ${this.store.ids[ref]}`);
      return result;
    });
  }

  /** The partitions (posting list sets) a slot is listed in; -1 for none. */
  private listsOf(slot: number): [number, number] {
    return partitionsOf(this.store, slot);
  }

  private partition(id: number): Postings {
    let postings = this.partitions[id];
    if (postings === undefined) {
      while (this.partitions.length <= id) this.partitions.push(undefined);
      postings = new Postings();
      this.partitions[id] = postings;
    }
    return postings;
  }

  private growScratch(slots: number): void {
    this.acc = ensureLength(this.acc, slots);
    this.touched = ensureLength(this.touched, this.acc.length);
    this.touchedIn = ensureLength(this.touchedIn, this.acc.length);
    this.pendingRefs = ensureLength(this.pendingRefs, this.acc.length);
  }

  /** Per level-role cell: the most candidate fit and the most non-skill employer fit it can reach. */
  private cellBounds(cp: CompiledPosition): { candidate: Float64Array; fixed: Float64Array } {
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
        candidate[cell] = Math.min(1, w.goals * goals + w.salary) + THRESHOLD_SLACK;
        fixed[cell] = w.level * levelFitOf(cp, level) + w.evidence + w.recency + THRESHOLD_SLACK;
      }
    }
    return { candidate, fixed };
  }

  private rank(
    cp: CompiledPosition,
    need: number,
    nowMs: number,
    filters: CandidateFilters,
  ): Array<{ ref: number; score: number }> {
    const store = this.store;
    const ids = store.ids;
    const alive = store.alive;
    const acc = this.acc;
    const touched = this.touched;
    const touchedIn = this.touchedIn;
    const countryFilter =
      filters.countries === undefined ? null : new Set(filters.countries.map(countryCode));
    let levelMask = 15;
    if (filters.levels !== undefined) {
      levelMask = 0;
      for (const level of filters.levels) levelMask |= 1 << levelRank(level);
    }
    const minScore = filters.minScore === undefined ? Number.NEGATIVE_INFINITY : filters.minScore / 100;
    const salaryLimit = cp.salaryLimitUsd;
    // The cheap gate: alive, the country filter, and the hard filters one array read decides.
    const passes = (slot: number) =>
      alive[slot] === 1 &&
      !((store.minimumPay[slot] ?? 0) > salaryLimit) &&
      (countryFilter === null || countryFilter.has(store.country[slot] ?? -1));

    this.prepareDense(cp);
    const plan = planQuery(cp, (key) => this.frequency[key] ?? 0);
    const reach = new Reach(cp, plan);
    const bounds = this.cellBounds(cp);

    // The partitions to read, best ceiling first; each stops on its own bound.
    const active: number[] = [];
    for (const bucket of bucketsFor(cp)) {
      for (let cell = 0; cell < CELLS; cell++) {
        const id = bucket * CELLS + cell;
        if (this.partitions[id] !== undefined && ((levelMask >> Math.floor(cell / ROLE_SLOTS)) & 1) === 1) {
          active.push(id);
        }
      }
    }
    const ceiling = (id: number, total: number) =>
      harmonic(bounds.candidate[id % CELLS] ?? 1, (bounds.fixed[id % CELLS] ?? 1) + total);
    active.sort((a, b) => ceiling(b, reach.total) - ceiling(a, reach.total) || a - b);
    const readIds = [...active];
    if (this.remainder.length < this.partitions.length)
      this.remainder = new Float64Array(this.partitions.length * 2);
    /** What unread lists could still add, per partition, when it stopped reading. */
    const remainder = this.remainder;
    let planned = 0;
    for (const id of active) {
      const postings = this.partitions[id] as Postings;
      for (const step of plan.steps) planned += postings.lengthOf(step.key);
    }

    const heap = new TopK(need, (slot) => ids[slot] ?? '');
    const threshold = () => Math.max(minScore, heap.threshold()) - THRESHOLD_SLACK;
    const stats = blankStats();
    const offer = (slot: number) => {
      stats.scoredExactly++;
      const score = this.exactScore(slot, cp, nowMs);
      if (score >= 0 && score >= minScore) heap.offer(score, slot);
    };

    let nTouched = 0;
    let read = 0;
    let seedPoint = 0;
    const tables = plan.tables;
    for (let s = 0; s < plan.steps.length && active.length > 0; s++) {
      const floor = threshold();
      const step = plan.steps[s] as SkillStep;
      for (let a = active.length - 1; a >= 0; a--) {
        const id = active[a] as number;
        if (ceiling(id, reach.total) < floor) {
          remainder[id] = reach.total;
          active[a] = active[active.length - 1] as number;
          active.pop();
          continue;
        }
        const postings = this.partitions[id] as Postings;
        const list = postings.list(step.key);
        if (list < 0) continue;
        const from = postings.offset[list] as number;
        const n = postings.length[list] as number;
        nTouched = accumulate(
          postings.slots[list] as Int32Array,
          postings.codes[list] as Uint8Array,
          from,
          from + n,
          acc,
          tables,
          step.table,
          touched,
          touchedIn,
          id,
          nTouched,
        );
        stats.listsRead++;
        read += n;
      }
      reach.markRead(s);
      if (seedPoint < SEED_POINTS.length && read >= (SEED_POINTS[seedPoint] as number) * planned) {
        while (seedPoint < SEED_POINTS.length && read >= (SEED_POINTS[seedPoint] as number) * planned)
          seedPoint++;
        this.seed(cp, nTouched, need, passes, offer);
      }
    }
    for (const id of active) remainder[id] = reach.total;
    stats.partitionsRead = readIds.length;
    stats.entriesRead = read;
    stats.touched = nTouched;

    // Gate 0 as a threshold on the accumulated partial, per partition read: H(c_p, e) < θ exactly
    // when e < θ·c_p / (2·c_p − θ), so a partial below `needed` cannot reach θ.
    if (this.needed.length < this.partitions.length)
      this.needed = new Float64Array(this.partitions.length * 2);
    const needed = this.needed;
    let neededFor = Number.NaN;
    const refreshNeeded = () => {
      const theta = threshold();
      if (theta === neededFor) return;
      neededFor = theta;
      for (const id of readIds) {
        const c = bounds.candidate[id % CELLS] as number;
        const e =
          theta <= 0
            ? Number.NEGATIVE_INFINITY
            : 2 * c <= theta
              ? Number.POSITIVE_INFINITY
              : (theta * c) / (2 * c - theta);
        needed[id] =
          (e - (remainder[id] as number) - (bounds.fixed[id % CELLS] as number) - ABSOLUTE_SLACK) /
            (1 + RELATIVE_SLACK) -
          THRESHOLD_SLACK;
      }
    };
    refreshNeeded();
    const bound = this.slotBound(cp);
    for (let i = 0; i < nTouched; i++) {
      const slot = touched[i] as number;
      const partial = acc[slot] as number;
      acc[slot] = 0;
      if (partial < 0) continue;
      const id = touchedIn[i] as number;
      if (partial < (needed[id] as number)) continue;
      // Gate 1: the candidate's own candidate fit and non-skill employer fit.
      const floor = threshold();
      const unread = partial * (1 + RELATIVE_SLACK) + ABSOLUTE_SLACK + (remainder[id] as number);
      bound.of(slot);
      if (harmonic(bound.candidate, unread + bound.fixed) < floor || !passes(slot)) continue;
      // Gate 2: its exact skill credit.
      stats.skillChecked++;
      const skill = this.creditSlot(slot, cp);
      if (skill < 0 || harmonic(bound.candidate, skill + bound.fixed + THRESHOLD_SLACK) < floor) continue;
      offer(slot);
      refreshNeeded();
    }
    this.clearDense(cp);
    this.lastQuery = stats;
    return heap.drain();
  }

  /**
   * Cheap upper bounds of a slot's candidate fit (every goal part exact except location, taken as
   * 1; salary from the minimum rounded down) and non-skill employer fit (level exact, evidence
   * rounded up, recency 1), from the packed attributes: `of(slot)` sets `candidate` and `fixed`.
   */
  private slotBound(cp: CompiledPosition): { candidate: number; fixed: number; of: (slot: number) => void } {
    const packed = this.store.packed;
    const { config, weights: w } = cp;
    const g = config.goalWeights;
    const total = g.roleFamily + g.level + g.location + g.workplace + g.availability;
    const role = Float64Array.from(
      { length: ROLE_FAMILIES.length + 1 },
      (_, r) => (g.roleFamily * (cp.roleFamilyFit[r === 0 ? ROLE_FAMILIES.length : r - 1] ?? 1)) / total,
    );
    const targetLevel = Float64Array.from(
      { length: 5 },
      (_, t) =>
        (g.level *
          (t === 0 ? config.goals.unknown : (config.goals.targetLevelFit[cp.levelRank - (t - 1) + 3] ?? 1))) /
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
    // The stored evidence is under the index's configuration; another one gets the bound 1.
    const evidenceScale = cp.config === this.config ? w.evidence / 2 ** 20 : 0;
    const evidenceFloor = cp.config === this.config ? 0 : w.evidence;
    const result = {
      candidate: 1,
      fixed: 1,
      of: (slot: number) => {
        const at = 4 * slot;
        const bits = packed[at] as number;
        const pay = packed[at + 1] as number;
        const goals =
          (role[bits & 7] as number) +
          (targetLevel[(bits >> 3) & 7] as number) +
          location +
          (workplace[(bits >> 6) & 3] as number) +
          (availability[(bits >> 8) & 1] as number);
        result.candidate =
          w.goals * goals + w.salary * salaryFit(cp, pay < 0 ? Number.NaN : pay) + THRESHOLD_SLACK;
        result.fixed =
          (levelFixed[(bits >> 9) & 3] as number) +
          (packed[at + 2] as number) * evidenceScale +
          evidenceFloor +
          1e-9;
      },
    };
    return result;
  }

  /** Scores the most promising touched candidates (by accumulated bound) straight into the heap. */
  private seed(
    cp: CompiledPosition,
    nTouched: number,
    need: number,
    passes: (slot: number) => boolean,
    offer: (slot: number) => void,
  ): void {
    const acc = this.acc;
    const promising = new TopK(Math.max(4 * need, 64), () => '');
    for (let i = 0; i < nTouched; i++) {
      const slot = this.touched[i] as number;
      const partial = acc[slot] as number;
      // Earlier seeds are marked -Infinity: scored already.
      if (partial >= 0) promising.offer(partial, slot);
    }
    for (const { ref } of promising.drain()) {
      // Marks the seed as scored: -Infinity stays -Infinity as later lists add to it, and is never
      // 0, so the seed is neither touched again nor scored again in the final pass.
      acc[ref] = Number.NEGATIVE_INFINITY;
      if (passes(ref) && this.creditSlot(ref, cp) >= 0) offer(ref);
    }
  }

  /**
   * Fills this.best with a slot's per-term credits and returns the skill part of its employer fit
   * (as harmonicFit computes it), or -1 when no skill overlaps. The loop is creditSkill's, inlined
   * for speed: the same operations, so the same credits.
   */
  private creditSlot(slot: number, cp: CompiledPosition): number {
    const best = this.best;
    const termCount = cp.termCount;
    for (let term = 0; term < termCount; term++) best[term] = 0;
    const lists = this.store.skills;
    const values = lists.values;
    const extras = lists.extras;
    const from = lists.start[slot] as number;
    const to = from + (lists.count[slot] as number);
    const denseFrom = this.denseFrom;
    const denseTo = this.denseTo;
    const { sourceTerm, sourceWeight, termCredit } = cp;
    for (let i = from; i < to; i++) {
      const skill = values[i] as number;
      const end = denseTo[skill] as number;
      if (end === 0) continue;
      const code = extras[i] as number;
      for (let j = denseFrom[skill] as number; j < end; j++) {
        const term = sourceTerm[j] as number;
        const credit =
          (sourceWeight[j] as number) * (termCredit[term * PROFICIENCY_CODE_SPAN + code] as number);
        if (credit > (best[term] as number)) best[term] = credit;
      }
    }
    const requiredCount = cp.requiredCount;
    let requiredSum = 0;
    for (let term = 0; term < requiredCount; term++) requiredSum += best[term] as number;
    let niceSum = 0;
    for (let term = requiredCount; term < termCount; term++) niceSum += best[term] as number;
    // Credits are never negative, so the sums are 0 exactly when no term earned anything.
    if (requiredSum + niceSum === 0) return -1;
    const required = requiredCount > 0 ? requiredSum / requiredCount : 0;
    const nice = termCount > requiredCount ? niceSum / (termCount - requiredCount) : 0;
    return cp.weights.requiredSkills * required + cp.weights.niceToHave * nice + THRESHOLD_SLACK;
  }

  /** The kernel's harmonic fit for a slot whose credits creditSlot just filled; -1 when excluded. */
  private exactScore(slot: number, cp: CompiledPosition, nowMs: number): number {
    const facts = this.facts;
    this.store.fillFacts(slot, cp, facts);
    if (hardFilter(cp, facts) !== null) return -1;
    return harmonicFit(cp, facts, this.best, nowMs, null);
  }

  private prepareDense(cp: CompiledPosition): void {
    const codes = skillCodeCount();
    if (this.denseTo.length < codes) {
      this.denseFrom = new Int32Array(codes + 256);
      this.denseTo = new Int32Array(codes + 256);
    }
    if (this.best.length < cp.termCount) this.best = new Float64Array(cp.termCount * 2);
    for (const [code, [from, to]] of cp.sourceRange) {
      this.denseFrom[code] = from;
      this.denseTo[code] = to;
    }
  }

  private clearDense(cp: CompiledPosition): void {
    for (const code of cp.sourceRange.keys()) {
      this.denseFrom[code] = 0;
      this.denseTo[code] = 0;
    }
  }
}

/**
 * Adds one posting list's entries into the accumulator; a slot seen for the first time (its
 * accumulator still 0: every table entry is positive) is appended to the touched list with the
 * partition it was read in. Returns the new touched count. Kept small so that the engine
 * optimises it on its own.
 */
function accumulate(
  slots: Int32Array,
  codes: Uint8Array,
  from: number,
  end: number,
  acc: Float32Array,
  tables: Float32Array,
  table: number,
  touched: Int32Array,
  touchedIn: Int32Array,
  partition: number,
  count: number,
): number {
  let n = count;
  for (let i = from; i < end; i++) {
    const slot = slots[i] as number;
    const before = acc[slot] as number;
    if (before === 0) {
      touched[n] = slot;
      touchedIn[n] = partition;
      n++;
    }
    acc[slot] = before + (tables[table + (codes[i] as number)] as number);
  }
  return n;
}

/** The level fit of a candidate level rank for the position. */
function levelFitOf(cp: CompiledPosition, level: number): number {
  const distance = level - cp.levelRank;
  const fits = distance >= 0 ? cp.config.levelFit.over : cp.config.levelFit.under;
  return fits[Math.min(Math.abs(distance), fits.length - 1)] ?? 0;
}

function blankStats(): QueryStats {
  return { partitionsRead: 0, listsRead: 0, entriesRead: 0, touched: 0, skillChecked: 0, scoredExactly: 0 };
}

/** Builds a candidate index from any iterable (a bulk load), reporting progress every 65,536. */
export function buildCandidateIndex(
  candidates: Iterable<MatchCandidate>,
  onProgress?: (indexed: number) => void,
  options: { config?: MatchConfig } = {},
): CandidateIndex {
  const index = new CandidateIndex(options);
  if (Array.isArray(candidates)) index.reserve(candidates.length);
  index.beginBulk();
  let n = 0;
  for (const candidate of candidates) {
    index.add(candidate);
    n++;
    if (onProgress !== undefined && (n & 0xffff) === 0) onProgress(n);
  }
  index.finishBulk();
  onProgress?.(n);
  return index;
}
