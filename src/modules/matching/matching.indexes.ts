// The in-memory indexes of one server process, built from the database at start and kept current from
// the match_changes feed (written by triggers). Every process tails the same feed, so two processes on
// one database agree within one poll interval; a NOTIFY wakes them sooner on PostgreSQL.

import { skillCode } from '../../core/matching/codes.js';
import { proficiencyCode } from '../../core/matching/compile.js';
import { evidenceRank } from '../../core/matching/facts.js';
import { CandidateIndex } from '../../core/matching/index/candidate-index.js';
import { ensureLength } from '../../core/matching/index/growable.js';
import { PositionIndex } from '../../core/matching/index/position-index.js';
import type { MatchCandidate, MatchPosition } from '../../core/matching/types.js';
import { evidenceStrength } from '../../core/profile/evidence.js';
import type { Database } from '../../db/client.js';
import type { FxService } from '../positions/fx.service.js';
import { fromBulkRows, toMatchCandidates, toMatchPositions } from './assemble.js';
import * as repo from './matching.repository.js';

const BULK_PAGE = 20_000;
// The id space halves: ids below 8000… and from 8000… up (uuids compare as hex strings).
const SHARD_SPLIT = '80000000-0000-0000-0000-000000000000';
const SHARD_START = '7fffffff-ffff-ffff-ffff-ffffffffffff';
const POLL_MS = 500;
// Sequence numbers are handed out before commit, so a slow transaction can land below the newest id
// already read. Re-reading this many ids behind the newest (skipping those already applied) catches it.
const LOOK_BACK = 2000;
const PRUNE_AFTER_MS = 60 * 60 * 1000;

export interface BuildProgress {
  phase: 'positions' | 'candidates';
  done: number;
}

export type MatchIndexes = ReturnType<typeof createMatchIndexes>;

