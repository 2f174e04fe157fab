import { beforeEach, describe, expect, it } from 'vitest';
import { setupTestApp } from '../../../test/support/context.js';
import { plainFenced, plainPercentile } from '../../../test/support/plain-salary-stats.js';
import type {
  SalaryBenchmarkResponse,
  SalaryLevelsResponse,
  SalaryOfferResponse,
  SalaryPremiumsResponse,
  SalaryReferenceResponse,
  SalaryRegionsResponse,
} from '../../contracts/salaries.js';
import { syntheticSalaryRecord } from '../../core/salary/generate.js';
import type { SalaryRecord } from '../../core/salary/types.js';
import { seedSyntheticSalaries } from './salaries-demo.js';
import { insertImport, insertRecords } from './salaries-import.repository.js';

const ctx = setupTestApp();

async function storeRecords(records: SalaryRecord[], label: string): Promise<void> {
  const db = ctx.database.db;
  const id = await insertImport(db, {
    format: 'aijobs',
    fileName: label,
    fileSha256: label.padEnd(64, '0'),
    rowsRead: records.length,
    rowsImported: records.length,
    duplicates: 0,
    rowsSkipped: 0,
    skipReport: {},
  });
  await insertRecords(db, id ?? '', records);
}

function record(overrides: Partial<SalaryRecord>): SalaryRecord {
  return { ...syntheticSalaryRecord(7, 0), source: 'import', skills: [], ...overrides };
}

async function get<T>(path: string): Promise<T> {
  const response = await ctx.client().get(path);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<T>();
}

