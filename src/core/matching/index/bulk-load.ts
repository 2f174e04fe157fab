// The bulk load of candidate posting lists: after every candidate's attributes and skills are in
// the store, count the entries of each (partition, key) list, give each partition one pair of
// arrays (in the index's WebAssembly memory, IndexHeap) with every list at its exact size plus an
// eighth of room, and fill them partition by
// partition in slot order (so lists come out sorted by slot). No list ever grows by doubling.
import type { CandidateStore } from './candidate-store.js';
import type { IndexHeap } from './index-heap.js';
import { countryPartition, starPartition } from './partitions.js';
import { RANKS } from './query-plan.js';

/** One partition's lists, ready for Postings.adopt. */
export interface PartitionLayout {
  id: number;
  keys: number[];
  offsets: Int32Array;
  lengths: Int32Array;
  slots: Int32Array;
  codes: Uint8Array;
}

/**
 * Lays out the posting lists of every live, listed (not hidden) slot by partition; adds each
 * entry's key to `frequency` (which must hold keyCount entries).
 */
export function layOutPostings(
  store: CandidateStore,
  keyCount: number,
  frequency: Int32Array,
  heap: IndexHeap,
): PartitionLayout[] {
  const slotCount = store.slotCount;
  const { values, extras, start, count } = store.skills;
  // Pass 1: each slot's two partitions, and the entries per (partition, key).
  const lists = new Int32Array(2 * slotCount).fill(-1);
  const counts: Array<Int32Array | undefined> = [];
  for (let slot = 0; slot < slotCount; slot++) {
    if (store.alive[slot] !== 1 || store.isHidden(slot)) continue;
    const star = starPartition(store, slot);
    const country = countryPartition(store, slot);
    lists[2 * slot] = star;
    lists[2 * slot + 1] = country;
    const starCounts = counts[star] ?? grow(counts, star, keyCount);
    const countryCounts = country < 0 ? null : (counts[country] ?? grow(counts, country, keyCount));
    const from = start[slot] as number;
    const to = from + (count[slot] as number);
    for (let i = from; i < to; i++) {
      const key = (values[i] as number) * RANKS + ((extras[i] as number) & 3);
      starCounts[key] = (starCounts[key] as number) + 1;
      if (countryCounts !== null) countryCounts[key] = (countryCounts[key] as number) + 1;
      frequency[key] = (frequency[key] as number) + 1;
    }
  }
  // Pass 2: offsets; each partition's `fill` then serves as its lists' write cursors.
  const layouts: PartitionLayout[] = [];
  const byId: Array<{ layout: PartitionLayout; fill: Int32Array } | undefined> = [];
  counts.forEach((perKey, id) => {
    if (perKey === undefined) return;
    const keys: number[] = [];
    const fill = new Int32Array(keyCount);
    let total = 0;
    for (let key = 0; key < keyCount; key++) {
      const n = perKey[key] as number;
      if (n === 0) continue;
      keys.push(key);
      fill[key] = total;
      total += n + (n >> 3) + 4;
    }
    const offsets = new Int32Array(keys.length + 1);
    const lengths = new Int32Array(keys.length);
    keys.forEach((key, i) => {
      offsets[i] = fill[key] as number;
      lengths[i] = perKey[key] as number;
    });
    offsets[keys.length] = total;
    const layout = {
      id,
      keys,
      offsets,
      lengths,
      slots: heap.allocate(Int32Array, total),
      codes: heap.allocate(Uint8Array, total),
    };
    layouts.push(layout);
    while (byId.length <= id) byId.push(undefined);
    byId[id] = { layout, fill };
  });
  // Pass 3: fill, partition by partition (so writes stay within one partition's arrays) and in
  // slot order within each. The slots of each partition come from a counting sort of `lists`.
  const members = new Int32Array(byId.length + 1);
  for (let at = 0; at < 2 * slotCount; at++) {
    const id = lists[at] as number;
    if (id >= 0) members[id + 1] = (members[id + 1] as number) + 1;
  }
  for (let id = 0; id < byId.length; id++)
    members[id + 1] = (members[id + 1] as number) + (members[id] as number);
  const cursor = members.slice(0, byId.length);
  const order = new Int32Array(members[byId.length] as number);
  for (let at = 0; at < 2 * slotCount; at++) {
    const id = lists[at] as number;
    if (id < 0) continue;
    order[cursor[id] as number] = at >> 1;
    cursor[id] = (cursor[id] as number) + 1;
  }
  for (let id = 0; id < byId.length; id++) {
    const target = byId[id];
    if (target === undefined) continue;
    const { slots, codes } = target.layout;
    const fill = target.fill;
    for (let m = members[id] as number; m < (members[id + 1] as number); m++) {
      const slot = order[m] as number;
      const from = start[slot] as number;
      const to = from + (count[slot] as number);
      for (let i = from; i < to; i++) {
        const code = extras[i] as number;
        const key = (values[i] as number) * RANKS + (code & 3);
        const position = fill[key] as number;
        slots[position] = slot;
        codes[position] = code;
        fill[key] = position + 1;
      }
    }
  }
  return layouts;
}

function grow(counts: Array<Int32Array | undefined>, id: number, keyCount: number): Int32Array {
  while (counts.length <= id) counts.push(undefined);
  const created = new Int32Array(keyCount);
  counts[id] = created;
  return created;
}
