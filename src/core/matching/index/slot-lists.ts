// A short list of small integers per slot (a candidate's skills, desired countries), stored
// CSR-style in one pool: start and count per slot. A slot keeps its range as capacity, so an update
// that does not grow the list rewrites it in place and a reused slot inherits the range; ranges
// outgrown are left as waste until the pool is compacted, which happens on its own once waste
// exceeds the live entries (so its cost is amortised over at least as many appends).
import { ensureLength } from './growable.js';

export class SlotLists {
  values = new Uint16Array(1024);
  /** A byte beside each value (a skill's proficiency code); unused for country lists. */
  extras = new Uint8Array(1024);
  start = new Int32Array(1024);
  count = new Uint16Array(1024);
  private capacity = new Uint16Array(1024);
  private used = 0;
  private live = 0;

  /** Makes room for slots below `slots`. */
  reserveSlots(slots: number, exact = false): void {
    this.start = ensureLength(this.start, slots, exact);
    this.count = ensureLength(this.count, slots, exact);
    this.capacity = ensureLength(this.capacity, slots, exact);
  }

  /** Makes room for `entries` more pool entries without growing during a bulk load. */
  reserveEntries(entries: number, exact = false): void {
    this.values = ensureLength(this.values, this.used + entries, exact);
    this.extras = ensureLength(this.extras, this.used + entries, exact);
  }

  /** Whether a slot's list holds every one of `wanted` (few values: a scan of the list each). */
  holdsAll(slot: number, wanted: ArrayLike<number>): boolean {
    const from = this.start[slot] as number;
    const to = from + (this.count[slot] as number);
    const values = this.values;
    for (let w = 0; w < wanted.length; w++) {
      const value = wanted[w] as number;
      let i = from;
      while (i < to && values[i] !== value) i++;
      if (i === to) return false;
    }
    return true;
  }

  /** Sets a slot's list (values must fit in 16 bits). */
  set(slot: number, values: ArrayLike<number>, extras: ArrayLike<number> | null): void {
    this.setRange(slot, values, extras, values.length);
  }

  /** Sets a slot's list to the first n values (and extras). */
  setRange(slot: number, values: ArrayLike<number>, extras: ArrayLike<number> | null, n: number): void {
    if (n > 0xffff) throw new RangeError(`A list of ${n} entries is too long for the index`);
    const before = this.count[slot] ?? 0;
    let at = this.start[slot] ?? 0;
    if (n > (this.capacity[slot] ?? 0)) {
      if (this.used + n > 2 * (this.live + n) + 4096) this.compact();
      at = this.used;
      this.reserveEntries(n);
      this.used += n;
      this.start[slot] = at;
      this.capacity[slot] = n;
    }
    for (let i = 0; i < n; i++) {
      this.values[at + i] = values[i] ?? 0;
      if (extras !== null) this.extras[at + i] = extras[i] ?? 0;
    }
    this.count[slot] = n;
    this.live += n - before;
  }

  /** Empties a slot's list; its range stays as the slot's capacity. */
  clear(slot: number): void {
    this.live -= this.count[slot] ?? 0;
    this.count[slot] = 0;
  }

  /** Rewrites the pool with every slot's capacity trimmed to its count. */
  compact(): void {
    const slots = this.start.length;
    const values = new Uint16Array(Math.max(1024, this.live * 2));
    const extras = new Uint8Array(values.length);
    let at = 0;
    for (let slot = 0; slot < slots; slot++) {
      const n = this.count[slot] ?? 0;
      const from = this.start[slot] ?? 0;
      values.set(this.values.subarray(from, from + n), at);
      extras.set(this.extras.subarray(from, from + n), at);
      this.start[slot] = at;
      this.capacity[slot] = n;
      at += n;
    }
    this.values = values;
    this.extras = extras;
    this.used = at;
  }

  /**
   * Renumbers slots: new slot i takes old slot order[i]'s list, for i < n (slots from n on are
   * left empty). The pool is rewritten in the new order, trimmed to the live entries.
   */
  permute(order: Int32Array, n: number): void {
    const start = new Int32Array(this.start.length);
    const count = new Uint16Array(this.count.length);
    const capacity = new Uint16Array(this.capacity.length);
    const values = new Uint16Array(Math.max(1024, this.live));
    const extras = new Uint8Array(values.length);
    let at = 0;
    for (let slot = 0; slot < n; slot++) {
      const old = order[slot] as number;
      const k = this.count[old] as number;
      const from = this.start[old] as number;
      const oldValues = this.values;
      const oldExtras = this.extras;
      for (let i = 0; i < k; i++) {
        values[at + i] = oldValues[from + i] as number;
        extras[at + i] = oldExtras[from + i] as number;
      }
      start[slot] = at;
      count[slot] = k;
      capacity[slot] = k;
      at += k;
    }
    this.start = start;
    this.count = count;
    this.capacity = capacity;
    this.values = values;
    this.extras = extras;
    this.used = at;
    this.live = at;
  }

  /** Pool entries allocated, live or not (for memory reports). */
  get allocated(): number {
    return this.values.length;
  }
}
