// Quantiles of an ascending run of values, read through an accessor so the same code serves a plain
// sorted array and a group of record ids sorted by salary (the index keeps ids, not copies).

/** The i-th value (0-based) of an ascending sequence. */
export type SortedAt = (i: number) => number;

/**
 * The p-quantile (0..1) of n ascending values by linear interpolation between order statistics:
 * Hyndman and Fan's type 7, the default of R, NumPy and Excel's PERCENTILE.INC, so anyone can check
 * a figure with a spreadsheet.
 */
export function quantile(at: SortedAt, n: number, p: number): number {
  if (n <= 0) throw new RangeError('quantile of no values');
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, n - 1);
  const a = at(lo);
  return a + (h - lo) * (at(hi) - a);
}

/** The same over a sorted array. */
export function quantileOf(sorted: ArrayLike<number>, p: number): number {
  return quantile((i) => sorted[i] as number, sorted.length, p);
}

/**
 * Where a value falls among n ascending values, as a percentile 0..100: the inverse of the type-7
 * quantile (interpolated between neighbouring order statistics), so quantile(percentRank(x)) = x
 * inside the range. Below the lowest value it is 0, above the highest 100.
 */
export function percentRank(at: SortedAt, n: number, x: number): number {
  if (n <= 0) throw new RangeError('rank among no values');
  if (n === 1) return x < at(0) ? 0 : x > at(0) ? 100 : 50;
  if (x <= at(0)) return 0;
  if (x >= at(n - 1)) return 100;
  // The last index whose value is <= x.
  let lo = 0;
  let hi = n - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >>> 1;
    if (at(mid) <= x) lo = mid;
    else hi = mid;
  }
  const a = at(lo);
  const b = at(lo + 1);
  const within = b > a ? (x - a) / (b - a) : 0;
  return ((lo + within) / (n - 1)) * 100;
}
