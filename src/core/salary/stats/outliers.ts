// Outlier removal per group, documented in src/core/salary/README.md.
//
// Salaries are right-skewed and span two orders of magnitude across countries, so fences are set on
// the logarithm: a record is dropped when log(pay) lies more than 3 interquartile ranges outside the
// quartiles (Tukey's "far out" fence). On the log scale that keeps a genuine top earner at 4x the
// median of a wide group and drops a monthly figure entered as annual. Groups under MIN_FOR_FENCES
// keep everything: with a handful of records a real tail cannot be told from an error.
import type { SortedAt } from './quantile.js';
import { quantile } from './quantile.js';

export const FENCE_IQR = 3;
export const MIN_FOR_FENCES = 20;

/** The half-open range [from, to) of an ascending group that survives the fences. */
export interface Kept {
  from: number;
  to: number;
}

export function withinFences(at: SortedAt, n: number): Kept {
  if (n < MIN_FOR_FENCES) return { from: 0, to: n };
  const logAt: SortedAt = (i) => Math.log(at(i));
  const q1 = quantile(logAt, n, 0.25);
  const q3 = quantile(logAt, n, 0.75);
  const iqr = q3 - q1;
  const low = Math.exp(q1 - FENCE_IQR * iqr);
  const high = Math.exp(q3 + FENCE_IQR * iqr);
  return { from: lowerBound(at, n, low), to: upperBound(at, n, high) };
}

/** First index whose value is >= x. */
function lowerBound(at: SortedAt, n: number, x: number): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (at(mid) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** First index whose value is > x. */
function upperBound(at: SortedAt, n: number, x: number): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (at(mid) <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
