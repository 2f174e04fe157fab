// The salary index follows the database by itself: a trigger NOTIFYs salary_changes when records are
// written (by an import in another process, say), and every process rebuilds.
import { afterEach, describe, expect, it } from 'vitest';
import { setupTestApp } from '../../../test/support/context.js';
import type { SalaryBenchmarkResponse } from '../../contracts/salaries.js';
import { seedSyntheticSalaries } from './salaries-demo.js';

const ctx = setupTestApp();

async function demoCount(): Promise<number> {
  const response = await ctx.client().get('/api/salaries/benchmark');
  return response.json<SalaryBenchmarkResponse>().sources.demo;
}

describe('salary index freshness', () => {
  afterEach(() => ctx.app.salaryIndexes.stop());

  it('rebuilds after records are written, without being asked', async () => {
    await ctx.app.salaryIndexes.refresh();
    await ctx.app.salaryIndexes.start();
    expect(await demoCount()).toBe(0);
    await seedSyntheticSalaries(ctx.database.db, { seed: 5, count: 500 });
    const deadline = Date.now() + 5_000;
    let seen = 0;
    while (Date.now() < deadline && seen !== 500) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      seen = await demoCount();
    }
    expect(seen).toBe(500);
  });
});
