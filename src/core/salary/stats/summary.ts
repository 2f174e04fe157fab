// The figures the product shows for one group of salaries.
import { type Interval, medianInterval } from './median-interval.js';
import { withinFences } from './outliers.js';
import type { SortedAt } from './quantile.js';
import { quantile } from './quantile.js';

/** No figure is published from fewer records than this. */
export const MIN_RECORDS = 5;

export interface Summary {
  /** Records after outlier removal. */
  n: number;
  outliersRemoved: number;
  p10: number;
  p25: number;
  p50: number;
  p75: number;
  p90: number;
  mean: number;
  medianInterval: Interval;
}

/**
 * Percentiles, mean and the median's interval of an ascending group after outlier removal, or null
 * when fewer than MIN_RECORDS remain. `meanOfKept` lets a caller that already knows the mean of the
 * kept range (the index caches it for predefined groups) skip the O(n) sum.
 */
export function summarise(at: SortedAt, n: number, meanOfKept?: number): Summary | null {
  const kept = withinFences(at, n);
  const size = kept.to - kept.from;
  if (size < MIN_RECORDS) return null;
  const keptAt: SortedAt = (i) => at(kept.from + i);
  let mean = meanOfKept;
  if (mean === undefined) {
    let sum = 0;
    for (let i = 0; i < size; i++) sum += keptAt(i);
    mean = sum / size;
  }
  return {
    n: size,
    outliersRemoved: n - size,
    p10: quantile(keptAt, size, 0.1),
    p25: quantile(keptAt, size, 0.25),
    p50: quantile(keptAt, size, 0.5),
    p75: quantile(keptAt, size, 0.75),
    p90: quantile(keptAt, size, 0.9),
    mean,
    medianInterval: medianInterval(keptAt, size),
  };
}

/** The same over an ascending array, summing the mean without an accessor call per value. */
export function summariseSorted(sorted: Float64Array): Summary | null {
  const at: SortedAt = (i) => sorted[i] as number;
  const kept = withinFences(at, sorted.length);
  let sum = 0;
  for (let i = kept.from; i < kept.to; i++) sum += sorted[i] as number;
  return summarise(at, sorted.length, kept.to > kept.from ? sum / (kept.to - kept.from) : 0);
}
