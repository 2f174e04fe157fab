import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileKernels } from '../../../../scripts/build-wasm.js';
import { accumulateScript, IndexHeap } from './index-heap.js';
import { KERNELS_WASM } from './kernels-wasm.js';

describe('IndexHeap', () => {
  it('holds the bytes that wasm/index-kernels.ts compiles to (run npm run build:wasm after editing it)', async () => {
    expect(await compileKernels()).toBe(KERNELS_WASM);
  }, 30_000);

  it('keeps the views it handed out when the memory grows', () => {
    const heap = new IndexHeap();
    const first = heap.allocate(Int32Array, 4);
    first.set([1, 2, 3, 4]);
    // Several megabytes: the memory starts at one 64 KiB page, so this grows it.
    const big = heap.allocate(Float64Array, 1_000_000);
    big[999_999] = 0.5;
    expect([...first]).toEqual([1, 2, 3, 4]);
    expect(big[999_999]).toBe(0.5);
    const grown = heap.ensureLength(first, 10);
    expect(grown.length).toBeGreaterThanOrEqual(10);
    expect([...grown.subarray(0, 4)]).toEqual([1, 2, 3, 4]);
  });

  it('accumulates in WebAssembly exactly as in JavaScript', () => {
    const entry = fc.record({
      slot: fc.integer({ min: 0, max: 299 }),
      code: fc.integer({ min: 0, max: 31 }),
    });
    fc.assert(
      fc.property(
        fc.array(fc.array(entry, { maxLength: 80 }), { minLength: 1, maxLength: 6 }),
        fc.array(fc.float({ min: 0, max: 1, noNaN: true }), { minLength: 64, maxLength: 64 }),
        (lists, credits) => {
          const heap = new IndexHeap();
          const acc = heap.allocate(Float32Array, 300);
          const bits = heap.allocate(Uint32Array, 10);
          const tables = heap.allocate(Float32Array, 64);
          tables.set(credits);
          const jsAcc = new Float32Array(300);
          const jsBits = new Uint32Array(10);
          lists.forEach((list, i) => {
            // Each list sits after a gap of two entries in its arrays, as a bulk load lays them out.
            const slots = heap.allocate(Int32Array, list.length + 2);
            const codes = heap.allocate(Uint8Array, list.length + 2);
            list.forEach((e, j) => {
              slots[j + 2] = e.slot;
              codes[j + 2] = e.code;
            });
            const table = (i % 2) * 32;
            heap.accumulate(slots, codes, 2, list.length + 2, acc, tables, table, bits);
            accumulateScript(slots, codes, 2, list.length + 2, jsAcc, tables, table, jsBits);
          });
          expect([...acc]).toEqual([...jsAcc]);
          expect([...bits]).toEqual([...jsBits]);
        },
      ),
      { numRuns: 200 },
    );
  });
});
