// The two summaries every outcome chart needs: a median and a count per bucket.

/** The median (mean of the middle two for an even count); null for no values. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const upper = sorted[mid] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] ?? 0) + upper) / 2;
}

export interface Bucket {
  /** Inclusive lower edge. */
  from: number;
  /** Exclusive upper edge; null for the open last bucket. */
  to: number | null;
  count: number;
}

/**
 * Counts values into buckets between consecutive `edges` (ascending), plus an open bucket from the
 * last edge up. Values below the first edge go into the first bucket.
 */
export function distribution(values: readonly number[], edges: readonly number[]): Bucket[] {
  const buckets: Bucket[] = edges.map((from, i) => ({ from, to: edges[i + 1] ?? null, count: 0 }));
  for (const value of values) {
    let index = 0;
    while (index < edges.length - 1 && value >= (edges[index + 1] ?? Number.POSITIVE_INFINITY)) index++;
    const bucket = buckets[index];
    if (bucket) bucket.count++;
  }
  return buckets;
}

/** A ratio rounded to four places, or null when there is nothing to divide by. */
export function rate(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 10_000) / 10_000;
}
