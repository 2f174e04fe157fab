// The in-memory candidate index: posting lists per skill, per-candidate attribute arrays, a score
// accumulator and top-k selection. topCandidates returns exactly what brute force returns (scorePair
// over every candidate, excluded pairs dropped, sorted by raw score then id), because every
// candidate it keeps is scored by the same kernel, and every candidate it skips provably scores
// below the k-th kept one.
//
// Layout. Posting lists are keyed by skill and evidence rank (a claimed skill earns at most 0.4 of
// full credit, so its entries can often go unread) and split into partitions (partitions.ts): by
// location bucket, so a query reads only candidates the location filter can admit, and by level
// and target role family, which fix the level fit and the role-family fit per partition and so
// bound what its candidates can score (bounds.ts). Hidden candidates are in no list.
//
// Query (max-score pruning). Each wanted skill (a term) can add at most M_t to employer fit e, and
// the harmonic mean grows with both fits, so a candidate scores at most H(c_p, u) for any u ≥ e.
// The partitions are read one after another, best ceiling first, each through the plan's
// (skill, rank) lists (query-plan.ts) in order of bound removed per entry, adding an upper bound of
// each entry's credit into a Float32 accumulator (in WebAssembly: index-heap.ts). Early
// on it scores the most promising candidates exactly, which fills the heap and sets θ, the k-th
// best score so far; a partition stops reading once H(c_p, K_p + what its unread lists could still
// add) < θ, since a candidate absent from every list read cannot reach θ. Each candidate touched
// then passes gates of rising cost: its accumulated bound against its partition's bounds; the
// same with its own candidate-fit and non-skill bounds (both in one tight pass, `screen`, that
// keeps each survivor's bound); the unread lists of the skills its skill bits say it holds; the
// bound from its skill record (skill-record.ts: one read, within about 0.01 of the exact credit);
// then its exact skill credit; the full kernel. Survivors are taken
// in descending bound order (so the scan stops at the first bound below θ) until θ is near its
// final value, then the rest are swept in slot order, which reads their skills far more cheaply.
//
// Updates. A changed candidate gets a new slot; the old one's entries stay as tombstones until
// their list compacts (postings.ts), and the slot is reused once none remain. compact() drops them
// all at once, for callers with idle time.

import { countryCode, skillCode, skillCodeCount } from '../codes.js';
import type { CompiledPosition } from '../compile.js';
import { compilePosition, PROFICIENCY_CODE_SPAN } from '../compile.js';
import type { MatchConfig } from '../config.js';
import { DEFAULT_MATCH_CONFIG, levelRank } from '../config.js';
import { hardFilter, harmonicFit } from '../kernel.js';
import type { ScoredMatch } from '../result.js';
import { explainEligible, pairExclusion, type ScoreContext } from '../score.js';
import type { MatchCandidate, MatchPosition } from '../types.js';
import type { Level } from '../vocabulary.js';
import { cellBounds, GOAL_BITS, harmonic, harmonicBelow, RECENCY_DAYS, SLACK, SlotBounds } from './bounds.js';
import { layOutPostings } from './bulk-load.js';
import type { CodedSkills } from './candidate-store.js';
import { blankFacts, CandidateStore, PACKED } from './candidate-store.js';
import { ensureLength } from './growable.js';
import { accumulateScript, IndexHeap } from './index-heap.js';
import { bucketsFor, CELLS, partitionsOf, ROLE_SLOTS, starPartition } from './partitions.js';
import { Postings } from './postings.js';
import type { QueryPlan } from './query-plan.js';
import {
  keyOf,
  planQuery,
  popcount,
  RANK_BITS,
  RANKS,
  Reach,
  type UnreadUnits,
  unreadBound,
} from './query-plan.js';
import { RecordBound } from './skill-record.js';
import { SlotCredit } from './slot-credit.js';
import { SlotIds } from './slot-ids.js';
import { TopK } from './top-k.js';

/** Narrowing a ranking of candidates. */
export interface CandidateFilters {
  /** Only candidates living in one of these countries. */
  countries?: readonly string[];
  /** Only candidates at one of these (resolved) levels. */
  levels?: readonly Level[];
  /** Only scores (0-100, unrounded) at or above this. */
  minScore?: number;
  /** Only candidates listing every one of these skills (taxonomy ids), at any proficiency. */
  skills?: readonly string[];
}

export interface TopCandidatesOptions {
  k: number;
  offset?: number;
  filters?: CandidateFilters;
  now: Date;
  /** Defaults to the index's configuration. */
  config?: MatchConfig;
}

export interface CandidateIndexOptions {
  /** The configuration queries use unless they bring their own. */
  config?: MatchConfig;
  /**
   * How many survivors of the cheap gates are checked in descending bound order before the rest
   * are swept in slot order (see rank). Only speed depends on it; tests set it low to exercise
   * the sweep on small data.
   */
  headChecks?: number;
}

/** A compiled position's reading plan, kept between queries (CandidateIndex.queryPlan). */
interface CachedPlan {
  plan: QueryPlan;
  reach: Reach;
  bounds: { candidate: Float64Array; fixed: Float64Array };
  /** What unread lists could still add with steps [0, s) read: Reach.total after them. */
  totals: Float64Array;
  /** CandidateIndex.changes when the plan was built. */
  changes: number;
}

