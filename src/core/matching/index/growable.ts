// Growing typed arrays by doubling, so appends cost O(1) amortised.

/** The typed array kinds the index keeps. */
export type Typed =
  | Int8Array
  | Uint8Array
  | Int16Array
  | Uint16Array
  | Int32Array
  | Uint32Array
  | Float32Array
  | Float64Array;

/**
 * The array itself if it holds `needed` elements, else a copy at least twice as long (or, when
 * `exact`, exactly `needed` long: for one-off reservations of a known size).
 */
export function ensureLength<T extends Typed>(array: T, needed: number, exact = false): T {
  if (needed <= array.length) return array;
  const Constructor = array.constructor as new (length: number) => T;
  const grown = new Constructor(exact ? needed : Math.max(needed, array.length * 2, 16));
  grown.set(array as never);
  return grown;
}
