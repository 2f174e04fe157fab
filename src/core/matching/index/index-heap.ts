// The candidate index's WebAssembly memory, and the accumulate loop that runs in it.
//
// Reading posting lists into the score accumulator is the largest single part of a ranking query
// (about a fifth of the slowest ones at 1M). In JavaScript every typed-array access of that loop
// is bounds checked; the same loop compiled from wasm/index-kernels.ts accesses memory the engine
// guards with reserved address space instead, and runs about 1.7 times as fast (4.1 against
// 2.35 ns an entry on 4M entries in 100k-slot ranges, this 2-core machine). So the arrays it
// touches (the bulk-loaded posting lists, the accumulator, the touched bits and the query's
// credit tables) are allocated here, as views of one shared WebAssembly memory per index.
//
// The memory is shared so that growing it never detaches the views already handed out (growing
// an unshared memory empties every one of them). Allocation is a bump pointer and nothing is
// freed: the index allocates here only what it sizes once (a bulk load's lists) or by doubling
// (the accumulator), so what is left behind is at most about as much again as is live, and the
// memory goes with its index. A list that outgrew its bulk-load room moves to an ordinary array
// and is read by the same loop in JavaScript (accumulateScript).
import type { Typed } from './growable.js';
import { KERNELS_WASM } from './kernels-wasm.js';

const PAGE = 65_536;
/** 4 GiB, the most a 32-bit memory addresses: about 25 million candidates' lists. */
const MAX_PAGES = 65_536;

interface Kernels {
  accumulate(
    slots: number,
    codes: number,
    from: number,
    end: number,
    acc: number,
    table: number,
    bits: number,
  ): void;
}

type TypedConstructor<T extends Typed> = {
  new (buffer: ArrayBufferLike, byteOffset: number, length: number): T;
  readonly BYTES_PER_ELEMENT: number;
};

/**
 * What this file uses of the WebAssembly global. The server's TypeScript libraries (ES2023 and
 * @types/node, no DOM) do not declare it, though Node has it; declaring it globally would clash
 * with the DOM's declaration where that library is in (the type-check of tests and scripts).
 */
interface WasmMemory {
  readonly buffer: ArrayBufferLike;
  grow(pages: number): number;
}
interface WasmApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: { env: { memory: WasmMemory } }) => { exports: unknown };
  Memory: new (descriptor: { initial: number; maximum: number; shared: boolean }) => WasmMemory;
}
const wasm = (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly;

let compiled: object | undefined;

/** The compiled module, once per process (compiling it is synchronous and takes well under 1 ms). */
function kernelModule(): object {
  if (compiled === undefined) {
    const text = atob(KERNELS_WASM);
    const bytes = new Uint8Array(text.length);
    for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
    compiled = new wasm.Module(bytes);
  }
  return compiled;
}

export class IndexHeap {
  private memory: WasmMemory | undefined;
  private kernels: Kernels | undefined;
  private top = 0;

  /** A zeroed array of `length` elements in this memory (a RangeError beyond 4 GiB). */
  allocate<T extends Typed>(Kind: TypedConstructor<T>, length: number): T {
    const memory = this.memory ?? this.start();
    const at = (this.top + 7) & ~7;
    const needed = at + length * Kind.BYTES_PER_ELEMENT;
    const have = memory.buffer.byteLength;
    if (needed > have) {
      const pages = Math.ceil((needed - have) / PAGE);
      if (have / PAGE + pages > MAX_PAGES) throw new RangeError('The candidate index is beyond 4 GiB');
      // At least a quarter more each time, so that the accumulator's doublings grow it rarely.
      memory.grow(Math.max(pages, Math.min(MAX_PAGES - have / PAGE, Math.floor(have / PAGE / 4))));
    }
    this.top = needed;
    // Fresh memory is zero and nothing here is reused, so the view needs no clearing.
    return new Kind(memory.buffer, at, length);
  }

  /**
   * ensureLength (growable.ts) with the grown copy allocated here: the array itself if it holds
   * `needed` elements, else a copy at least twice as long (exactly `needed` when `exact`).
   */
  ensureLength<T extends Typed>(array: T, needed: number, exact = false): T {
    if (needed <= array.length) return array;
    const Kind = array.constructor as TypedConstructor<T>;
    const grown = this.allocate(Kind, exact ? needed : Math.max(needed, array.length * 2, 16));
    grown.set(array as never);
    return grown;
  }

  /**
   * accumulateScript in WebAssembly. Every array must be a view of this memory: the list's (a
   * bulk-loaded list that has not moved out), and the accumulator's, tables' and bits' (which the
   * index always allocates here).
   */
  accumulate(
    slots: Int32Array,
    codes: Uint8Array,
    from: number,
    end: number,
    acc: Float32Array,
    tables: Float32Array,
    table: number,
    bits: Uint32Array,
  ): void {
    (this.kernels as Kernels).accumulate(
      slots.byteOffset,
      codes.byteOffset,
      from,
      end,
      acc.byteOffset,
      tables.byteOffset + table * Float32Array.BYTES_PER_ELEMENT,
      bits.byteOffset,
    );
  }

  private start(): WasmMemory {
    const memory = new wasm.Memory({ initial: 1, maximum: MAX_PAGES, shared: true });
    const instance = new wasm.Instance(kernelModule(), { env: { memory } });
    this.memory = memory;
    this.kernels = instance.exports as Kernels;
    return memory;
  }
}

/**
 * For each entry i in [from, end): sets its slot's bit in `touchedBits` and adds
 * tables[table + codes[i]] to acc[slot]. For lists outside the heap; kept small and branch-free
 * so that the engine optimises it on its own.
 */
export function accumulateScript(
  slots: Int32Array,
  codes: Uint8Array,
  from: number,
  end: number,
  acc: Float32Array,
  tables: Float32Array,
  table: number,
  touchedBits: Uint32Array,
): void {
  for (let i = from; i < end; i++) {
    const slot = slots[i] as number;
    touchedBits[slot >>> 5] = (touchedBits[slot >>> 5] as number) | (1 << (slot & 31));
    acc[slot] = (acc[slot] as number) + (tables[table + (codes[i] as number)] as number);
  }
}