/** Counters of the last query, for benchmarks and tests. */
export interface QueryStats {
  partitionsRead: number;
  listsRead: number;
  entriesRead: number;
  touched: number;
  skillChecked: number;
  scoredExactly: number;
  /** Touched candidates whose cheap bounds (gates 0 and 1) reach θ. */
  survivors: number;
  /** Survivors dropped by their skill bits (unread lists of skills they do not hold). */
  skillBitsPruned: number;
  /** Survivors dropped by the bound from their skill record (before their exact credit). */
  recordPruned: number;
}

// Margins that keep float32 accumulation error on the safe side of every bound.
const RELATIVE_SLACK = 1e-5;
const ABSOLUTE_SLACK = 1e-6;
/** Shares of the planned entries after which the most promising candidates so far seed θ. */
const SEED_POINTS = [0.01, 0.04, 0.15];
/**
 * A seed scores exactly from 2 to 4 candidates per result wanted (at least SEED_LEAST), one more
 * per this many planned entries: a better θ saves reading in proportion to the entries planned,
 * while an exact score costs the same at any size. At 100k, 4 per result was a seventh of a query
 * (2: p50 1.95 -> 1.86 ms); at 1M, 2 per result read 11% more entries.
 */
const SEED_ENTRIES_PER_NEED = 250_000;
const SEED_LEAST = 32;
/** Survivors of the cheap gates are bucketed by bound (a counting sort) into this many buckets. */
const BUCKETS = 1024;
/** Float64 fields per survivor record (CandidateIndex.survivorReals): 64 bytes, a cache line. */
const SURVIVOR_REALS = 8;
// Its int32 fields (places in survivorInts, from 2 × SURVIVOR_REALS × i: the first three reals):
// the slot (-1 once checked in bound order), its partition's first unread step, and its skill
// bits and two rank words (CandidateStore.packed).
const I_SLOT = 0;
const I_STOP = 1;
const I_SKILL_BITS = 2;
const I_RANK_LOW = 3;
const I_RANK_HIGH = 4;
// Its float64 fields: the accumulated partial (with its float slack, without unread lists), the
// candidate fit bound, the non-skill employer fit bound and the survivor's bound.
const R_PARTIAL = 3;
const R_CANDIDATE = 4;
const R_FIXED = 5;
const R_BOUND = 6;
/** A partition id that is none (ids are kept in 16 bits). */
const NO_PARTITION = 0xffff;
/** Survivors checked in bound order before the rest are swept in slot order (at least). */
const HEAD_CHECKS = 2048;

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
  private readonly slotOf = new SlotIds((slot) => this.store.ids[slot] as string);
  private readonly free: number[] = [];
  private bulk = false;
  /**
   * During a bulk load into a fresh index, ids are put in the id map once at the end, after the
   * slots are renumbered (a million string keys hashed twice cost a second).
   */
  private idsDeferred = false;
  private pendingRefs = new Uint16Array(1024);
  private deadSlots = 0;
  /** The WebAssembly memory of the bulk-loaded lists and the accumulator (index-heap.ts). */
  private readonly heap = new IndexHeap();
  private acc = new Float32Array(0);
  /** The query plan's credit tables, copied into the heap per query. */
  private tableScratch = new Float32Array(0);
  /**
   * The slots touched by the current query, one bit each: a screen walks them in rising slot order
   * with no sort, and leaves every word 0 again.
   */
  private touchedBits = new Uint32Array(0);
  /**
   * The two partitions each slot is listed in (see listedPair), kept per slot so that the screen
   * knows which one a touched slot was read in without the accumulate loop recording it: that
   * store and the branch around it made reading an entry about 1.7 times as slow.
   */
  private listedIn = new Uint32Array(1024);
  /** Per query: 1 for each partition read. */
  private readMark = new Uint8Array(0);
  private readonly credits = new SlotCredit();
  private readonly recordBound = new RecordBound();
  private remainder = new Float64Array(0);
  private stopStep = new Int32Array(0);
  /** Per query: the list number of each (partition row, step); rowOf maps a partition to its row. */
  private listOfStep = new Int32Array(0);
  private rowOf = new Int32Array(0);
  private needed = new Float64Array(0);
  private readonly facts = blankFacts();
  private readonly slotBounds = new SlotBounds();
  /** The compiled position slotBounds was last prepared for. */
  private slotBoundsFor: CompiledPosition | null = null;
  /** Query plans per compiled position (see queryPlan). */
  private readonly plans = new WeakMap<CompiledPosition, CachedPlan>();
  /** Adds and removes so far, for aging cached plans. */
  private changes = 0;
  /**
   * One 64-byte record per survivor of the screen, read as float64 (`survivorReals`, at
   * SURVIVOR_REALS × i) and as int32 (`survivorInts`, at 2 × SURVIVOR_REALS × i) over the same
   * memory; see the R_ and I_ fields. One record a line: the checks read every field of a
   * survivor, and as nine arrays that was nine lines.
   */
  private survivorReals = new Float64Array(0);
  private survivorInts = new Int32Array(0);
  /** Each survivor's bound bucket, then the survivors grouped by bucket. */
  private survivorBucket = new Uint16Array(0);
  private order = new Int32Array(0);
  private readonly bucketStart = new Int32Array(BUCKETS + 1);
  private readonly bucketMax = new Float64Array(BUCKETS);
  /** Survivors checked in bound order before the sweep in slot order (CandidateIndexOptions). */
  private readonly headChecks: number | undefined;
  private readonly purge = (slot: number) => {
    const left = (this.pendingRefs[slot] ?? 1) - 1;
    this.pendingRefs[slot] = left;
    if (left === 0) {
      this.free.push(slot);
      this.deadSlots--;
    }
  };

  constructor(options: CandidateIndexOptions = {}) {
    this.config = options.config ?? DEFAULT_MATCH_CONFIG;
    this.headChecks =
      options.headChecks === undefined ? undefined : Math.max(0, Math.floor(options.headChecks));
    this.store = new CandidateStore(this.config);
  }

  /** Live candidates. */
  get size(): number {
    return this.idsDeferred ? this.store.slotCount : this.slotOf.size;
  }

  /** Whether a candidate is indexed (during a bulk load into a fresh index, this ends the load). */
  has(candidateId: string): boolean {
    if (this.idsDeferred) this.finishBulk();
    return this.slotOf.has(candidateId);
  }

  /**
   * Makes room for exactly this many candidates in total (a bulk load calls it once), and, when
   * given, for this many more skill entries, so that a load of known size never grows an array.
   */
  reserve(candidates: number, skillEntries = 0): void {
    this.store.reserve(candidates, true);
    this.growScratch(candidates, true);
    if (skillEntries > 0) this.store.skills.reserveEntries(skillEntries, true);
  }

  /**
   * Starts a bulk load: until finishBulk, add() only writes the candidate's attributes and skills,
   * and finishBulk lays out every posting list at its exact size in one pass (no list grows by
   * doubling, and each partition's lists share one buffer). Only for an empty index.
   */
  beginBulk(): void {
    if (this.slotOf.size > 0) throw new Error('A bulk load needs an empty index');
    this.bulk = true;
    // assignSkillBits (finishBulk) writes every slot's skill masks and records.
    this.store.skillMasksDeferred = true;
    this.idsDeferred = this.store.slotCount === 0;
  }

  /** Ends a bulk load: builds the posting lists of every candidate added since beginBulk. */
  finishBulk(): void {
    if (!this.bulk) return;
    this.bulk = false;
    if (this.idsDeferred) {
      this.idsDeferred = false;
      this.groupSlots();
      for (let slot = 0; slot < this.store.slotCount; slot++)
        this.listedIn[slot] = listedPair(this.listsOf(slot));
      this.registerIds();
    }
    const keyCount = skillCodeCount() * RANKS;
    this.frequency = ensureLength(this.frequency, keyCount);
    for (const layout of layOutPostings(this.store, keyCount, this.frequency, this.heap)) {
      this.partition(layout.id).adopt(
        layout.keys,
        layout.offsets,
        layout.lengths,
        layout.slots,
        layout.codes,
      );
    }
    // Skill bits for the most listed skills (see CandidateStore.packed), from the entry counts.
    const perSkill = new Int32Array(skillCodeCount());
    for (let key = 0; key < keyCount; key++) {
      const skill = Math.floor(key / RANKS);
      perSkill[skill] = (perSkill[skill] as number) + (this.frequency[key] ?? 0);
    }
    this.store.assignSkillBits(perSkill);
    // Room for an eighth more candidates, so that the first additions after a load do not all
    // wait for every per-candidate array to double.
    this.reserve(this.store.slotCount + (this.store.slotCount >> 3) + 16);
  }

  /**
   * After a bulk load (before the posting lists are laid out): renumbers slots so that the
   * candidates of one partition, of either kind, sit in neighbouring slots. A query reads a
   * partition's lists in slot order, so its accumulator, the attribute arrays and the skills it
   * then checks are read in a narrow, rising window instead of across the whole index. Only when
   * every slot is live (a bulk load into a fresh index).
   */
  private groupSlots(): void {
    const store = this.store;
    const n = store.slotCount;
    if (n < 2) return;
    const keys = new Int32Array(n);
    let countries = 0;
    for (let slot = 0; slot < n; slot++) countries = Math.max(countries, (store.country[slot] ?? -1) + 2);
    let maxKey = 0;
    for (let slot = 0; slot < n; slot++) {
      // Cell-major: a star partition (cell, may move) is one range, its country partitions
      // (country, may move, cell) ranges within it, so a query reading either kind reads a range.
      const star = starPartition(store, slot);
      const cellMove = (star % CELLS) * 2 + Math.floor(star / CELLS);
      const key = store.isHidden(slot) ? -1 : cellMove * countries + (store.country[slot] ?? -1) + 1;
      keys[slot] = key;
      if (key > maxKey) maxKey = key;
    }
    // A stable counting sort by key; hidden slots (key -1) last.
    const hiddenKey = maxKey + 1;
    const starts = new Int32Array(hiddenKey + 2);
    for (let slot = 0; slot < n; slot++) {
      const key = keys[slot] as number;
      const at = (key < 0 ? hiddenKey : key) + 1;
      starts[at] = (starts[at] as number) + 1;
    }
    for (let key = 1; key < starts.length; key++)
      starts[key] = (starts[key] as number) + (starts[key - 1] as number);
    const order = new Int32Array(n);
    for (let slot = 0; slot < n; slot++) {
      const key = keys[slot] as number;
      const bucket = key < 0 ? hiddenKey : key;
      const at = starts[bucket] as number;
      order[at] = slot;
      starts[bucket] = at + 1;
    }
    store.permute(order, n);
  }

  /** Puts every slot's id in the id map (a fresh bulk load's end); throws on a repeated id. */
  private registerIds(): void {
    const ids = this.store.ids;
    this.slotOf.reserve(this.store.slotCount);
    for (let slot = 0; slot < this.store.slotCount; slot++) {
      const id = ids[slot] as string;
      if (!this.slotOf.add(id, slot)) throw new RangeError(`Candidate ${id} is already indexed`);
    }
  }

  /** Adds a candidate; throws if the id is already indexed (use update). */
  add(candidate: MatchCandidate): void {
    this.addSlot(candidate, undefined);
  }

  /**
   * Adds a candidate whose skills come already coded (a bulk load parsing them straight from the
   * database, without a skill object per entry); candidate.skills is ignored. The same as add()
   * with those skills listed.
   */
  addCoded(candidate: MatchCandidate, skills: CodedSkills): void {
    this.addSlot(candidate, skills);
  }

  private addSlot(candidate: MatchCandidate, coded: CodedSkills | undefined): void {
    const deferred = this.idsDeferred;
    if (!deferred && this.slotOf.has(candidate.id))
      throw new RangeError(`Candidate ${candidate.id} is already indexed`);
    const slot = this.free.pop() ?? this.store.slotCount;
    this.changes++;
    this.growScratch(slot + 1);
    const n = this.store.write(slot, candidate, coded);
    // A fresh bulk load renumbers its slots at the end, and fills listedIn and the id map then.
    if (!deferred) {
      this.listedIn[slot] = listedPair(this.listsOf(slot));
      this.slotOf.add(candidate.id, slot);
    }
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
    this.changes++;
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
    if (this.idsDeferred) this.finishBulk();
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
    return ranked.slice(offset).map(({ ref }) => this.explain(ref, cp, { now: options.now, config }));
  }

  /** A ranked slot's explained score: scorePair's, from the facts and skill codes kept here. */
  private explain(slot: number, cp: CompiledPosition, ctx: ScoreContext): ScoredMatch {
    const store = this.store;
    const facts = blankFacts();
    store.fillFacts(slot, cp, facts);
    const skills = store.skillCodesAt(slot);
    const best = new Float64Array(cp.termCount);
    // The kernel just admitted this pair, so it cannot be excluded now.
    if (pairExclusion(cp, facts, skills, best) !== null)
      throw new Error(`Index and scorePair disagree on ${store.ids[slot]}`);
    return explainEligible(store.basicsAt(slot), cp, facts, skills, best, ctx);
  }

  /** The partitions (posting list sets) a slot is listed in; -1 for none. */
  private listsOf(slot: number): [number, number] {
    return partitionsOf(this.store, slot);
  }

  private partition(id: number): Postings {
    let postings = this.partitions[id];
    if (postings === undefined) {
      // listedIn keeps partition ids in 16 bits (2 + 2 per country buckets of CELLS cells).
      if (id >= NO_PARTITION) throw new RangeError(`Partition ${id} is beyond the index's 65,536`);
      while (this.partitions.length <= id) this.partitions.push(undefined);
      postings = new Postings(RANK_BITS);
      this.partitions[id] = postings;
    }
    return postings;
  }

  private growScratch(slots: number, exact = false): void {
    this.acc = this.heap.ensureLength(this.acc, slots, exact);
    this.touchedBits = this.heap.ensureLength(this.touchedBits, (this.acc.length >>> 5) + 1, true);
    this.listedIn = ensureLength(this.listedIn, this.acc.length, true);
    this.pendingRefs = ensureLength(this.pendingRefs, this.acc.length, true);
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
    const touchedBits = this.touchedBits;
    const countryFilter =
      filters.countries === undefined ? null : new Set(filters.countries.map(countryCode));
    let levelMask = 15;
    if (filters.levels !== undefined) {
      levelMask = 0;
      for (const level of filters.levels) levelMask |= 1 << levelRank(level);
    }
    const minScore = filters.minScore === undefined ? Number.NEGATIVE_INFINITY : filters.minScore / 100;
    const skillFilter =
      filters.skills === undefined || filters.skills.length === 0
        ? null
        : Int32Array.from(new Set(filters.skills.map(skillCode)));
    const salaryLimit = cp.salaryLimitUsd;
    // The cheap gate: alive, the country and skill filters, and the hard filters one array read decides.
    const passes = (slot: number) =>
      alive[slot] === 1 &&
      !((store.minimumPay[slot] ?? 0) > salaryLimit) &&
      (countryFilter === null || countryFilter.has(store.country[slot] ?? -1)) &&
      (skillFilter === null || store.skills.holdsAll(slot, skillFilter));

    this.credits.begin(cp);
    const { plan, reach, bounds, totals } = this.queryPlan(cp);

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
    active.sort((a, b) => ceiling(b, totals[0] as number) - ceiling(a, totals[0] as number) || a - b);
    if (this.readMark.length < this.partitions.length)
      this.readMark = new Uint8Array(this.partitions.length * 2);
    for (const id of active) this.readMark[id] = 1;
    if (this.remainder.length < this.partitions.length) {
      this.remainder = new Float64Array(this.partitions.length * 2);
      this.stopStep = new Int32Array(this.partitions.length * 2);
    }
    /** Per partition, the first step it did not read (all read: the step count). */
    const stopStep = this.stopStep;
    /** What unread lists could still add, per partition, when it stopped reading. */
    const remainder = this.remainder;
    // Each partition's list number per step, looked up once (-1: no list), and the entries planned.
    const stepCount = plan.stepCount;
    if (this.listOfStep.length < active.length * stepCount)
      this.listOfStep = new Int32Array(active.length * stepCount * 2);
    if (this.rowOf.length < this.partitions.length) this.rowOf = new Int32Array(this.partitions.length * 2);
    const listOfStep = this.listOfStep;
    const rowOf = this.rowOf;
    const planned = lookUpLists(active, this.partitions, plan.stepKey, listOfStep, rowOf);

    const heap = new TopK(need, (slot) => ids[slot] ?? '');
    const threshold = () => Math.max(minScore, heap.threshold()) - SLACK;
    const stats = blankStats();
    const offer = (slot: number) => {
      stats.scoredExactly++;
      const score = this.exactScore(slot, cp, nowMs);
      if (score >= 0 && score >= minScore) heap.offer(score, slot);
    };

    let read = 0;
    let seedPoint = 0;
    const seedSize = Math.max(
      SEED_LEAST,
      Math.round(need * Math.min(4, Math.max(2, planned / SEED_ENTRIES_PER_NEED))),
    );
    this.tableScratch = this.heap.ensureLength(this.tableScratch, plan.tables.length);
    const tables = this.tableScratch;
    tables.set(plan.tables);
    const indexHeap = this.heap;
    // Partition by partition, best ceiling first, each through the steps until its ceiling falls
    // below θ. A partition's slots are one range after a bulk load, so its accumulator stays in
    // cache while its lists are read; reading step by step across every partition hopped between
    // them, and read an entry about 1.5 times as slowly (measured apart from the index).
    for (const id of active) {
      const row = rowOf[id] as number;
      const postings = this.partitions[id] as Postings;
      let s = 0;
      for (; s < stepCount; s++) {
        if (ceiling(id, totals[s] as number) < threshold()) break;
        const list = listOfStep[row + s] as number;
        if (list < 0) continue;
        const from = postings.offset[list] as number;
        const n = postings.length[list] as number;
        const slots = postings.slots[list] as Int32Array;
        const codes = postings.codes[list] as Uint8Array;
        const table = s * PROFICIENCY_CODE_SPAN;
        // In WebAssembly when the list is in the heap (bulk-loaded and not moved out since).
        if (postings.inHeap[list] === 1)
          indexHeap.accumulate(slots, codes, from, from + n, acc, tables, table, touchedBits);
        else accumulateScript(slots, codes, from, from + n, acc, tables, table, touchedBits);
        stats.listsRead++;
        read += n;
        if (seedPoint < SEED_POINTS.length && read >= (SEED_POINTS[seedPoint] as number) * planned) {
          while (seedPoint < SEED_POINTS.length && read >= (SEED_POINTS[seedPoint] as number) * planned)
            seedPoint++;
          this.seed(seedSize, passes, offer);
        }
      }
      remainder[id] = totals[s] as number;
      stopStep[id] = s;
    }
    stats.partitionsRead = active.length;
    stats.entriesRead = read;
    const nTouched = countBits(touchedBits, (store.slotCount >>> 5) + 1);
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
      for (const id of active) {
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
          SLACK;
      }
    };
    refreshNeeded();
    // Gates 0 and 1 in one tight pass over every touched slot (clearing the accumulator); the
    // survivors keep their bounds. Then gate 2 and the kernel on the survivors (see below).
    if (this.slotBoundsFor !== cp) {
      this.slotBounds.prepare(cp, cp.config === this.config);
      this.slotBoundsFor = cp;
    }
    this.slotBounds.forDay(cp, nowMs);
    const skillCap = reach.initial * (1 + RELATIVE_SLACK) + ABSOLUTE_SLACK;
    const frequency = this.frequency;
    this.recordBound.prepare(cp, plan.termBound, store.recordField, (key) => (frequency[key] ?? 0) > 0);
    const recordBound = this.recordBound;
    const records = store.records;
    const nSurvivors = this.screen(
      nTouched,
      threshold(),
      needed,
      remainder,
      skillCap,
      salaryLimit,
      countryFilter,
      skillFilter,
      stopStep,
    );
    stats.survivors = nSurvivors;
    for (const id of active) this.readMark[id] = 0;
    const order = this.order;
    const bucketStart = this.bucketStart;
    const bucketMax = this.bucketMax;
    const reals = this.survivorReals;
    const ints = this.survivorInts;
    const skillBit = store.skillBit;
    const bitOfStep = (step: number) => skillBit[Math.floor((plan.stepKey[step] as number) / RANKS)] ?? -1;
    /** Reach.unreadUnits per first unread step, built on first use. */
    const unreadAt: Array<UnreadUnits | undefined> = new Array(stepCount).fill(undefined);
    // Gate 2 (its exact skill credit), then the kernel, for one survivor.
    const check = (at: number, slot: number, floor: number): void => {
      const r = SURVIVOR_REALS * at;
      const i = 2 * r;
      const candidate = reals[r + R_CANDIDATE] as number;
      const fixed = reals[r + R_FIXED] as number;
      // Gate 1b: unread lists only through the skills the candidate may hold, at the ranks it holds
      // them (its skill and rank bits, kept by the screen: no memory read here).
      const stop = ints[i + I_STOP] as number;
      if (stop < stepCount) {
        let units = unreadAt[stop];
        if (units === undefined) {
          units = reach.unreadUnits(stop, bitOfStep);
          unreadAt[stop] = units;
        }
        const skill = Math.min(
          (reals[r + R_PARTIAL] as number) +
            unreadBound(
              units,
              ints[i + I_SKILL_BITS] as number,
              ints[i + I_RANK_LOW] as number,
              ints[i + I_RANK_HIGH] as number,
            ),
          skillCap,
        );
        if (harmonicBelow(candidate, skill + fixed, floor)) {
          stats.skillBitsPruned++;
          return;
        }
      }
      // The bound from the skill record (one read; a dead slot's record is stale but harmless
      // here), aliveness, then the exact skill credit (the kernel checks the exact minimum pay).
      const recorded = recordBound.bound(records, slot) * (1 + RELATIVE_SLACK) + ABSOLUTE_SLACK;
      if (harmonicBelow(candidate, Math.min(recorded, skillCap) + fixed, floor)) {
        stats.recordPruned++;
        return;
      }
      if (alive[slot] !== 1) return;
      stats.skillChecked++;
      const skill = this.credits.credit(store.skills, slot, SLACK);
      if (skill < 0 || harmonic(candidate, skill + fixed) < floor) return;
      offer(slot);
    };
    // First the highest bounds, bucket by bucket from the top, which lifts θ close to its final
    // value. A survivor's bucket never decreases with its bound, so every bound in a lower bucket
    // is below every bound in a higher one: once a bucket's highest bound is below θ, nothing
    // after it can reach θ. Past a budget of checks, the survivors not yet seen are swept in slot
    // order instead, skipping what θ now excludes: reading candidates' skills in rising slot order
    // costs several times less than in bound order (random reads of the pool), and θ is by then
    // close enough to final that the sweep checks few more than the bound order would.
    let budget = this.headChecks ?? Math.max(HEAD_CHECKS, 32 * need);
    let sweep = false;
    for (let b = BUCKETS - 1; b >= 0; b--) {
      const end = bucketStart[b + 1] as number;
      if ((bucketStart[b] as number) === end) continue;
      if ((bucketMax[b] as number) < threshold()) break;
      if (budget <= 0) {
        sweep = true;
        break;
      }
      for (let i = bucketStart[b] as number; i < end; i++) {
        const at = order[i] as number;
        const floor = threshold();
        const bound = reals[SURVIVOR_REALS * at + R_BOUND] as number;
        const slot = ints[2 * SURVIVOR_REALS * at + I_SLOT] as number;
        // Seen: the sweep skips it (θ may still be -Infinity, so a bound cannot mark it).
        ints[2 * SURVIVOR_REALS * at + I_SLOT] = -1;
        if (bound < floor) continue;
        check(at, slot, floor);
        budget--;
      }
    }
    if (sweep) {
      let floor = threshold();
      for (let at = 0; at < nSurvivors; at++) {
        const slot = ints[2 * SURVIVOR_REALS * at + I_SLOT] as number;
        if (slot < 0 || (reals[SURVIVOR_REALS * at + R_BOUND] as number) < floor) continue;
        check(at, slot, floor);
        floor = threshold();
      }
    }
    this.credits.end();
    this.lastQuery = stats;
    return heap.drain();
  }

  /**
   * The reading plan, its Reach, what unread lists could add after each step and the cell bounds
   * of a compiled position, cached per compiled position. The order of the steps follows the
   * list lengths, and the order never affects the result; the plan leaves out the source keys
   * nobody held (two thirds of a bench position's), which is exact only while nobody holds them.
   * So a cached plan is rebuilt as soon as one of those keys has a holder, and otherwise once the
   * index has changed by an eighth since, so that the order keeps following the list lengths.
   */
  private queryPlan(cp: CompiledPosition): CachedPlan {
    const cached = this.plans.get(cp);
    if (
      cached !== undefined &&
      (this.changes - cached.changes) * 8 <= this.slotOf.size &&
      noneHeld(cached.plan.absent, this.frequency)
    )
      return cached;
    const plan = planQuery(cp, (key) => this.frequency[key] ?? 0);
    const reach = new Reach(cp, plan);
    const fresh = {
      plan,
      reach,
      bounds: cellBounds(cp),
      totals: reach.totalsByStep(),
      changes: this.changes,
    };
    this.plans.set(cp, fresh);
    return fresh;
  }

  /**
   * Gates 0 and 1 over every touched slot, clearing the accumulator: the accumulated bound against
   * its partition's `needed`, then the slot's own candidate-fit and non-skill bounds (SlotBounds)
   * and the cheap hard filters. Fills the survivor arrays, and `order` with the survivors grouped
   * by bound bucket (bucketStart, bucketMax: a counting sort); returns the survivor count.
   */
  private screen(
    nTouched: number,
    floor: number,
    needed: Float64Array,
    remainder: Float64Array,
    skillCap: number,
    salaryLimit: number,
    countryFilter: ReadonlySet<number> | null,
    skillFilter: Int32Array | null,
    stopStep: Int32Array,
  ): number {
    const acc = this.acc;
    const touchedBits = this.touchedBits;
    const listedIn = this.listedIn;
    const readMark = this.readMark;
    const store = this.store;
    const packed = store.packed;
    const country = store.country;
    const b = this.slotBounds;
    const fixed = b.fixed;
    const goalsTop = b.goalsTop;
    const evidenceScale = b.evidenceScale;
    const recency = b.recency;
    const today = b.today;
    if (this.survivorReals.length < SURVIVOR_REALS * nTouched) {
      const room = Math.max(1024, nTouched * 2);
      this.survivorReals = new Float64Array(SURVIVOR_REALS * room);
      this.survivorInts = new Int32Array(this.survivorReals.buffer);
      this.survivorBucket = new Uint16Array(room);
      this.order = new Int32Array(room);
    }
    const survivorBucket = this.survivorBucket;
    const bucketStart = this.bucketStart;
    const bucketMax = this.bucketMax;
    bucketStart.fill(0);
    bucketMax.fill(Number.NEGATIVE_INFINITY);
    // Buckets split [low, 1] evenly; bounds above 1 go to the top bucket.
    const low = floor > 0 && floor < 1 ? floor : 0;
    const scale = BUCKETS / (1 - low);
    const reals = this.survivorReals;
    const ints = this.survivorInts;
    let n = 0;
    // In rising slot order (bit by bit), so that the attribute reads below walk up through memory.
    const words = (this.store.slotCount >>> 5) + 1;
    for (let w = 0; w < words; w++) {
      let word = touchedBits[w] as number;
      if (word === 0) continue;
      touchedBits[w] = 0;
      for (; word !== 0; word &= word - 1) {
        const slot = (w << 5) | (31 - Math.clz32(word & -word));
        const partial = acc[slot] as number;
        acc[slot] = 0;
        if (partial < 0) continue;
        // The partition it was read in: its star one if that was read, else its country one.
        const pair = listedIn[slot] as number;
        const star = pair & NO_PARTITION;
        const id = readMark[star] === 1 ? star : pair >>> 16;
        // Gate 0.
        if (partial < (needed[id] as number)) continue;
        // Gate 1.
        const at = PACKED * slot;
        // The minimum rounded down above the limit: salary_above_band. (Aliveness and the exact
        // minimum are checked on the survivors, whose attributes are read anyway.)
        const pay = packed[at + 1] as number;
        if (pay > salaryLimit) continue;
        const bits = (packed[at] as number) & (GOAL_BITS - 1);
        // Whole days since the update; 0 (recency's bound 1) for future updates, and for a `now`
        // that is not a date (NaN), so that no bound is NaN.
        const age = today - (packed[at + 6] as number);
        const days = age > 0 ? Math.min(age, RECENCY_DAYS - 1) : 0;
        const fixedBound =
          (fixed[bits] as number) + (packed[at + 2] as number) * evidenceScale + (recency[days] as number);
        // The skill part never exceeds what every term at its best source could add (skillCap).
        const read = partial * (1 + RELATIVE_SLACK) + ABSOLUTE_SLACK;
        const unread = Math.min(read + (remainder[id] as number), skillCap);
        const employer = unread + fixedBound;
        // First with the goal bits alone (location and salary at their best), one table read.
        if (harmonicBelow(goalsTop[bits] as number, employer, floor)) continue;
        const candidate = b.candidate(bits, pay, packed[at + 7] as number);
        if (harmonicBelow(candidate, employer, floor)) continue;
        if (countryFilter !== null && !countryFilter.has(country[slot] as number)) continue;
        if (skillFilter !== null && !store.skills.holdsAll(slot, skillFilter)) continue;
        const bound = harmonic(candidate, employer);
        const r = SURVIVOR_REALS * n;
        const i = 2 * r;
        ints[i + I_SLOT] = slot;
        ints[i + I_STOP] = stopStep[id] as number;
        ints[i + I_SKILL_BITS] = packed[at + 3] as number;
        ints[i + I_RANK_LOW] = packed[at + 4] as number;
        ints[i + I_RANK_HIGH] = packed[at + 5] as number;
        reals[r + R_PARTIAL] = read;
        reals[r + R_CANDIDATE] = candidate;
        reals[r + R_FIXED] = fixedBound;
        reals[r + R_BOUND] = bound;
        const bucket = Math.min(BUCKETS - 1, Math.max(0, Math.floor((bound - low) * scale)));
        survivorBucket[n] = bucket;
        bucketStart[bucket + 1] = (bucketStart[bucket + 1] as number) + 1;
        if (bound > (bucketMax[bucket] as number)) bucketMax[bucket] = bound;
        n++;
      }
    }
    for (let bucket = 0; bucket < BUCKETS; bucket++)
      bucketStart[bucket + 1] = (bucketStart[bucket + 1] as number) + (bucketStart[bucket] as number);
    // Scatter through a cursor per bucket (bucketStart[b] advances to bucketStart[b + 1], then is
    // restored by shifting).
    const order = this.order;
    for (let i = 0; i < n; i++) {
      const bucket = survivorBucket[i] as number;
      const at = bucketStart[bucket] as number;
      order[at] = i;
      bucketStart[bucket] = at + 1;
    }
    for (let bucket = BUCKETS; bucket > 0; bucket--) bucketStart[bucket] = bucketStart[bucket - 1] as number;
    bucketStart[0] = 0;
    return n;
  }

  /** Scores the most promising touched candidates (by accumulated bound) straight into the heap. */
  private seed(size: number, passes: (slot: number) => boolean, offer: (slot: number) => void): void {
    const acc = this.acc;
    const promising = new TopK(size, () => '');
    let floor = Number.NEGATIVE_INFINITY;
    const touchedBits = this.touchedBits;
    const words = (this.store.slotCount >>> 5) + 1;
    for (let w = 0; w < words; w++) {
      for (let word = touchedBits[w] as number; word !== 0; word &= word - 1) {
        const slot = (w << 5) | (31 - Math.clz32(word & -word));
        const partial = acc[slot] as number;
        // Earlier seeds are marked -Infinity: scored already. Below the kept minimum an offer
        // is refused anyway (ties go by id, and every id here is ''), so skip the call.
        if (partial >= 0 && partial > floor) {
          promising.offer(partial, slot);
          floor = promising.threshold();
        }
      }
    }
    for (const { ref } of promising.drain()) {
      // Marks the seed as scored: -Infinity stays -Infinity as later lists add to it, so neither
      // a later seed nor the screen (which skips a negative partial) scores it again.
      acc[ref] = Number.NEGATIVE_INFINITY;
      if (passes(ref) && this.credits.credit(this.store.skills, ref, SLACK) >= 0) offer(ref);
    }
  }

  /** The kernel's harmonic fit for a slot whose credits creditSlot just filled; -1 when excluded. */
  private exactScore(slot: number, cp: CompiledPosition, nowMs: number): number {
    const facts = this.facts;
    this.store.fillFacts(slot, cp, facts);
    if (hardFilter(cp, facts) !== null) return -1;
    return harmonicFit(cp, facts, this.credits.best, nowMs, null);
  }
}