export function createMatchIndexes(deps: {
  database: Database;
  fx: FxService;
  now: () => Date;
  log: { info(obj: unknown, msg: string): void; error(obj: unknown, msg: string): void };
  /** Called after a sync with the positions that became live in it (not at the initial build). */
  onPositionsLive?: (positions: readonly MatchPosition[]) => Promise<void>;
}) {
  const { database, fx, now, log } = deps;
  const db = database.db;
  let candidates = new CandidateIndex();
  let positions = new PositionIndex();
  /** Positions by id with their last day, so expiry between sweeps is honoured at query time. */
  const positionsById = new Map<string, MatchPosition>();
  const validThrough = new Map<string, string>();
  /** Bumped on every position change, so derived caches (the career unlock index) know to rebuild. */
  let positionsGeneration = 0;
  let watermark = 0;
  const applied = new Set<number>();
  let ready: Promise<void> | null = null;
  let timer: NodeJS.Timeout | undefined;
  let stopListening: (() => Promise<void>) | undefined;
  let syncing: Promise<void> | null = null;

  async function loadCandidates(ids: readonly string[]): Promise<MatchCandidate[]> {
    const profiles = await repo.profilesByIds(db, ids);
    const found = profiles.map((p) => p.userId);
    const [skills, items, table] = await Promise.all([
      repo.skillsOf(db, found),
      repo.itemsOf(db, found),
      fx.table(),
    ]);
    return toMatchCandidates(profiles, skills, items, table);
  }

  async function loadPositions(ids: readonly string[]): Promise<MatchPosition[]> {
    const rows = await repo.positionsByIds(db, ids);
    const skills = await repo.skillsOfPositions(
      db,
      rows.map((r) => r.position.id),
    );
    for (const row of rows) validThrough.set(row.position.id, row.position.validThrough ?? '');
    return toMatchPositions(rows, skills, now());
  }

  function putPosition(position: MatchPosition): void {
    positionsById.set(position.id, position);
    positionsGeneration += 1;
    if (positions.has(position.id)) positions.update(position);
    else positions.add(position);
  }

  function putCandidate(candidate: MatchCandidate): void {
    if (candidates.has(candidate.id)) candidates.update(candidate);
    else candidates.add(candidate);
  }

  async function build(onProgress?: (p: BuildProgress) => void): Promise<void> {
    const started = performance.now();
    watermark = await repo.lastChangeId(db);
    const rows = await repo.activePositions(db);
    const skills = await repo.skillsOfPositions(
      db,
      rows.map((r) => r.position.id),
    );
    for (const row of rows) validThrough.set(row.position.id, row.position.validThrough ?? '');
    for (const position of toMatchPositions(rows, skills, now())) putPosition(position);
    onProgress?.({ phase: 'positions', done: rows.length });
    const table = await fx.table();
    let done = 0;
    // Bulk mode lays every posting list out once at the end instead of growing each on every add.
    const fresh = new CandidateIndex();
    const estimate = await repo.bulkSizeEstimate(db);
    // A little over the estimates: falling short means doubling an array of the whole index.
    if (estimate.candidates > 0)
      fresh.reserve(Math.ceil(estimate.candidates * 1.05), Math.ceil(estimate.skills * 1.05));
    fresh.beginBulk();
    const coded = { skills: new Int32Array(256), codes: new Uint8Array(256), count: 0 };
    const skillIds = new SkillIds();
    // Two readers split the id space: the database works on one page while this process parses and
    // indexes the other, and each reader asks for its next page before indexing the current one.
    const readShard = async (from: string | null, below: string | null) => {
      let next = repo.bulkCandidatesAfter(db, from, BULK_PAGE, below);
      for (;;) {
        const rows = await next;
        if (rows.length === 0) return;
        next = repo.bulkCandidatesAfter(db, rows.at(-1)?.id ?? null, BULK_PAGE, below);
        // Skills go to the index as codes parsed straight from the packed strings: sixteen million
        // skill objects would cost more (in garbage collection above all) than the database read.
        const packed = rows.map((row) => row.skills);
        for (const row of rows) row.skills = '';
        const built = fromBulkRows(rows, table);
        for (let i = 0; i < built.length; i++) {
          const row = rows[i] as repo.BulkCandidateRow;
          coded.count = codeSkills(packed[i] ?? '', row.items, coded, skillIds);
          fresh.addCoded(built[i] as MatchCandidate, coded);
        }
        const before = done;
        done += rows.length;
        onProgress?.({ phase: 'candidates', done });
        if (Math.floor(done / 100_000) > Math.floor(before / 100_000)) {
          log.info({ candidates: done }, 'match index: candidates loaded');
        }
      }
    };
    // The split falls at the middle profile by id (random ids would split evenly at 8000…, but ids
    // need not be random); without an estimate, at 8000….
    const split = await repo.bulkSplitIds(db, Math.floor(estimate.candidates / 2));
    const [lastOfFirst, firstOfSecond] = split === null ? [SHARD_START, SHARD_SPLIT] : split;
    await Promise.all([readShard(null, firstOfSecond), readShard(lastOfFirst, null)]);
    fresh.finishBulk();
    candidates = fresh;
    log.info(
      { candidates: done, positions: rows.length, ms: Math.round(performance.now() - started) },
      'match index built',
    );
  }

  /** Applies every change since the last sync; safe to call concurrently (calls share one run). */
  function sync(): Promise<void> {
    syncing ??= (async () => {
      try {
        const changes = await repo.changesAfter(db, Math.max(0, watermark - LOOK_BACK), 10_000);
        const fresh = changes.filter((c) => !applied.has(c.id));
        if (fresh.length === 0) return;
        const candidateIds = new Set<string>();
        const positionIds = new Set<string>();
        const organisationIds = new Set<string>();
        for (const change of fresh) {
          if (change.kind === 'candidate') candidateIds.add(change.entityId);
          else if (change.kind === 'position') positionIds.add(change.entityId);
          else organisationIds.add(change.entityId);
        }
        for (const id of await repo.positionIdsOfOrganisations(db, [...organisationIds])) positionIds.add(id);
        const loadedCandidates = await loadCandidates([...candidateIds]);
        const loadedPositions = await loadPositions([...positionIds]);
        for (const candidate of loadedCandidates) putCandidate(candidate);
        for (const id of candidateIds) if (!loadedCandidates.some((c) => c.id === id)) candidates.remove(id);
        // Positions that were not live here before and are now: their strong matches hear of them.
        const wentLive = loadedPositions.filter((p) => p.live && !positionsById.get(p.id)?.live);
        for (const position of loadedPositions) putPosition(position);
        for (const id of positionIds) {
          if (!loadedPositions.some((p) => p.id === id)) {
            positions.remove(id);
            positionsById.delete(id);
            positionsGeneration += 1;
            validThrough.delete(id);
          }
        }
        if (wentLive.length > 0) void deps.onPositionsLive?.(wentLive);
        for (const change of fresh) {
          applied.add(change.id);
          watermark = Math.max(watermark, change.id);
        }
        for (const id of applied) if (id < watermark - LOOK_BACK) applied.delete(id);
      } catch (error) {
        log.error({ err: error }, 'match index sync failed');
      } finally {
        syncing = null;
      }
    })();
    return syncing;
  }

  let polls = 0;

  return {
    get candidates() {
      return candidates;
    },
    get positions() {
      return positions;
    },
    /** Every indexed position and the generation of that set (it changes whenever a position does). */
    openPositions(): { positions: MatchPosition[]; generation: number } {
      return { positions: [...positionsById.values()], generation: positionsGeneration };
    },
    /** The position as indexed, or undefined when unknown or closed. */
    position: (id: string) => positionsById.get(id),
    /** False once the position's last day has passed, even before the expiry sweep records it. */
    stillOpen(positionId: string): boolean {
      const day = validThrough.get(positionId);
      return day !== undefined && day !== '' && now().toISOString().slice(0, 10) <= day;
    },
    loadCandidates,
    loadPositions,
    sync,
    build,
    /** Builds once; every caller waits for the same build. */
    ready(): Promise<void> {
      ready ??= build();
      return ready;
    },
    /** Serves a candidate index built elsewhere (the benchmark's synthetic million), after ready(). */
    adoptCandidates(index: CandidateIndex): void {
      candidates = index;
    },
    /** Throws the indexes away and builds them again (tests truncate tables, which no trigger sees). */
    async rebuild(): Promise<void> {
      await syncing;
      candidates = new CandidateIndex();
      positions = new PositionIndex();
      positionsById.clear();
      positionsGeneration += 1;
      validThrough.clear();
      applied.clear();
      ready = build();
      await ready;
    },
    /** Builds, then follows the change feed until stop(). */
    async start(): Promise<void> {
      await this.ready();
      stopListening = await database.listen('match_changes', () => void sync());
      timer = setInterval(() => {
        void sync();
        // About once a minute, drop feed rows every process has long applied.
        if (++polls % 120 === 0) {
          void repo.pruneChanges(db, new Date(now().getTime() - PRUNE_AFTER_MS)).catch(() => undefined);
        }
      }, POLL_MS);
      timer.unref();
    },
    async stop(): Promise<void> {
      clearInterval(timer);
      await stopListening?.();
      await syncing;
    },
  };
}

