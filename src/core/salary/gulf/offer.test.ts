import { describe, expect, it } from 'vitest';
import { type OfferRequest, offerBreakdownSchema } from '../../../contracts/salary-offer.js';
import { DEFAULT_FLOATING_RATES, type FxTable } from '../../money/index.js';
import { buildOffer, thrown } from './offer.fixtures.js';
import { computeOffer } from './offer.js';

const table = DEFAULT_FLOATING_RATES;

// A Dubai family offer. Per year: basic 20,000 x 12 = 240,000; housing 7,000 x 12 = 84,000; transport
// 1,500 x 12 = 18,000; flights 2,500 x 4 people x 1 trip = 10,000; education 40,000; bonus 20,000;
// other 500 x 12 + 3,000 = 9,000. Cash 421,000 AED. Year 1 gratuity: 21 x 657.534 = 13,808.22.
const family = () =>
  buildOffer({
    monthly: { basic: 20_000, housing: 7_000, transport: 1_500, other: 500 },
    annual: {
      flightTicket: 2_500,
      peopleCovered: 4,
      tripsPerYear: 1,
      education: 40_000,
      bonus: 20_000,
      other: 3_000,
    },
  });

describe('computeOffer', () => {
  it('adds up the yearly and monthly lines of a UAE family offer', () => {
    const result = computeOffer(family(), table);
    expect(result.lines).toEqual([
      { item: 'basic', annual: 240_000, monthly: 20_000 },
      { item: 'housing', annual: 84_000, monthly: 7_000 },
      { item: 'transport', annual: 18_000, monthly: 1_500 },
      { item: 'flights', annual: 10_000, monthly: 833.33 },
      { item: 'education', annual: 40_000, monthly: 3_333.33 },
      { item: 'bonus', annual: 20_000, monthly: 1_666.67 },
      { item: 'other', annual: 9_000, monthly: 750 },
    ]);
    expect(result.totals).toEqual({
      annualCash: 421_000,
      annualWithGratuity: 434_808.22,
      monthlyCash: 35_083.33,
      // 434,808.219 / 12
      monthlyWithGratuity: 36_234.02,
    });
    expect(result.incomeTax.rate).toBe(0);
    expect(result.incomeTax.note).toMatch(/no personal income tax/);
    expect(result.comparison).toBeNull();
    expect(offerBreakdownSchema.parse(result)).toEqual(result);
  });

  it('prices flights by family size and trips a year', () => {
    const flights = (peopleCovered: number, tripsPerYear: number) =>
      computeOffer(
        buildOffer({ annual: { flightTicket: 2_500, peopleCovered, tripsPerYear } }),
        table,
      ).lines.find((line) => line.item === 'flights')?.annual;
    expect(flights(1, 1)).toBe(2_500);
    // Two adults and two children, home once a year: 2,500 x 4.
    expect(flights(4, 1)).toBe(10_000);
    expect(flights(4, 2)).toBe(20_000);
    expect(flights(4, 0)).toBe(0);
  });

  it('reports the gratuity rule, its basis, this year and a table for a chart', () => {
    const { gratuity } = computeOffer(buildOffer({ yearsOfService: 7 }), table);
    expect(gratuity).toMatchObject({
      country: 'AE',
      ruleId: 'ae-fdl-33-2021-art-51',
      basis: 'basic',
      separation: 'employer_ended',
      monthlyWage: 20_000,
      daysOrMonthsPerYear: { value: 30, unit: 'days' },
      accrualThisYear: 19_726.03,
      capReached: false,
    });
    expect(gratuity.citation).toContain('Article 51');
    expect(gratuity.payableAfterYears).toHaveLength(10);
    expect(gratuity.payableAfterYears[2]).toEqual({ years: 3, amount: 41_424.66 });
    expect(gratuity.payableAfterYears[6]).toEqual({ years: 7, amount: 108_493.15 });
  });

  it('extends the table to the asked year and says when the ceiling is reached', () => {
    const { gratuity } = computeOffer(buildOffer({ yearsOfService: 30 }), table);
    expect(gratuity.payableAfterYears).toHaveLength(30);
    expect(gratuity.capReached).toBe(true);
    expect(gratuity.accrualThisYear).toBe(0);
    expect(gratuity.payableAfterYears.at(-1)).toEqual({ years: 30, amount: 480_000 });
  });

  it('computes the Saudi award on the full wage, housing included', () => {
    // (15,000 + 3,750 + 1,000) x 0.5 = 9,875 in year 1.
    const offer = buildOffer({
      country: 'SA',
      currency: 'SAR',
      monthly: { basic: 15_000, housing: 3_750, transport: 1_000 },
    });
    const result = computeOffer(offer, table);
    expect(result.gratuity).toMatchObject({
      basis: 'full_wage',
      monthlyWage: 19_750,
      accrualThisYear: 9_875,
    });
    expect(result.totals.annualWithGratuity).toBe(19_750 * 12 + 9_875);
    expect(result.usd.rate).toEqual({ currency: 'SAR', ratePerUsd: 3.75, asOf: '1986-06-01', source: 'peg' });
  });

  it('applies the Saudi resignation share when asked', () => {
    const offer = (separation: OfferRequest['separation']) =>
      buildOffer({
        country: 'SA',
        currency: 'SAR',
        yearsOfService: 3,
        separation,
        monthly: { basic: 19_750 },
      });
    expect(computeOffer(offer('employer_ended'), table).gratuity.payableAfterYears[2]?.amount).toBe(29_625);
    expect(computeOffer(offer('resignation'), table).gratuity.payableAfterYears[2]?.amount).toBe(9_875);
  });

  it('computes the Qatar minimum on basic pay', () => {
    const offer = buildOffer({ country: 'QA', currency: 'QAR', monthly: { basic: 18_000, housing: 6_000 } });
    expect(computeOffer(offer, table).gratuity).toMatchObject({ basis: 'basic', accrualThisYear: 12_427.4 });
  });

  it('converts to dollars at the AED peg and shows the rate and its date', () => {
    const { usd, totals } = computeOffer(family(), table);
    expect(usd.rate).toEqual({ currency: 'AED', ratePerUsd: 3.6725, asOf: '1997-11-01', source: 'peg' });
    // 421,000 / 3.6725 = 114,635.81
    expect(usd.annualCash).toBe(114_635.81);
    expect(usd.annualWithGratuity).toBeCloseTo(totals.annualWithGratuity / 3.6725, 1);
  });

  it('accepts a Gulf offer paid in a floating currency and uses the rate in force on the day asked', () => {
    const dated: FxTable = [
      { currency: 'EUR', ratePerUsd: 0.9, asOf: '2026-01-01' },
      { currency: 'EUR', ratePerUsd: 0.8, asOf: '2026-06-01' },
    ];
    const offer = buildOffer({ currency: 'EUR', monthly: { basic: 9_000 } });
    expect(computeOffer(offer, dated, '2026-03-01').usd).toMatchObject({
      rate: { ratePerUsd: 0.9, asOf: '2026-01-01', source: 'table' },
      annualCash: 120_000,
    });
    expect(computeOffer(offer, dated).usd.rate.asOf).toBe('2026-06-01');
  });

  it('names the currency field when no rate is known', () => {
    const error = thrown(() => computeOffer(buildOffer({ currency: 'EUR' }), []));
    expect(error.code).toBe('validation_failed');
    expect(error.extra.errors?.[0]?.path).toBe('currency');
  });

  it('refuses impossible input from callers that skip the contract, naming the field', () => {
    const offer = buildOffer();
    const cases: Array<[OfferRequest, string]> = [
      [{ ...offer, monthly: { ...offer.monthly, basic: 0 } }, 'monthly.basic'],
      [{ ...offer, monthly: { ...offer.monthly, housing: -1 } }, 'monthly.housing'],
      [{ ...offer, annual: { ...offer.annual, education: Number.NaN } }, 'annual.education'],
      [{ ...offer, yearsOfService: 2.5 }, 'yearsOfService'],
      [{ ...offer, country: 'OM' as OfferRequest['country'] }, 'country'],
      [{ ...offer, compare: { grossAnnual: 0, currency: 'USD' } }, 'compare.grossAnnual'],
      [
        { ...offer, compare: { grossAnnual: 1, currency: 'USD', effectiveTaxRate: 0.9 } },
        'compare.effectiveTaxRate',
      ],
    ];
    for (const [request, path] of cases) {
      const error = thrown(() => computeOffer(request, table));
      expect(error.code).toBe('validation_failed');
      expect(error.extra.errors?.[0]?.path).toBe(path);
    }
  });
});
