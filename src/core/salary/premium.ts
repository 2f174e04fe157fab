// The measured pay premium of a skill: how much more records carrying it are paid than records of the
// same role family and level without it.
//
// Within each (family, level) stratum of the slice, the premium is the log-ratio of the two medians
// (after each side's outlier removal); strata are pooled weighted by their records with the skill, so
// a skill common among seniors does not pass seniority off as a skill premium. The interval comes
// from each median's bootstrap interval (stats/median-interval.ts) turned into a standard error on
// the log scale and combined by the delta method. Published only when both sides have at least
// PREMIUM_MIN_EACH_SIDE records in the pooled strata.

import { SalaryIndex, type SliceQuery } from './index/salary-index.js';
import type { GeoScope } from './stats/fallback.js';
import { medianInterval } from './stats/median-interval.js';
import { withinFences } from './stats/outliers.js';
import { quantileOf } from './stats/quantile.js';
import { MIN_RECORDS } from './stats/summary.js';

export const PREMIUM_MIN_EACH_SIDE = 30;
const Z_975 = 1.959963984540054;

export interface PremiumEstimate {
  skill: string;
  /** Both sides reached PREMIUM_MIN_EACH_SIDE; otherwise the figures below are null. */
  sufficient: boolean;
  /** Fractional uplift (0.12 = 12% more). */
  premium: number | null;
  interval: { low: number; high: number; level: number } | null;
  nWith: number;
  nWithout: number;
  strata: number;
}

function trimmed(sorted: Float64Array): Float64Array {
  const kept = withinFences((i) => sorted[i] as number, sorted.length);
  return sorted.subarray(kept.from, kept.to);
}

/** Log median and its standard error (from the 95% bootstrap interval) of an ascending array. */
function logMedian(sorted: Float64Array): { est: number; se: number } {
  const ci = medianInterval((i) => sorted[i] as number, sorted.length);
  return { est: Math.log(quantileOf(sorted, 0.5)), se: (Math.log(ci.high) - Math.log(ci.low)) / (2 * Z_975) };
}

/** The premium of `skill` in a slice (its skill filter is ignored) at one geographic scope. */
export function skillPremium(
  index: SalaryIndex,
  skill: string,
  q: SliceQuery,
  scope: GeoScope,
): PremiumEstimate {
  let nWith = 0;
  let nWithout = 0;
  let weightSum = 0;
  let estSum = 0;
  let varSum = 0;
  let strata = 0;
  for (const fam of SalaryIndex.familyCodes(q))
    for (const lvl of SalaryIndex.levelCodes(q)) {
      const split = index.split(fam, lvl, scope, skill, q.year);
      if (!split) continue;
      const withSkill = trimmed(split.with);
      const without = trimmed(split.without);
      if (withSkill.length < MIN_RECORDS || without.length < MIN_RECORDS) continue;
      const a = logMedian(withSkill);
      const b = logMedian(without);
      const w = withSkill.length;
      strata += 1;
      nWith += withSkill.length;
      nWithout += without.length;
      weightSum += w;
      estSum += w * (a.est - b.est);
      varSum += w * w * (a.se * a.se + b.se * b.se);
    }
  const sufficient = nWith >= PREMIUM_MIN_EACH_SIDE && nWithout >= PREMIUM_MIN_EACH_SIDE;
  if (!sufficient || weightSum === 0) {
    return { skill, sufficient: false, premium: null, interval: null, nWith, nWithout, strata };
  }
  const est = estSum / weightSum;
  const se = Math.sqrt(varSum) / weightSum;
  return {
    skill,
    sufficient: true,
    premium: Math.expm1(est),
    interval: { low: Math.expm1(est - Z_975 * se), high: Math.expm1(est + Z_975 * se), level: 0.95 },
    nWith,
    nWithout,
    strata,
  };
}