type ItemData = repo.BulkCandidateRow['items'][number]['data'];
/** Characters the id trie of SkillIds may hold, columns (distinct characters) and nodes it keeps. */
const ASCII = 128;
const COLUMNS = 64;
const MAX_NODES = 0xffff;
const NO_ITEMS = new Map<string, ItemData>();

/**
 * A packed skill string ("id:proficiency:evidence-json|…", see bulkCandidatesAfter) as skill and
 * proficiency codes, into `into` (grown when short); returns the entry count. The same codes
 * fromBulkRows' skills would give the index (a test compares them): the evidence strength of a
 * skill is that of its evidence items among the candidate's own, "claimed" without any.
 */
export function codeSkills(
  packed: string,
  items: repo.BulkCandidateRow['items'],
  into: { skills: Int32Array; codes: Uint8Array },
  ids: SkillIds = new SkillIds(),
): number {
  let n = 0;
  let at = 0;
  const length = packed.length;
  let byId: Map<string, ItemData> | null = null;
  while (at < length) {
    // The id runs to the first ':' (found on the way through the id table's trie).
    const skill = ids.scan(packed, at);
    const first = ids.end;
    // The proficiency: its digits read in place (anything else, as Number reads it).
    let second = first + 1;
    let proficiency = 0;
    for (let c = packed.charCodeAt(second); c >= 48 && c <= 57; c = packed.charCodeAt(++second)) {
      proficiency = proficiency * 10 + (c - 48);
    }
    if (second === first + 1 || packed.charCodeAt(second) !== 58) {
      second = packed.indexOf(':', first + 1);
      proficiency = Number(packed.slice(first + 1, second));
    }
    let stop: number;
    let rank = 0;
    // "[]" (no evidence) is by far the most common: no JSON to parse.
    if (
      packed.charCodeAt(second + 1) === 91 &&
      packed.charCodeAt(second + 2) === 93 &&
      (second + 3 === length || packed.charCodeAt(second + 3) === 124)
    ) {
      stop = second + 3;
    } else {
      const end = packed.indexOf('|', second + 1);
      stop = end === -1 ? length : end;
      const evidence = JSON.parse(packed.slice(second + 1, stop)) as string[];
      if (evidence.length > 0) {
        byId ??= items.length > 0 ? new Map(items.map((i) => [i.id, i.data])) : NO_ITEMS;
        const own = byId;
        rank = evidenceRank(evidenceStrength(evidence.flatMap((id) => own.get(id) ?? [])));
      }
    }
    if (n >= into.skills.length) {
      const skills = new Int32Array(n * 2);
      const codes = new Uint8Array(n * 2);
      skills.set(into.skills);
      codes.set(into.codes);
      into.skills = skills;
      into.codes = codes;
    }
    into.skills[n] = skill;
    into.codes[n] = proficiencyCode(proficiency, rank);
    n++;
    // Past the entry (and never backwards, should a string lack its separators).
    at = Math.max(stop, first) + 1;
  }
  return n;
}

