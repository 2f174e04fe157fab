// One salary question answered: the slice's figures after the geographic fallback, with the counts
// at each level of geography so the answer can say what it stands on.

import type { SalaryIndex, SliceQuery } from './index/salary-index.js';
import type { GeoScope } from './stats/fallback.js';
import { type Fallback, resolve } from './stats/fallback.js';
import type { Summary } from './stats/summary.js';

export interface Benchmark {
  scope: GeoScope;
  fallback: Fallback | null;
  summary: Summary | null;
  chain: { scope: GeoScope; n: number }[];
}

export function benchmark(index: SalaryIndex, q: SliceQuery): Benchmark {
  const chain = index.chain(q);
  const resolved = resolve(chain);
  const counts = chain.map((c) => ({ scope: c.scope, n: c.records }));
  if (!resolved)
    return { scope: chain[0]?.scope ?? { kind: 'global' }, fallback: null, summary: null, chain: counts };
  return { scope: resolved.scope, fallback: resolved.fallback, summary: resolved.summary, chain: counts };
}

/**
 * Where an annual amount (USD) falls in the slice, 0..100, following the same fallback as the
 * figures: the scope that answered, blended with the parent by the same weight when shrunk.
 */
export function placement(
  index: SalaryIndex,
  q: SliceQuery,
  usd: number,
): { percentile: number; result: Benchmark } | null {
  const result = benchmark(index, q);
  if (!result.summary) return null;
  const own = index.percentRank(q, result.scope, usd);
  if (own === null) return null;
  const f = result.fallback;
  if (f?.kind !== 'shrunk') return { percentile: own, result };
  const parent = index.percentRank(q, f.to, usd);
  return { percentile: parent === null ? own : f.weight * own + (1 - f.weight) * parent, result };
}
