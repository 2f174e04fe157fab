import { describe, expect, it } from 'vitest';
import type { SalaryBand } from '../../contracts/positions.js';
import { currencyOfCountry, formatSalaryText, parseSalaryText } from './job-salary.js';

const band = (text: string, fallback: SalaryBand['currency'] = 'USD') => {
  const parsed = parseSalaryText(text, fallback);
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed;
};

describe('parseSalaryText', () => {
  it.each([
    ['AED 25,000 - 35,000 per month', 25_000, 35_000, 'AED', 'month'],
    ['100000', 100_000, 100_000, 'EUR', 'year'],
    ['$120k–$150k a year', 120_000, 150_000, 'USD', 'year'],
    ['120-150k USD annually', 120_000, 150_000, 'USD', 'year'],
    ['€80.000 - €95.000 p.a.', 80_000, 95_000, 'EUR', 'year'],
    ['£55,000–£65,000/yr', 55_000, 65_000, 'GBP', 'year'],
    ['₹30,00,000 - ₹45,00,000', 3_000_000, 4_500_000, 'INR', 'year'],
    ['sar 30000 to 40000 monthly', 30_000, 40_000, 'SAR', 'month'],
    ['KWD 1,500.500 /month', 1_501, 1_501, 'KWD', 'month'],
    ['1.2M INR', 1_200_000, 1_200_000, 'INR', 'year'],
    ['25 000 - 30 000 dirhams per month', 25_000, 30_000, 'AED', 'month'],
    ['1,5k', 1_500, 1_500, 'EUR', 'year'],
  ] as const)('%j', (text, min, max, currency, period) => {
    expect(band(text, 'EUR').band).toEqual({ min, max, currency, period });
  });

  it('says when it assumed the currency and the period', () => {
    expect(band('100000', 'EUR')).toMatchObject({ assumedCurrency: true, assumedPeriod: true });
    expect(band('AED 25,000 per month')).toMatchObject({ assumedCurrency: false, assumedPeriod: false });
  });

  it('counts amounts after the band as ignored', () => {
    const parsed = band('AED 25,000 - 35,000 per month + 5,000 housing + 2,000 transport');
    expect(parsed.band).toEqual({ min: 25_000, max: 35_000, currency: 'AED', period: 'month' });
    expect(parsed.ignoredAmounts).toBe(2);
  });

  it('keeps the order written, so a reversed band is reported by validation, not hidden', () => {
    expect(band('35,000 - 25,000').band).toMatchObject({ min: 35_000, max: 25_000 });
  });

  it.each([
    ['Competitive', 'No amount found'],
    ['', 'No amount found'],
    ['CHF 100,000', 'Use one of the supported currencies'],
    ['$50 per hour', 'Give the pay per month or per year'],
    ['USD 500,000,000', 'The amount is too large'],
  ])('refuses %j', (text, reason) => {
    const parsed = parseSalaryText(text, 'USD');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.reason).toContain(reason);
  });
});

describe('formatSalaryText', () => {
  it.each([
    [{ min: 25_000, max: 35_000, currency: 'AED', period: 'month' }, 'AED 25,000 - 35,000 per month'],
    [{ min: 100_000, max: 100_000, currency: 'EUR', period: 'year' }, 'EUR 100,000 per year'],
  ] as const)('writes %j as %s and reads it back', (value, text) => {
    expect(formatSalaryText(value)).toBe(text);
    expect(band(text, 'USD')).toMatchObject({ band: value, assumedCurrency: false, assumedPeriod: false });
  });
});

describe('currencyOfCountry', () => {
  it.each([
    ['DE', 'EUR'],
    ['BG', 'EUR'],
    ['PL', 'USD'],
    ['AE', 'AED'],
    ['KW', 'KWD'],
    ['GB', 'GBP'],
    ['JP', 'USD'],
    [undefined, 'USD'],
  ])('%s pays in %s', (country, currency) => {
    expect(currencyOfCountry(country)).toBe(currency);
  });
});
