import { describe, expect, it } from 'vitest';
import { convertedSchema, type SalaryBand } from '../../contracts/positions.js';
import { AppError } from '../errors.js';
import { annualise, convertBand } from './convert.js';
import { DEFAULT_FLOATING_RATES, type FxTable } from './fx-table.js';

const band = (overrides: Partial<SalaryBand> = {}): SalaryBand => ({
  min: 100_000,
  max: 150_000,
  currency: 'USD',
  period: 'year',
  ...overrides,
});

describe('annualise', () => {
  it.each([
    [1000, 'month', 12_000],
    [1000, 'year', 1000],
    [0, 'month', 0],
  ] as const)('%s per %s is %s a year', (amount, period, yearly) => {
    expect(annualise(amount, period)).toBe(yearly);
  });
});

describe('convertBand', () => {
  const table = DEFAULT_FLOATING_RATES;

  it('keeps a dollar band as it is, with the identity rate', () => {
    expect(convertBand(band(), 'USD', table)).toEqual({
      min: 100_000,
      max: 150_000,
      currency: 'USD',
      rate: 1,
      rateDate: '1970-01-01',
      source: 'identity',
    });
  });

  it('converts a monthly dirham band to yearly dollars and reports the peg', () => {
    const converted = convertBand(
      band({ min: 25_000, max: 35_000, currency: 'AED', period: 'month' }),
      'USD',
      table,
    );
    expect(converted).toEqual({
      min: Math.round((25_000 * 12) / 3.6725),
      max: Math.round((35_000 * 12) / 3.6725),
      currency: 'USD',
      rate: 3.6725,
      rateDate: '1997-11-01',
      source: 'peg',
    });
    expect(converted.min).toBe(81_688);
    expect(convertedSchema.parse(converted)).toEqual(converted);
  });

  it('reports the table side when converting dollars to a floating currency', () => {
    expect(convertBand(band(), 'EUR', table)).toEqual({
      min: 92_000,
      max: 138_000,
      currency: 'EUR',
      rate: 0.92,
      rateDate: '2026-11-01',
      source: 'table',
    });
  });

  it('goes through the dollar between two other currencies and reports the floating side', () => {
    const converted = convertBand(band({ min: 300_000, max: 300_000, currency: 'SAR' }), 'GBP', table);
    expect(converted.min).toBe(Math.round((300_000 * 0.79) / 3.75));
    expect(converted).toMatchObject({ rate: 0.79, rateDate: '2026-11-01', source: 'table' });
  });

  it('reports the source side when both sides are pegged', () => {
    const converted = convertBand(band({ currency: 'QAR' }), 'AED', table);
    expect(converted).toMatchObject({ rate: 3.64, source: 'peg', rateDate: '2001-07-01' });
  });

  it('converts a currency to itself exactly', () => {
    const converted = convertBand(band({ min: 33_333, max: 44_444, currency: 'KWD' }), 'KWD', table);
    expect([converted.min, converted.max]).toEqual([33_333, 44_444]);
  });

  it('rounds to whole units', () => {
    const converted = convertBand(band({ min: 1, max: 7, currency: 'BHD' }), 'USD', table);
    expect(converted).toMatchObject({ min: 3, max: 19 });
  });

  it('uses the rate in force on the day asked', () => {
    const dated: FxTable = [
      { currency: 'INR', ratePerUsd: 80, asOf: '2025-01-01' },
      { currency: 'INR', ratePerUsd: 90, asOf: '2026-01-01' },
    ];
    const inr = band({ min: 8_000_000, max: 9_000_000, currency: 'INR' });
    expect(convertBand(inr, 'USD', dated, '2025-06-01')).toMatchObject({ min: 100_000, rate: 80 });
    expect(convertBand(inr, 'USD', dated)).toMatchObject({ min: 88_889, rate: 90 });
  });

  it('refuses an unsupported target currency', () => {
    expect(() => convertBand(band(), 'CHF', table)).toThrow(AppError);
  });
});
