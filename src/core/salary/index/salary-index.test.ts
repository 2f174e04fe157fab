import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Region } from '../../../contracts/positions.js';
import type { Level } from '../../../contracts/profile.js';
import type { SalaryRoleFamily } from '../../../contracts/salaries.js';
import { regionOfCountry } from '../../positions/regions.js';
import type { GeoScope } from '../stats/fallback.js';
import { withinFences } from '../stats/outliers.js';
import { quantileOf } from '../stats/quantile.js';
import { type IndexableRecord, SalaryIndex, type SliceQuery } from './salary-index.js';

const FAMILIES: SalaryRoleFamily[] = ['ml_engineer', 'data_scientist', 'mlops_engineer'];
const LEVELS: Level[] = ['junior', 'senior', 'staff'];
const COUNTRIES = ['AE', 'SA', 'US', 'DE', 'SG'];
const SKILLS = ['mlops', 'pytorch', 'large-language-models'];
const YEARS = [2023, 2024, 2025];

const record = fc.record({
  roleFamily: fc.constantFrom(...FAMILIES),
  level: fc.constantFrom(...LEVELS),
  country: fc.constantFrom(...COUNTRIES),
  year: fc.constantFrom(...YEARS),
  // Whole dollars with many ties, and the odd absurd value for the fences to catch.
  totalUsd: fc.oneof(
    { weight: 20, arbitrary: fc.integer({ min: 20, max: 40 }).map((k) => k * 5_000) },
    { weight: 1, arbitrary: fc.constantFrom(900, 9_000_000) },
  ),
  skills: fc.subarray(SKILLS),
});

const query = fc.record({
  roleFamily: fc.option(fc.constantFrom(...FAMILIES), { nil: undefined }),
  level: fc.option(fc.constantFrom(...LEVELS), { nil: undefined }),
  geo: fc.constantFrom<GeoScope>(
    { kind: 'global' },
    { kind: 'region', region: 'GCC' },
    { kind: 'region', region: 'NA' },
    ...COUNTRIES.map((country) => ({ kind: 'country' as const, country })),
  ),
  skill: fc.option(fc.constantFrom(...SKILLS, 'rust'), { nil: undefined }),
  year: fc.option(fc.constantFrom(...YEARS), { nil: undefined }),
});

function toRecords(raw: Array<Omit<IndexableRecord, 'source' | 'region'>>): IndexableRecord[] {
  return raw.map((r) => ({ ...r, source: 'import', region: regionOfCountry(r.country) as Region | null }));
}

/** The slice the plain way: filter, sort, fence, interpolate. */
function plain(records: IndexableRecord[], q: SliceQuery, scope: GeoScope) {
  const values = records
    .filter(
      (r) =>
        (q.roleFamily === undefined || r.roleFamily === q.roleFamily) &&
        (q.level === undefined || r.level === q.level) &&
        (q.year === undefined || r.year === q.year) &&
        (q.skill === undefined || r.skills.includes(q.skill)) &&
        (scope.kind === 'global' ||
          (scope.kind === 'country' && r.country === scope.country) ||
          (scope.kind === 'region' && r.region === scope.region)),
    )
    .map((r) => r.totalUsd)
    .sort((a, b) => a - b);
  const kept = withinFences((i) => values[i] as number, values.length);
  const sorted = values.slice(kept.from, kept.to);
  if (sorted.length < 5) return null;
  return {
    n: sorted.length,
    p10: quantileOf(sorted, 0.1),
    p50: quantileOf(sorted, 0.5),
    p90: quantileOf(sorted, 0.9),
    mean: sorted.reduce((a, b) => a + b, 0) / sorted.length,
  };
}

describe('SalaryIndex', () => {
  it('answers every slice, predefined or ad hoc, as a plain filter-and-sort does', () => {
    fc.assert(
      fc.property(
        fc.array(record, { maxLength: 400 }),
        fc.array(query, { minLength: 1, maxLength: 8 }),
        (raw, qs) => {
          const records = toRecords(raw);
          const index = SalaryIndex.build(records);
          for (const { geo, ...q } of qs) {
            const expected = plain(records, q, geo);
            const actual = index.summary(q, geo);
            if (expected === null) {
              expect(actual).toBeNull();
              continue;
            }
            expect(actual?.n).toBe(expected.n);
            expect(actual?.p10).toBeCloseTo(expected.p10, 6);
            expect(actual?.p50).toBeCloseTo(expected.p50, 6);
            expect(actual?.p90).toBeCloseTo(expected.p90, 6);
            expect(actual?.mean).toBeCloseTo(expected.mean, 4);
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('counts sources and years, and lists common skills first', () => {
    const records = toRecords([
      {
        roleFamily: 'ml_engineer',
        level: 'senior',
        country: 'AE',
        year: 2024,
        totalUsd: 1,
        skills: ['mlops'],
      },
      {
        roleFamily: 'ml_engineer',
        level: 'senior',
        country: 'AE',
        year: 2026,
        totalUsd: 2,
        skills: ['mlops', 'rag'],
      },
    ]);
    const index = SalaryIndex.build(records);
    expect(index.sourceCounts.import).toBe(2);
    expect(index.years).toEqual({ min: 2024, max: 2026 });
    expect(index.skillsWithAtLeast(1)).toEqual(['mlops', 'rag']);
  });

  it('refuses a record it cannot index rather than mis-filing it', () => {
    const bad = toRecords([
      { roleFamily: 'ml_engineer', level: 'senior', country: 'AE', year: 2024, totalUsd: 0, skills: [] },
    ]);
    expect(() => SalaryIndex.build(bad)).toThrow(RangeError);
  });
});
