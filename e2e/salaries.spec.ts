import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import type {
  SalaryBenchmarkResponse,
  SalaryLevelsResponse,
  SalaryOfferResponse,
} from '../src/contracts/salaries.js';
import { seedSyntheticSalaries } from '../src/modules/salaries/salaries-demo.js';
import { callApi } from './support/accounts.js';
import {
  type E2eBrowser,
  expectAccessible,
  launchBrowser,
  screenshotFromTop,
  visible,
} from './support/browser.js';
import { type E2eServer, startE2eServer } from './support/server.js';

const ar = JSON.parse(readFileSync(new URL('../web/src/i18n/ar.json', import.meta.url), 'utf8'));

/** Screenshots for people to look at, outside the repository. */
const SHOTS = '/tmp/shots-salaries';

/** The offer the visitor types, and the same offer as the API takes it. */
const offer = { basic: 30_000, housing: 10_000, transport: 2_000, ticket: 2_500, people: 3 };
const offerBody = {
  country: 'AE',
  currency: 'AED',
  monthly: { basic: offer.basic, housing: offer.housing, transport: offer.transport },
  annual: { flightTicket: offer.ticket, peopleCovered: offer.people, tripsPerYear: 1 },
  yearsOfService: 1,
  separation: 'employer_ended',
  roleFamily: 'ml_engineer',
  level: 'senior',
};

/** The whole number a formatted amount shows ("AED 756,045" is 756045). */
function amountOf(text: string | null): number {
  return Number((text ?? '').replace(/[^\d]/g, ''));
}

/** "62nd": the English ordinal the page uses. */
function ordinal(n: number): string {
  const suffix = { one: 'st', two: 'nd', few: 'rd', other: 'th' } as const;
  const rule = new Intl.PluralRules('en', { type: 'ordinal' }).select(n);
  return `${n}${suffix[rule as keyof typeof suffix] ?? 'th'}`;
}

const shoot = (page: Page, name: string) => screenshotFromTop(page, name, SHOTS);