describe('salary benchmarks', () => {
  beforeEach(async () => {
    await seedSyntheticSalaries(ctx.database.db, { seed: 11, count: 6000 });
    await ctx.app.salaryIndexes.refresh();
  });

  it('answers a slice with the percentiles a plain sort-and-interpolate gives on the stored rows', async () => {
    const body = await get<SalaryBenchmarkResponse>(
      '/api/salaries/benchmark?roleFamily=ml_engineer&level=senior&region=GCC',
    );
    const rows = await ctx.database.query<{ usd: number }>(
      "select total_usd as usd from salary_records where role_family = 'ml_engineer' and level = 'senior' and region = 'GCC'",
    );
    const kept = plainFenced(rows.map((r) => Number(r.usd)));
    const stats = body.benchmark.stats;
    expect(stats).not.toBeNull();
    expect(stats?.n).toBe(kept.length);
    for (const [key, p] of [
      ['p10', 0.1],
      ['p25', 0.25],
      ['p50', 0.5],
      ['p75', 0.75],
      ['p90', 0.9],
    ] as const) {
      expect(stats?.[key]).toBe(Math.round(plainPercentile(kept, p)));
    }
    expect(stats?.medianInterval.low).toBeLessThanOrEqual(stats?.p50 ?? 0);
    expect(stats?.medianInterval.high).toBeGreaterThanOrEqual(stats?.p50 ?? 0);
    expect(body.benchmark.fallback).toBeNull();
    expect(body.sources.demo).toBe(6000);
  });

  it('converts to the requested currency and shows the rate with its date', async () => {
    const usd = await get<SalaryBenchmarkResponse>(
      '/api/salaries/benchmark?roleFamily=ml_engineer&country=AE',
    );
    const aed = await get<SalaryBenchmarkResponse>(
      '/api/salaries/benchmark?roleFamily=ml_engineer&country=AE&currency=AED',
    );
    expect(aed.benchmark.fx).toMatchObject({
      currency: 'AED',
      ratePerUsd: 3.6725,
      source: 'peg',
      asOf: '1997-11-01',
    });
    expect(aed.benchmark.stats?.p50).toBeCloseTo((usd.benchmark.stats?.p50 ?? 0) * 3.6725, -1);
  });

  it('falls back from a thin country to its region, shrinking when it has some records', async () => {
    // Kuwait: no demo records. Three imported ones replace nothing (under 5); twelve are shrunk.
    await storeRecords(
      Array.from({ length: 3 }, (_, i) =>
        record({
          country: 'KW',
          region: 'GCC',
          roleFamily: 'ml_engineer',
          level: 'senior',
          totalUsd: 150_000 + i,
        }),
      ),
      'three',
    );
    await ctx.app.salaryIndexes.refresh();
    const replaced = await get<SalaryBenchmarkResponse>(
      '/api/salaries/benchmark?roleFamily=ml_engineer&level=senior&country=KW',
    );
    expect(replaced.benchmark.fallback).toMatchObject({
      kind: 'replaced',
      from: { kind: 'country', country: 'KW' },
    });
    expect(replaced.benchmark.fallback?.to).toEqual({ kind: 'region', region: 'GCC' });
    expect(replaced.benchmark.scope).toEqual({ kind: 'region', region: 'GCC' });
    expect(replaced.benchmark.chain[0]).toEqual({ scope: { kind: 'country', country: 'KW' }, n: 3 });

    await storeRecords(
      Array.from({ length: 9 }, (_, i) =>
        record({
          country: 'KW',
          region: 'GCC',
          roleFamily: 'ml_engineer',
          level: 'senior',
          totalUsd: 90_000 + i,
        }),
      ),
      'nine',
    );
    await ctx.app.salaryIndexes.refresh();
    const shrunk = await get<SalaryBenchmarkResponse>(
      '/api/salaries/benchmark?roleFamily=ml_engineer&level=senior&country=KW',
    );
    const gcc = await get<SalaryBenchmarkResponse>(
      '/api/salaries/benchmark?roleFamily=ml_engineer&level=senior&region=GCC',
    );
    const f = shrunk.benchmark.fallback;
    expect(f).toMatchObject({ kind: 'shrunk', ownN: 12, weight: 12 / 22 });
    // The blend lies between Kuwait's own median (about 90k) and the region's.
    expect(shrunk.benchmark.stats?.p50).toBeLessThan(gcc.benchmark.stats?.p50 ?? 0);
    expect(shrunk.benchmark.stats?.p50).toBeGreaterThan(90_010);
  });

  it('publishes nothing from fewer than five records anywhere in the chain', async () => {
    const body = await get<SalaryBenchmarkResponse>(
      '/api/salaries/benchmark?roleFamily=ml_engineer&level=senior&country=AE&basis=posted_bands',
    );
    expect(body.benchmark.stats).toBeNull();
    expect(body.benchmark.reason).toBe('too_few_records');
  });

  it('gives a distribution per level and per region', async () => {
    const levels = await get<SalaryLevelsResponse>('/api/salaries/levels?roleFamily=ml_engineer&region=GCC');
    expect(levels.levels.map((l) => l.level)).toEqual(['junior', 'mid', 'senior', 'staff']);
    const medians = levels.levels.map((l) => l.benchmark.stats?.p50 ?? 0);
    expect([...medians].sort((a, b) => a - b)).toEqual(medians);
    const regions = await get<SalaryRegionsResponse>(
      '/api/salaries/regions?roleFamily=ml_engineer&level=mid',
    );
    expect(regions.regions.map((r) => r.region)).toEqual(['GCC', 'EU', 'NA', 'SOUTH_ASIA', 'global']);
  });

  it('measures skill premiums within role family and level, beside the guide with its source', async () => {
    const body = await get<SalaryPremiumsResponse>('/api/salaries/premiums');
    expect(body.reference.source.id).toBe('ml-career-guide-2026');
    expect(body.reference.rows.map((r) => r.fraction)).toEqual([0.1, 0.15, 0.2, 0.25]);
    const mlops = body.measured.find((m) => m.skill === 'mlops');
    // The synthetic records pay MLOps 12% more: the estimate is significant and within about three
    // standard errors (1.5 interval widths) of the truth.
    expect(mlops?.sufficient).toBe(true);
    const { low = 0, high = 0 } = mlops?.interval ?? {};
    expect(low).toBeGreaterThan(0);
    expect(Math.abs((mlops?.premium ?? 0) - 0.12)).toBeLessThan(1.5 * (high - low));
    const thin = await get<SalaryPremiumsResponse>(
      '/api/salaries/premiums?roleFamily=ml_architect&level=staff&country=QA',
    );
    expect(thin.measured.every((m) => !m.sufficient || (m.nWith >= 30 && m.nWithout >= 30))).toBe(true);
    expect(thin.measured.some((m) => !m.sufficient && m.premium === null)).toBe(true);
  });

  it("serves the guide's table as a labelled reference, converted", async () => {
    const body = await get<SalaryReferenceResponse>('/api/salaries/reference?currency=SAR');
    expect(body.source.year).toBe(2026);
    expect(body.rows[0]?.global).toEqual({ min: Math.round(95_000 * 3.75), max: Math.round(130_000 * 3.75) });
    expect(body.fx.currency).toBe('SAR');
  });

  it('computes a Gulf offer and places it in the benchmark', async () => {
    const response = await ctx.client().post('/api/salaries/offer', {
      country: 'AE',
      currency: 'AED',
      monthly: { basic: 40_000, housing: 15_000, transport: 3_000 },
      annual: { flightTicket: 3_000, peopleCovered: 3, tripsPerYear: 1 },
      roleFamily: 'ml_engineer',
      level: 'senior',
    });
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json<SalaryOfferResponse>();
    expect(body.breakdown.totals.annualCash).toBe((40_000 + 15_000 + 3_000) * 12 + 9_000);
    expect(body.placement?.comparedUsd).toBeCloseTo(body.breakdown.totals.annualCash / 3.6725, 0);
    const rows = await ctx.database.query<{ usd: number }>(
      "select total_usd as usd from salary_records where role_family = 'ml_engineer' and level = 'senior' and country = 'AE'",
    );
    const kept = rows.map((r) => Number(r.usd)).sort((a, b) => a - b);
    const below = kept.filter((v) => v <= (body.placement?.comparedUsd ?? 0)).length;
    // The interpolated rank sits within one record of the plain share of records below the offer.
    expect(body.placement?.percentile).toBeGreaterThanOrEqual(((below - 1) / (kept.length - 1)) * 100 - 0.1);
    expect(body.placement?.percentile).toBeLessThanOrEqual((below / (kept.length - 1)) * 100 + 0.1);
  });
});

