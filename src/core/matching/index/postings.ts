// Posting lists: for each key (a skill code, or a skill code and an evidence rank), the slots
// (candidates or positions) listing it and each one's proficiency code, in parallel typed arrays.
// Keys are sparse, so a set maps them to dense list numbers. A list is a range [offset,
// offset + length) of an array: after a bulk load every list of a set sits in one shared array at
// its exact size; a list that outgrows its range moves to an array of its own, grown by doubling.
//
// Removing a slot leaves its entries as tombstones (the slot is marked dead); a list is compacted
// on its own once a quarter of it is dead, so the cost of compaction is proportional to the
// updates that caused it and no update pays for the whole index. A dead slot is reused only
// after every list has dropped its entries (the owner counts them through `purged`).
import { ensureLength } from './growable.js';

const EMPTY_SLOTS = new Int32Array(0);
const EMPTY_CODES = new Uint8Array(0);

export class Postings {
  slots: Int32Array[] = [];
  codes: Uint8Array[] = [];
  offset = new Int32Array(16);
  /** 1 for a list whose arrays are views of the index's WebAssembly memory (see adopt). */
  inHeap = new Uint8Array(16);
  length = new Int32Array(16);
  private capacity = new Int32Array(16);
  private dead = new Int32Array(16);
  /**
   * List numbers by key, in groups of 2^groupBits neighbouring keys (a skill's evidence ranks):
   * groupAt[key >> groupBits] is 1 + the group's place in `lists` (0: no list in the group), and
   * lists[place << groupBits | the key's low bits] the key's list number (-1: none). Dense by
   * group (skill code) and shifts, not division, so a lookup is two array reads and no divide: a
   * query looks up each step's list in every partition it reads, which took 0.13 ms of a 2 ms
   * query at 100k with a Map per partition and a division and a remainder per key (now 0.08 ms).
   */
  private groupAt = new Int32Array(0);
  private lists = new Int32Array(0);
  private groupCount = 0;
  private readonly keyMask: number;

  /** groupBits: log2 of the keys per group. */
  constructor(private readonly groupBits = 0) {
    this.keyMask = (1 << groupBits) - 1;
  }

  /** The list number of a key, or -1 when the key has no list. */
  list(key: number): number {
    const place = (this.groupAt[key >> this.groupBits] ?? 0) - 1;
    return place < 0 ? -1 : (this.lists[(place << this.groupBits) | (key & this.keyMask)] as number);
  }

  private create(key: number): number {
    const list = this.slots.length;
    const id = key >> this.groupBits;
    this.groupAt = ensureLength(this.groupAt, id + 1);
    let place = (this.groupAt[id] as number) - 1;
    if (place < 0) {
      place = this.groupCount++;
      this.groupAt[id] = place + 1;
      const from = this.lists.length;
      this.lists = ensureLength(this.lists, this.groupCount << this.groupBits);
      this.lists.fill(-1, from);
    }
    this.lists[(place << this.groupBits) | (key & this.keyMask)] = list;
    this.slots.push(EMPTY_SLOTS);
    this.codes.push(EMPTY_CODES);
    this.offset = ensureLength(this.offset, list + 1);
    this.inHeap = ensureLength(this.inHeap, list + 1);
    this.length = ensureLength(this.length, list + 1);
    this.capacity = ensureLength(this.capacity, list + 1);
    this.dead = ensureLength(this.dead, list + 1);
    return list;
  }

  /**
   * Takes the lists of a bulk load: all in one pair of arrays, keys[i]'s entries at
   * [offsets[i], offsets[i] + lengths[i]) with room up to offsets[i + 1], so that the first
   * appends after the load do not move the list. Only for an empty set. The arrays are views of
   * the index's WebAssembly memory (IndexHeap) until a list moves out.
   */
  adopt(
    keys: readonly number[],
    offsets: Int32Array,
    lengths: Int32Array,
    slots: Int32Array,
    codes: Uint8Array,
  ): void {
    keys.forEach((key, i) => {
      const list = this.create(key);
      this.inHeap[list] = 1;
      const from = offsets[i] ?? 0;
      this.slots[list] = slots;
      this.codes[list] = codes;
      this.offset[list] = from;
      this.length[list] = lengths[i] ?? 0;
      this.capacity[list] = (offsets[i + 1] ?? 0) - from;
    });
  }

  /** Appends an entry under a key. */
  append(key: number, slot: number, code: number): void {
    const found = this.list(key);
    const list = found >= 0 ? found : this.create(key);
    const n = this.length[list] ?? 0;
    if (n >= (this.capacity[list] ?? 0)) this.moveOut(list, Math.max(16, 2 * n));
    const at = (this.offset[list] ?? 0) + n;
    (this.slots[list] ?? EMPTY_SLOTS)[at] = slot;
    (this.codes[list] ?? EMPTY_CODES)[at] = code;
    this.length[list] = n + 1;
  }

  /** Moves a list to arrays of its own with room for `room` entries. */
  private moveOut(list: number, room: number): void {
    const from = this.offset[list] ?? 0;
    const n = this.length[list] ?? 0;
    const slots = new Int32Array(room);
    const codes = new Uint8Array(room);
    slots.set((this.slots[list] ?? EMPTY_SLOTS).subarray(from, from + n));
    codes.set((this.codes[list] ?? EMPTY_CODES).subarray(from, from + n));
    this.slots[list] = slots;
    this.codes[list] = codes;
    this.offset[list] = 0;
    this.inHeap[list] = 0;
    this.capacity[list] = room;
  }

  /**
   * Records that one entry under the key belongs to a dead slot; compacts the list when a quarter
   * of it is dead, calling `purged` once per dropped entry.
   */
  markDead(key: number, alive: Uint8Array, purged: (slot: number) => void): void {
    const list = this.list(key);
    if (list < 0) return;
    const dead = (this.dead[list] ?? 0) + 1;
    this.dead[list] = dead;
    if (dead >= 64 && dead * 4 >= (this.length[list] ?? 0)) this.compactList(list, alive, purged);
  }

  /** Drops a list's entries of dead slots (in place: the list only shrinks). */
  private compactList(list: number, alive: Uint8Array, purged: (slot: number) => void): void {
    const slots = this.slots[list] ?? EMPTY_SLOTS;
    const codes = this.codes[list] ?? EMPTY_CODES;
    const from = this.offset[list] ?? 0;
    const end = from + (this.length[list] ?? 0);
    let kept = from;
    for (let i = from; i < end; i++) {
      const slot = slots[i] ?? 0;
      if (alive[slot] === 1) {
        slots[kept] = slot;
        codes[kept] = codes[i] ?? 0;
        kept++;
      } else {
        purged(slot);
      }
    }
    this.length[list] = kept - from;
    this.dead[list] = 0;
  }

  /** Drops every list's dead entries. */
  compactAll(alive: Uint8Array, purged: (slot: number) => void): void {
    for (let list = 0; list < this.slots.length; list++) {
      if ((this.dead[list] ?? 0) > 0) this.compactList(list, alive, purged);
    }
  }

  /** Bytes held by the lists' arrays (a shared array counted once). */
  bytes(): number {
    const seen = new Set<Int32Array>();
    let total = this.slots.length * 40 + (this.groupAt.length + this.lists.length) * 4;
    for (const slots of this.slots) {
      if (seen.has(slots)) continue;
      seen.add(slots);
      total += slots.length * 5;
    }
    return total;
  }
}