/**
 * skillCode for an id given as the start of a larger string (up to a ':'), found by walking a trie
 * of the ids seen so far one character at a time, so that the sixteen million ids of a full build
 * are neither cut out as strings nor hashed and compared again. The trie is kept small enough to
 * stay in cache (a node per id prefix, a 16-bit child per character the ids use); an id with a
 * character beyond ASCII, or beyond the trie's room, takes the slow path (cut out, then
 * skillCode) every time.
 */
export class SkillIds {
  /** Per ASCII character, its column in the trie (-1: no id has it yet). */
  private readonly column = new Int8Array(ASCII).fill(-1);
  private columns = 0;
  /** Per trie node, its child per column (0: none; the root, node 0, is nobody's child). */
  private next = new Uint16Array(COLUMNS * 64);
  /** Per trie node, 1 + the skill code of the id ending there (0: none). */
  private terminal = new Int32Array(64);
  private nodes = 1;
  /** Where the last scanned id ends: the index of its ':' (or the text's length). */
  end = 0;

  /** The skill code of the id starting at `from` and running to the next ':'; sets `end`. */
  scan(text: string, from: number): number {
    const length = text.length;
    const next = this.next;
    const column = this.column;
    let node = 0;
    let i = from;
    for (; i < length; i++) {
      const c = text.charCodeAt(i);
      if (c === 58) break;
      const at = c < ASCII ? (column[c] as number) : -1;
      const child = at < 0 ? 0 : (next[node * COLUMNS + at] as number);
      if (child === 0) return this.slow(text, from);
      node = child;
    }
    const code = (this.terminal[node] as number) - 1;
    if (code < 0) return this.slow(text, from);
    this.end = i;
    return code;
  }

  private slow(text: string, from: number): number {
    const colon = text.indexOf(':', from);
    this.end = colon === -1 ? text.length : colon;
    const id = text.slice(from, this.end);
    const code = skillCode(id);
    this.insert(id, code);
    return code;
  }

  private insert(id: string, code: number): void {
    // Every character needs a column, and the id at most id.length new nodes.
    for (let i = 0; i < id.length; i++) {
      const c = id.charCodeAt(i);
      if (c >= ASCII) return;
      if ((this.column[c] as number) < 0) {
        if (this.columns === COLUMNS) return;
        this.column[c] = this.columns++;
      }
    }
    if (this.nodes + id.length > MAX_NODES) return;
    let node = 0;
    for (let i = 0; i < id.length; i++) {
      const at = node * COLUMNS + (this.column[id.charCodeAt(i)] as number);
      let child = this.next[at] as number;
      if (child === 0) {
        child = this.nodes++;
        this.terminal = ensureLength(this.terminal, this.nodes);
        this.next = ensureLength(this.next, this.nodes * COLUMNS);
        this.next[at] = child;
      }
      node = child;
    }
    this.terminal[node] = code + 1;
  }
}