/**
 * Fills each active partition's list number per step (-1: none) into its row of `listOfStep`
 * (rowOf[id] = row × steps) and returns the entries of every list found. Apart from rank, so that
 * the engine optimises it on its own.
 */
function lookUpLists(
  active: readonly number[],
  partitions: ReadonlyArray<Postings | undefined>,
  keys: Int32Array,
  listOfStep: Int32Array,
  rowOf: Int32Array,
): number {
  const stepCount = keys.length;
  let planned = 0;
  for (let row = 0; row < active.length; row++) {
    const id = active[row] as number;
    rowOf[id] = row * stepCount;
    const postings = partitions[id] as Postings;
    const length = postings.length;
    for (let s = 0; s < stepCount; s++) {
      const list = postings.list(keys[s] as number);
      listOfStep[row * stepCount + s] = list;
      if (list >= 0) planned += length[list] as number;
    }
  }
  return planned;
}

/** Whether no listed candidate holds any of these keys. */
function noneHeld(keys: Int32Array, frequency: Int32Array): boolean {
  for (let i = 0; i < keys.length; i++) if ((frequency[keys[i] as number] ?? 0) !== 0) return false;
  return true;
}

/** The set bits in the first `words` words. */
function countBits(bits: Uint32Array, words: number): number {
  let count = 0;
  for (let w = 0; w < words; w++) {
    const word = bits[w] as number;
    if (word !== 0) count += popcount(word);
  }
  return count;
}

/** A slot's two partitions in one word: the star one low, the country one (or none) high. */
function listedPair([star, country]: [number, number]): number {
  return ((country < 0 ? NO_PARTITION : country) << 16) | star;
}

function blankStats(): QueryStats {
  return {
    partitionsRead: 0,
    listsRead: 0,
    entriesRead: 0,
    touched: 0,
    skillChecked: 0,
    scoredExactly: 0,
    survivors: 0,
    skillBitsPruned: 0,
    recordPruned: 0,
  };
}

/** Builds a candidate index from any iterable (a bulk load), reporting progress every 65,536. */
export function buildCandidateIndex(
  candidates: Iterable<MatchCandidate>,
  onProgress?: (indexed: number) => void,
  options: CandidateIndexOptions = {},
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
