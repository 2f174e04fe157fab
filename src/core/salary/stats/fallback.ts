// Thin slices fall back up the geography (country, then region, then global) with shrinkage.
//
// A slice with at least TRUST_FROM records is answered from its own data. A slice with MIN_RECORDS to
// TRUST_FROM - 1 records is shrunk toward its nearest well-populated ancestor: every figure becomes
// w * own + (1 - w) * parent with w = n / (n + PRIOR_RECORDS), the usual credibility weight (the
// parent counts as PRIOR_RECORDS records of evidence). Fewer than MIN_RECORDS and the ancestor answers
// alone. The answer always says which of these happened.
import type { Interval } from './median-interval.js';
import type { Summary } from './summary.js';

export const TRUST_FROM = 30;
export const PRIOR_RECORDS = 10;

export type GeoScope =
  | { kind: 'country'; country: string }
  | { kind: 'region'; region: string }
  | { kind: 'global' };

export interface ScopedSummary {
  scope: GeoScope;
  summary: Summary | null;
  /** Records in the slice before outlier removal. */
  records: number;
}

export interface Fallback {
  /** 'shrunk': own data blended with the parent's; 'replaced': the parent's figures alone. */
  kind: 'shrunk' | 'replaced';
  from: GeoScope;
  to: GeoScope;
  /** Records of the requested slice (after outlier removal; 0 when it had too few to summarise). */
  ownN: number;
  parentN: number;
  /** Weight of the slice's own data in the blend (0 when replaced). */
  weight: number;
}

export interface Resolved {
  scope: GeoScope;
  summary: Summary;
  fallback: Fallback | null;
}

const blend = (w: number, a: number, b: number) => w * a + (1 - w) * b;

function blendInterval(w: number, a: Interval, b: Interval): Interval {
  return { low: blend(w, a.low, b.low), high: blend(w, a.high, b.high), level: a.level };
}

function shrink(own: Summary, parent: Summary, w: number): Summary {
  return {
    n: own.n,
    outliersRemoved: own.outliersRemoved,
    p10: blend(w, own.p10, parent.p10),
    p25: blend(w, own.p25, parent.p25),
    p50: blend(w, own.p50, parent.p50),
    p75: blend(w, own.p75, parent.p75),
    p90: blend(w, own.p90, parent.p90),
    mean: blend(w, own.mean, parent.mean),
    // An approximation: the blend's own sampling interval is narrower than the slice's, but a
    // wider band is the honest direction for a thin slice.
    medianInterval: blendInterval(w, own.medianInterval, parent.medianInterval),
  };
}

/** The shrinkage weight of a slice with n records. */
export function ownWeight(n: number): number {
  return n / (n + PRIOR_RECORDS);
}

/**
 * Resolves a chain [requested, parent, grandparent...] of summaries to one answer. Null when no level
 * of the chain has MIN_RECORDS records.
 */
export function resolve(chain: readonly ScopedSummary[]): Resolved | null {
  const [own, ...ancestors] = chain;
  if (!own) return null;
  if (own.summary && (own.summary.n >= TRUST_FROM || ancestors.length === 0)) {
    return { scope: own.scope, summary: own.summary, fallback: null };
  }
  const parent =
    ancestors.find((a) => a.summary && a.summary.n >= TRUST_FROM) ??
    ancestors.find((a) => a.summary !== null);
  if (!parent?.summary)
    return own.summary ? { scope: own.scope, summary: own.summary, fallback: null } : null;
  if (!own.summary) {
    return {
      scope: parent.scope,
      summary: parent.summary,
      fallback: {
        kind: 'replaced',
        from: own.scope,
        to: parent.scope,
        ownN: 0,
        parentN: parent.summary.n,
        weight: 0,
      },
    };
  }
  const w = ownWeight(own.summary.n);
  return {
    scope: own.scope,
    summary: shrink(own.summary, parent.summary, w),
    fallback: {
      kind: 'shrunk',
      from: own.scope,
      to: parent.scope,
      ownN: own.summary.n,
      parentN: parent.summary.n,
      weight: w,
    },
  };
}