describe('a visitor benchmarks senior ML engineers in the UAE and prices a Gulf offer', () => {
  let server: E2eServer;
  let browser: E2eBrowser;

  beforeAll(async () => {
    server = await startE2eServer();
    // The demo seed's synthetic records, written before the first salary question builds the index.
    await seedSyntheticSalaries(server.database.db, { seed: 2026, count: 20_000 });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('picks the slice and reads the level chart table, whose figures are the API’s', async () => {
    const { page } = browser;
    onTestFailed(async () => shoot(page, 'failure-slice'));
    await page.goto(server.url);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Salaries' }).click();
    await page.waitForURL('**/salaries');
    await visible(page.getByRole('heading', { name: 'Salaries', level: 1 }));

    const filters = page.getByRole('region', { name: 'Filters' });
    await filters.getByLabel('Role family', { exact: true }).selectOption({ label: 'ML engineer' });
    await filters.getByLabel('Level', { exact: true }).selectOption({ label: 'Senior' });
    await filters.getByLabel('Country or region').selectOption({ label: 'United Arab Emirates' });
    await expect
      .poll(() => new URL(page.url()).search)
      .toBe('?roleFamily=ml_engineer&level=senior&country=AE');

    const levels = await callApi<SalaryLevelsResponse>(
      page,
      'GET',
      '/api/salaries/levels?roleFamily=ml_engineer&country=AE',
    );
    expect(levels.status).toBe(200);
    const table = page.getByRole('table', { name: 'Annual pay by level, United Arab Emirates, in USD' });
    await visible(table);
    for (const { level, benchmark } of levels.body.levels) {
      const stats = benchmark.stats;
      expect(stats, `${level} has figures`).not.toBeNull();
      if (!stats) continue;
      const row = table.locator(`tr[data-row="${level}"]`);
      for (const stat of ['n', 'p10', 'p25', 'p50', 'p75', 'p90'] as const) {
        const shown = amountOf(await row.locator(`[data-stat="${stat}"]`).textContent());
        expect(shown, `${level} ${stat}`).toBe(Math.round(stats[stat]));
      }
    }
    const senior = levels.body.levels.find((l) => l.level === 'senior')?.benchmark.stats;
    expect(senior?.n).toBeGreaterThanOrEqual(30);

    // The headline is the same slice's benchmark.
    const slice = await callApi<SalaryBenchmarkResponse>(
      page,
      'GET',
      '/api/salaries/benchmark?roleFamily=ml_engineer&level=senior&country=AE',
    );
    const median = page.locator('.salary-headline__median');
    await visible(median);
    expect(amountOf(await median.textContent())).toBe(Math.round(slice.body.benchmark.stats?.p50 ?? -1));
    await visible(
      page.getByText(`Includes ${slice.body.sources.demo.toLocaleString('en')} synthetic demo records.`),
    );
    await visible(page.getByRole('heading', { name: 'Published reference, ML career guide 2026' }));
    await expectAccessible(page, 'salaries');
  });

  it('enters an offer with housing and flights and sees its total and percentile', async () => {
    const { page } = browser;
    onTestFailed(async () => shoot(page, 'failure-offer'));
    const calculator = page.getByRole('region', { name: 'Gulf offer calculator' });
    // The calculator follows the page's slice: the UAE, ML engineer, senior.
    expect(await calculator.getByLabel('Country', { exact: true }).inputValue()).toBe('AE');
    expect(await calculator.getByLabel('Role family (to place the offer)').inputValue()).toBe('ml_engineer');
    expect(await calculator.getByLabel('Level (to place the offer)').inputValue()).toBe('senior');

    await calculator.getByLabel('Basic salary').fill(String(offer.basic));
    await calculator.getByLabel('Housing allowance').fill(String(offer.housing));
    await calculator.getByLabel('Transport allowance').fill(String(offer.transport));
    await calculator.getByLabel('Return ticket price').fill(String(offer.ticket));
    await calculator.getByLabel('People covered').fill(String(offer.people));
    await calculator.getByRole('button', { name: 'Calculate' }).click();

    const result = calculator.getByRole('region', {
      name: 'What this offer is worth in United Arab Emirates',
    });
    await visible(result);
    const expected = await callApi<SalaryOfferResponse>(page, 'POST', '/api/salaries/offer', offerBody);
    expect(expected.status, JSON.stringify(expected.body)).toBe(200);
    const { breakdown, placement } = expected.body;
    expect(breakdown.lines.find((l) => l.item === 'flights')?.annual).toBe(offer.ticket * offer.people);
    expect(amountOf(await result.locator('[data-total="annualWithGratuity"]').textContent())).toBe(
      Math.round(breakdown.totals.annualWithGratuity),
    );
    expect(amountOf(await result.locator('[data-total="annualCash"]').textContent())).toBe(
      Math.round(breakdown.totals.annualCash),
    );
    expect(placement).not.toBeNull();
    const percentile = Math.round(placement?.percentile ?? -1);
    await visible(
      result.getByText(
        `This offer is at the ${ordinal(percentile)} percentile for senior ML engineers in United Arab Emirates.`,
      ),
    );
    await visible(result.getByText(breakdown.gratuity.citation));
    await expectAccessible(page, 'salaries-offer');
    await shoot(page, 'salaries-en-desktop');
    await page.setViewportSize({ width: 390, height: 844 });
    await shoot(page, 'salaries-en-phone');
    await page.setViewportSize({ width: 1280, height: 860 });
  });

  it('a missing basic salary is named on its field', async () => {
    const { page } = browser;
    const calculator = page.getByRole('region', { name: 'Gulf offer calculator' });
    await calculator.getByLabel('Basic salary').fill('');
    await calculator.getByRole('button', { name: 'Calculate' }).click();
    const basic = calculator.getByLabel('Basic salary');
    await expect.poll(() => basic.getAttribute('aria-invalid')).toBe('true');
    await calculator.getByLabel('Basic salary').fill(String(offer.basic));
    await calculator.getByRole('button', { name: 'Calculate' }).click();
    await expect.poll(() => basic.getAttribute('aria-invalid')).toBe(null);
  });

  it('a problem+json field error from the API is shown on its field', async () => {
    const { page } = browser;
    // The form checks the shared contract first, so the API's own refusal is simulated once.
    await page.route(
      '**/api/salaries/offer',
      (route) =>
        route.fulfill({
          status: 400,
          contentType: 'application/problem+json',
          body: JSON.stringify({
            type: 'about:blank',
            title: 'Validation failed',
            status: 400,
            code: 'validation_failed',
            errors: [{ path: 'monthly.housing', message: 'Housing is more than the law allows here' }],
          }),
        }),
      { times: 1 },
    );
    const calculator = page.getByRole('region', { name: 'Gulf offer calculator' });
    await calculator.getByRole('button', { name: 'Calculate' }).click();
    const housing = calculator.getByLabel('Housing allowance');
    await expect.poll(() => housing.getAttribute('aria-invalid')).toBe('true');
    await visible(calculator.getByText('Housing is more than the law allows here'));
    await page.unroute('**/api/salaries/offer');
  });

  it('reads right to left in Arabic, amounts included', async () => {
    const { page } = browser;
    onTestFailed(async () => shoot(page, 'failure-ar'));
    await page.getByRole('button', { name: 'العربية' }).click();
    await expect.poll(() => page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await visible(page.getByRole('heading', { name: ar.salaries.title, level: 1 }));
    await visible(page.getByRole('heading', { name: ar.salaries.levels.title }));
    await visible(page.locator('[data-testid="levels-section"] svg.salary-chart__svg'));
    const calculator = page.getByRole('region', { name: ar.salaries.offer.title });
    await calculator.getByRole('button', { name: ar.salaries.offer.submit }).click();
    await visible(calculator.locator('[data-testid="offer-placement"]'));
    await expectAccessible(page, 'salaries-ar');
    await shoot(page, 'salaries-ar-desktop');
    await page.setViewportSize({ width: 390, height: 844 });
    await shoot(page, 'salaries-ar-phone');
    await expectAccessible(page, 'salaries-ar-phone');
  });
});