describe('salary bad input', () => {
  it.each([
    ['/api/salaries/benchmark?skill=not-a-skill', 'skill', 'unknown_skill'],
    ['/api/salaries/benchmark?country=AE&region=GCC', 'region', undefined],
    ['/api/salaries/benchmark?currency=XYZ', 'currency', undefined],
    ['/api/salaries/benchmark?level=principal', 'level', undefined],
    ['/api/salaries/benchmark?year=1999', 'year', undefined],
    ['/api/salaries/levels?level=senior', 'level', undefined],
    ['/api/salaries/regions?country=AE', 'country', undefined],
    ['/api/salaries/benchmark?pageSize=1000000', 'pageSize', 'unknown_field'],
  ])('%s is refused on its field', async (path, field, code) => {
    const response = await ctx.client().get(path);
    expect(response.statusCode).toBeGreaterThanOrEqual(400);
    expect(response.statusCode).toBeLessThan(500);
    expect(response.headers['content-type']).toContain('application/problem+json');
    const errors = response.json<{ errors: Array<{ path: string; code?: string }> }>().errors;
    expect(errors.map((e) => e.path)).toContain(`querystring.${field}`);
    if (code) expect(errors.find((e) => e.path === `querystring.${field}`)?.code).toBe(code);
  });

  it('refuses an absurd offer on its field', async () => {
    const response = await ctx.client().post('/api/salaries/offer', {
      country: 'AE',
      currency: 'AED',
      monthly: { basic: 1e12 },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json<{ errors: Array<{ path: string }> }>().errors[0]?.path).toBe('monthly.basic');
  });
});
