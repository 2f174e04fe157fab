// The real aijobs file (../shared/data, CC0) imported through the product, then several slices read
// through the API and checked against a plain computation written here: parse, de-duplicate, filter,
// sort, apply the documented fences, interpolate.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { setupTestApp } from '../../../test/support/context.js';
import { plainFenced, plainPercentile } from '../../../test/support/plain-salary-stats.js';
import { sharedDataDir } from '../../config/paths.js';
import type { SalaryBenchmarkResponse } from '../../contracts/salaries.js';
import { importSalaryFile } from './salaries-import.service.js';

const dataDir = sharedDataDir();
const realFile = dataDir && path.join(dataDir, 'salaries-aijobs', 'salaries.csv');
const ctx = setupTestApp();

type Row = Record<string, string>;
const LEVEL: Record<string, string> = { EN: 'junior', MI: 'mid', SE: 'senior', EX: 'staff' };

describe.skipIf(!realFile)('salary statistics on the real aijobs file', () => {
  let distinct: Row[] = [];

  beforeAll(async () => {
    const file = realFile as string;
    const rows = parse(readFileSync(file), { columns: true, skip_empty_lines: true }) as Row[];
    const seen = new Set<string>();
    distinct = rows.filter((r) => {
      const key = JSON.stringify(r);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  }, 60_000);

  async function importOnce(): Promise<void> {
    const [row] = await ctx.database.query<{ n: number }>('select count(*)::int as n from salary_records');
    if ((row?.n ?? 0) > 0) return;
    await importSalaryFile(ctx.database, realFile as string);
    await ctx.app.salaryIndexes.refresh();
  }

  async function check(query: Record<string, string>, expectedValues: number[]): Promise<void> {
    await importOnce();
    const response = await ctx.client().get(`/api/salaries/benchmark?${new URLSearchParams(query)}`);
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json<SalaryBenchmarkResponse>();
    const kept = plainFenced(expectedValues);
    expect(kept.length).toBeGreaterThanOrEqual(30);
    expect(body.benchmark.fallback).toBeNull();
    expect(body.benchmark.stats?.n).toBe(kept.length);
    expect(body.benchmark.stats?.outliersRemoved).toBe(expectedValues.length - kept.length);
    for (const [key, p] of [
      ['p10', 0.1],
      ['p25', 0.25],
      ['p50', 0.5],
      ['p75', 0.75],
      ['p90', 0.9],
    ] as const) {
      expect(body.benchmark.stats?.[key], `${key} of ${JSON.stringify(query)}`).toBe(
        Math.round(plainPercentile(kept, p)),
      );
    }
    const mean = kept.reduce((a, b) => a + b, 0) / kept.length;
    expect(body.benchmark.stats?.mean).toBe(Math.round(mean));
  }

  const usd = (rows: Row[]) => rows.map((r) => Number(r.salary_in_usd));

  it('senior, employers in the United States', async () => {
    await check(
      { level: 'senior', country: 'US' },
      usd(
        distinct.filter((r) => LEVEL[r.experience_level ?? ''] === 'senior' && r.company_location === 'US'),
      ),
    );
  }, 60_000);

  it('junior, employers in the United Kingdom, 2024', async () => {
    await check(
      { level: 'junior', country: 'GB', year: '2024' },
      usd(
        distinct.filter(
          (r) => r.experience_level === 'EN' && r.company_location === 'GB' && r.work_year === '2024',
        ),
      ),
    );
  }, 60_000);

  it('every level, employers in the EU, 2023', async () => {
    const eu = new Set(
      'AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE'.split(' '),
    );
    await check(
      { region: 'EU', year: '2023' },
      usd(distinct.filter((r) => eu.has(r.company_location ?? '') && r.work_year === '2023')),
    );
  }, 60_000);

  it('machine learning engineers (as the importer mapped titles), mid level, worldwide', async () => {
    await importOnce();
    const rows = await ctx.database.query<{ usd: number }>(
      "select total_usd as usd from salary_records where role_family = 'ml_engineer' and level = 'mid'",
    );
    await check(
      { roleFamily: 'ml_engineer', level: 'mid' },
      rows.map((r) => Number(r.usd)),
    );
  }, 60_000);

  it('the staff level is flagged approximate where it comes from "executive"', async () => {
    await importOnce();
    const response = await ctx.client().get('/api/salaries/benchmark?level=staff');
    expect(response.json<SalaryBenchmarkResponse>().benchmark.levelApproximate).toBe(true);
    const senior = await ctx.client().get('/api/salaries/benchmark?level=senior');
    expect(senior.json<SalaryBenchmarkResponse>().benchmark.levelApproximate).toBe(false);
  }, 60_000);
});
