import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rngFor } from '../../demo/random.js';
import { type GeoScope, ownWeight, resolve, type ScopedSummary } from './fallback.js';
import { medianInterval } from './median-interval.js';
import { MIN_FOR_FENCES, withinFences } from './outliers.js';
import { percentRank, quantileOf } from './quantile.js';
import { summarise } from './summary.js';

const ascending = (xs: number[]) => [...xs].sort((a, b) => a - b);
const atOf = (xs: number[]) => (i: number) => xs[i] as number;

describe('quantile (type 7)', () => {
  it('matches the textbook examples', () => {
    // NumPy: np.percentile([1, 2, 3, 4], [25, 50, 90]) -> 1.75, 2.5, 3.7
    expect(quantileOf([1, 2, 3, 4], 0.25)).toBeCloseTo(1.75);
    expect(quantileOf([1, 2, 3, 4], 0.5)).toBeCloseTo(2.5);
    expect(quantileOf([1, 2, 3, 4], 0.9)).toBeCloseTo(3.7);
    expect(quantileOf([7], 0.9)).toBe(7);
  });

  it('percentRank inverts the quantile inside the range', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1, max: 1_000_000 }), { minLength: 2, maxLength: 60 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (raw, p) => {
          const xs = ascending(raw);
          const q = quantileOf(xs, p);
          expect(percentRank(atOf(xs), xs.length, q) / 100).toBeCloseTo(p, 6);
        },
      ),
    );
  });
});

describe('outlier fences', () => {
  it('keep small groups whole and drop a monthly figure entered as annual', () => {
    const small = ascending([10, 100_000, 120_000]);
    expect(withinFences(atOf(small), small.length)).toEqual({ from: 0, to: 3 });
    const group = ascending([
      9_000,
      ...Array.from({ length: MIN_FOR_FENCES + 10 }, (_, i) => 100_000 + i * 2_000),
    ]);
    const kept = withinFences(atOf(group), group.length);
    expect(kept).toEqual({ from: 1, to: group.length });
  });

  it('keep a top earner at four times the median of a wide group', () => {
    const group = ascending([...Array.from({ length: 40 }, (_, i) => 60_000 + i * 4_000), 4 * 140_000]);
    expect(withinFences(atOf(group), group.length).to).toBe(group.length);
  });
});

describe('median interval (closed-form bootstrap)', () => {
  /** A plain Monte Carlo bootstrap of the lower median, for comparison. */
  function monteCarlo(xs: number[], resamples: number, seed: number): [number, number] {
    const rng = rngFor(seed, 'bootstrap', 0);
    const next = () => rng.float();
    const medians: number[] = [];
    const m = Math.ceil(xs.length / 2);
    for (let b = 0; b < resamples; b++) {
      const sample = ascending(
        Array.from({ length: xs.length }, () => xs[Math.floor(next() * xs.length)] as number),
      );
      medians.push(sample[m - 1] as number);
    }
    const sorted = ascending(medians);
    return [
      sorted[Math.floor(0.025 * resamples)] as number,
      sorted[Math.ceil(0.975 * resamples) - 1] as number,
    ];
  }

  it.each([11, 40, 150, 400])('agrees with a Monte Carlo bootstrap on %i values', (n) => {
    const xs = Array.from({ length: n }, (_, i) => 50_000 + i * 1_000);
    const exact = medianInterval(atOf(xs), n);
    const [low, high] = monteCarlo(xs, 4000, n);
    // Within a couple of ranks (1,000 apart) of the simulated percentiles.
    expect(Math.abs(exact.low - low)).toBeLessThanOrEqual(2_000);
    expect(Math.abs(exact.high - high)).toBeLessThanOrEqual(2_000);
    expect(exact.level).toBe(0.95);
  });

  it('always contains the median and stays inside the data', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 10_000_000 }), { minLength: 1, maxLength: 500 }),
        (raw) => {
          const xs = ascending(raw);
          const ci = medianInterval(atOf(xs), xs.length);
          const lowerMedian = xs[Math.ceil(xs.length / 2) - 1] as number;
          expect(ci.low).toBeLessThanOrEqual(lowerMedian);
          expect(ci.high).toBeGreaterThanOrEqual(lowerMedian);
          expect(ci.low).toBeGreaterThanOrEqual(xs[0] as number);
          expect(ci.high).toBeLessThanOrEqual(xs[xs.length - 1] as number);
        },
      ),
    );
  });
});

describe('summary and fallback', () => {
  const scope = (kind: 'country' | 'region' | 'global'): GeoScope =>
    kind === 'country' ? { kind, country: 'KW' } : kind === 'region' ? { kind, region: 'GCC' } : { kind };
  const level = (kind: 'country' | 'region' | 'global', values: number[]): ScopedSummary => {
    const xs = ascending(values);
    return { scope: scope(kind), summary: summarise(atOf(xs), xs.length), records: xs.length };
  };
  const many = (n: number, base: number) => Array.from({ length: n }, (_, i) => base + i * 100);

  it('publishes nothing under five records', () => {
    expect(summarise(atOf([1, 2, 3, 4]), 4)).toBeNull();
    expect(summarise(atOf([1, 2, 3, 4, 5]), 5)?.p50).toBe(3);
  });

  it('answers from the slice itself from 30 records', () => {
    const r = resolve([level('country', many(30, 100_000)), level('region', many(300, 50_000))]);
    expect(r?.fallback).toBeNull();
    expect(r?.summary.p50).toBe(quantileOf(many(30, 100_000), 0.5));
  });

  it('shrinks a thin slice toward the nearest well-populated ancestor with weight n/(n+10)', () => {
    const own = many(10, 100_000);
    const parent = many(300, 50_000);
    const r = resolve([level('country', own), level('region', parent), level('global', many(900, 10_000))]);
    const w = ownWeight(10);
    expect(w).toBeCloseTo(0.5);
    expect(r?.fallback).toMatchObject({ kind: 'shrunk', to: scope('region'), ownN: 10, parentN: 300 });
    expect(r?.summary.p50).toBeCloseTo(w * quantileOf(own, 0.5) + (1 - w) * quantileOf(parent, 0.5));
  });

  it('replaces a slice under five records by the parent, skipping a thin region for global', () => {
    const r = resolve([
      level('country', many(3, 1)),
      level('region', many(12, 5)),
      level('global', many(50, 9)),
    ]);
    expect(r?.fallback).toMatchObject({
      kind: 'replaced',
      from: scope('country'),
      to: scope('global'),
      weight: 0,
    });
    expect(r?.scope).toEqual(scope('global'));
  });

  it('is null when no level has five records', () => {
    expect(resolve([level('country', []), level('global', many(4, 1))])).toBeNull();
  });
});
