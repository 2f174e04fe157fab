// A 95% confidence band for the median by the bootstrap, computed in closed form.
//
// Resampling n values with replacement and taking the (lower) median picks the order statistic
// x(J) of the original sample, where J <= j exactly when at least m = ceil(n/2) of the n draws land
// on x(1)..x(j): P(J <= j) = P(Binomial(n, j/n) >= m). So the bootstrap distribution of the median
// is known exactly (Efron 1982, ch. 10) and its percentile interval needs no Monte Carlo. Up to
// EXACT_UP_TO values the binomial tail is summed exactly; beyond, J/n is the m-th order statistic of
// n uniforms, Beta(m, n-m+1), whose normal approximation is accurate to a fraction of a rank there.
// The unit test checks both against a plain Monte Carlo bootstrap.
import type { SortedAt } from './quantile.js';

export const EXACT_UP_TO = 200;
const Z_975 = 1.959963984540054;

export interface Interval {
  low: number;
  high: number;
  /** Coverage, 0.95. */
  level: number;
}

/** P(Binomial(n, p) >= m), summed in a numerically safe order. */
function binomialUpperTail(n: number, p: number, m: number): number {
  if (p <= 0) return m <= 0 ? 1 : 0;
  if (p >= 1) return 1;
  let logChoose = 0;
  for (let i = 1; i <= m; i++) logChoose += Math.log((n - m + i) / i);
  let pmf = Math.exp(logChoose + m * Math.log(p) + (n - m) * Math.log1p(-p));
  let sum = 0;
  const odds = p / (1 - p);
  for (let k = m; k <= n; k++) {
    sum += pmf;
    pmf *= ((n - k) / (k + 1)) * odds;
  }
  return Math.min(1, sum);
}

/** The smallest rank j in 1..n with P(J <= j) >= target. */
function exactRank(n: number, m: number, target: number): number {
  let lo = 1;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (binomialUpperTail(n, mid / n, m) >= target) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function approximateRank(n: number, m: number, z: number): number {
  const mean = m / (n + 1);
  const sd = Math.sqrt((m * (n - m + 1)) / ((n + 1) * (n + 1) * (n + 2)));
  return Math.min(n, Math.max(1, Math.ceil(n * (mean + z * sd))));
}

/** The bootstrap percentile interval of the median of n ascending values (95%). */
export function medianInterval(at: SortedAt, n: number): Interval {
  if (n <= 0) throw new RangeError('interval of no values');
  const m = Math.ceil(n / 2);
  const [jLow, jHigh] =
    n <= EXACT_UP_TO
      ? [exactRank(n, m, 0.025), exactRank(n, m, 0.975)]
      : [approximateRank(n, m, -Z_975), approximateRank(n, m, Z_975)];
  return { low: at(jLow - 1), high: at(jHigh - 1), level: 0.95 };
}
