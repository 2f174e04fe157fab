// Salary statistics the plain way, written independently of src/core/salary, for tests to check the
// product's figures against: sort, fence, interpolate.

/** Type-7 percentile of an ascending array (what R, NumPy and a spreadsheet give). */
export function plainPercentile(sorted: readonly number[], p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return (sorted[lo] as number) + (h - lo) * ((sorted[hi] as number) - (sorted[lo] as number));
}

/** The documented outlier rule: groups of 20 or more lose values beyond 3 IQR of log(pay). */
export function plainFenced(values: readonly number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length < 20) return sorted;
  const logs = sorted.map(Math.log);
  const q1 = plainPercentile(logs, 0.25);
  const q3 = plainPercentile(logs, 0.75);
  const low = Math.exp(q1 - 3 * (q3 - q1));
  const high = Math.exp(q3 + 3 * (q3 - q1));
  return sorted.filter((v) => v >= low && v <= high);
}
