// AssemblyScript, not TypeScript for tsc: the candidate index's hottest loop, compiled to
// WebAssembly by `npm run build:wasm` (scripts/build-wasm.ts) into
// src/core/matching/index/kernels-wasm.ts. Why: in JavaScript every typed-array access of this
// loop is bounds checked; here memory accesses are guarded by the engine's reserved address
// space, and the loop runs about 1.7 times as fast (see index-heap.ts). Every pointer is a byte
// offset into the index's memory (IndexHeap), whose views the TypeScript side reads as usual.
// It mirrors `accumulateScript` (index-heap.ts); the property tests compare the index that runs
// it against brute force, and a unit test runs both on the same lists.
//
// Tried and left in JavaScript: the screen over touched candidates (a tenth slower here: it is
// bound by memory reads of the candidates' attributes, not by bounds checks).

/**
 * For each posting entry i in [from, end): sets its slot's bit in `bits` and adds
 * table[codes[i]] (a float32) to acc[slot].
 */
export function accumulate(
  slots: usize,
  codes: usize,
  from: u32,
  end: u32,
  acc: usize,
  table: usize,
  bits: usize,
): void {
  for (let i = from; i < end; i++) {
    const slot = load<u32>(slots + ((<usize>i) << 2));
    const word = bits + ((<usize>(slot >>> 5)) << 2);
    store<u32>(word, load<u32>(word) | (1 << (slot & 31)));
    const at = acc + ((<usize>slot) << 2);
    store<f32>(at, load<f32>(at) + load<f32>(table + ((<usize>load<u8>(codes + i)) << 2)));
  }
}
