import { describe, expect, it } from 'vitest';
import { DEFAULT_FLOATING_RATES } from '../../money/index.js';
import { buildOffer, thrown } from './offer.fixtures.js';
import { computeOffer } from './offer.js';
import { DEFAULT_TAX_RATES, defaultTaxRate, FALLBACK_TAX_RATE } from './tax-defaults.js';

const table = DEFAULT_FLOATING_RATES;

// The offer side: 20,000 AED basic + 7,000 housing a month = 324,000 AED cash, plus year 1's gratuity
// of 21 x (20,000 x 12 / 365) = 13,808.22: 337,808.22 AED.
const withCompare = (compare: NonNullable<Parameters<typeof buildOffer>[0]>['compare']) =>
  computeOffer(buildOffer({ monthly: { basic: 20_000, housing: 7_000 }, compare }), table);

describe('comparison with an offer elsewhere', () => {
  it('uses the default rate of the other country and converts through the dollar', () => {
    // London, 150,000 GBP gross at the default 33%: net 100,500 GBP = 100,500 / 0.79 = 127,215.19 USD
    // = 100,500 x 3.6725 / 0.79 = 467,197.78 AED. Difference 337,808.219 - 467,197.785 = -129,389.57 AED,
    // -27.69% of the London net.
    const comparison = withCompare({ grossAnnual: 150_000, currency: 'GBP', country: 'GB' }).comparison;
    expect(comparison).toMatchObject({
      gross: 150_000,
      currency: 'GBP',
      taxRate: 0.33,
      taxRateSource: 'default',
      net: 100_500,
      netUsd: 127_215.19,
      netInOfferCurrency: 467_197.78,
      difference: -129_389.57,
      differencePct: -27.69,
    });
    expect(comparison?.differenceUsd).toBeCloseTo(-129_389.57 / 3.6725, 2);
    expect(comparison?.taxRateNote).toMatch(/Default for GB: 33%.*rough planning figure/);
  });

  it('shows both rates with their dates', () => {
    const comparison = withCompare({ grossAnnual: 150_000, currency: 'GBP', country: 'GB' }).comparison;
    expect(comparison?.rates).toEqual({
      compare: { currency: 'GBP', ratePerUsd: 0.79, asOf: '2026-11-01', source: 'table' },
      offer: { currency: 'AED', ratePerUsd: 3.6725, asOf: '1997-11-01', source: 'peg' },
    });
  });

  it("takes the user's rate over the default", () => {
    // 200,000 USD at 20%: net 160,000 USD = 587,600 AED; 337,808.22 - 587,600 = -249,791.78 (-42.51%).
    const comparison = withCompare({
      grossAnnual: 200_000,
      currency: 'USD',
      country: 'US',
      effectiveTaxRate: 0.2,
    }).comparison;
    expect(comparison).toMatchObject({
      taxRate: 0.2,
      taxRateSource: 'user',
      net: 160_000,
      netUsd: 160_000,
      netInOfferCurrency: 587_600,
      difference: -249_791.78,
      differencePct: -42.51,
    });
  });

  it('shows a positive difference when the Gulf offer is worth more', () => {
    // 60,000 EUR in Germany at 40%: 36,000 EUR = 36,000 / 0.92 x 3.6725 = 143,706.52 AED.
    const comparison = withCompare({ grossAnnual: 60_000, currency: 'EUR', country: 'DE' }).comparison;
    expect(comparison?.netInOfferCurrency).toBe(143_706.52);
    expect(comparison?.difference).toBe(194_101.7);
    expect(comparison?.differencePct).toBeGreaterThan(0);
  });

  it('falls back to a generic rate, saying so, for an unnamed or unlisted country', () => {
    expect(withCompare({ grossAnnual: 100_000, currency: 'USD' }).comparison).toMatchObject({
      taxRate: FALLBACK_TAX_RATE,
      taxRateSource: 'default',
      net: 70_000,
    });
    expect(defaultTaxRate('CH').note).toMatch(/No default for CH/);
    expect(defaultTaxRate('toString').rate).toBe(FALLBACK_TAX_RATE);
  });

  it('keeps Oman at zero for now and notes its 2028 income tax', () => {
    expect(defaultTaxRate('OM')).toMatchObject({ rate: 0 });
    expect(defaultTaxRate('OM').note).toMatch(/2028/);
  });

  it('keeps every default rate within what the contract accepts from a user', () => {
    for (const { rate } of Object.values(DEFAULT_TAX_RATES)) expect(rate >= 0 && rate <= 0.75).toBe(true);
  });

  it('names compare.currency when the other currency has no rate', () => {
    const error = thrown(() =>
      computeOffer(buildOffer({ compare: { grossAnnual: 50_000, currency: 'EUR' } }), []),
    );
    expect(error.extra.errors?.[0]).toMatchObject({ path: 'compare.currency', message: 'No EUR rate' });
  });
});
