import { describe, expect, it } from 'vitest';
import { fxRateSchema } from '../../contracts/positions.js';
import { currencySchema } from '../../contracts/profile.js';
import { AppError } from '../errors.js';
import { DEFAULT_FLOATING_RATES, type FxTable } from './fx-table.js';
import { isPegged, PEGS } from './pegs.js';
import { IDENTITY_AS_OF, listRates, rateFor, toDay } from './rates.js';

const history: FxTable = [
  { currency: 'EUR', ratePerUsd: 0.9, asOf: '2026-01-01' },
  { currency: 'EUR', ratePerUsd: 0.95, asOf: '2026-06-01' },
  { currency: 'EUR', ratePerUsd: 0.93, asOf: '2026-03-01' },
];

function thrown(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected an AppError');
}

describe('rateFor', () => {
  it('gives the dollar itself as identity', () => {
    expect(rateFor('USD', [])).toEqual({
      currency: 'USD',
      ratePerUsd: 1,
      asOf: IDENTITY_AS_OF,
      source: 'identity',
    });
  });

  it.each([
    ['AED', 3.6725, '1997-11-01'],
    ['SAR', 3.75, '1986-06-01'],
    ['QAR', 3.64, '2001-07-01'],
    ['BHD', 0.376, '2001-01-01'],
    ['OMR', 0.3845, '1986-01-01'],
    ['JOD', 0.709, '1995-10-01'],
  ])('pegs %s at %s since %s', (currency, ratePerUsd, asOf) => {
    expect(rateFor(currency, [])).toEqual({ currency, ratePerUsd, asOf, source: 'peg' });
  });

  it('ignores a table row for a pegged currency', () => {
    const table: FxTable = [{ currency: 'AED', ratePerUsd: 4, asOf: '2026-01-01' }];
    expect(rateFor('AED', table).ratePerUsd).toBe(3.6725);
  });

  it('takes the latest row when no day is asked, whatever the table order', () => {
    expect(rateFor('EUR', history)).toMatchObject({ ratePerUsd: 0.95, asOf: '2026-06-01', source: 'table' });
  });

  it('takes the latest row on or before the day asked', () => {
    expect(rateFor('EUR', history, '2026-02-28').asOf).toBe('2026-01-01');
    expect(rateFor('EUR', history, '2026-03-01').asOf).toBe('2026-03-01');
    expect(rateFor('EUR', history, new Date('2026-05-31T23:59:59Z')).asOf).toBe('2026-03-01');
    expect(rateFor('EUR', history, new Date('2027-01-01T00:00:00Z')).asOf).toBe('2026-06-01');
  });

  it('refuses a day before the first row, naming the currency field', () => {
    const error = thrown(() => rateFor('EUR', history, '2025-12-31'));
    expect(error.code).toBe('validation_failed');
    expect(error.message).toBe('No EUR rate on or before 2025-12-31');
    expect(error.extra.errors).toEqual([
      { path: 'currency', message: 'No EUR rate on or before 2025-12-31', code: 'unknown_currency' },
    ]);
  });

  it('refuses a floating currency missing from the table', () => {
    expect(thrown(() => rateFor('KWD', history)).message).toBe('No KWD rate');
  });

  it.each(['XYZ', 'usd', '', 'CHF'])('refuses the unsupported currency %j', (currency) => {
    const error = thrown(() => rateFor(currency, DEFAULT_FLOATING_RATES));
    expect(error.code).toBe('validation_failed');
    expect(error.extra.errors?.[0]?.path).toBe('currency');
  });

  it('skips rows with a zero, negative or non-finite rate or a malformed date', () => {
    const table: FxTable = [
      { currency: 'GBP', ratePerUsd: 0.8, asOf: '2026-01-01' },
      { currency: 'GBP', ratePerUsd: 0, asOf: '2026-02-01' },
      { currency: 'GBP', ratePerUsd: -1, asOf: '2026-03-01' },
      { currency: 'GBP', ratePerUsd: Number.NaN, asOf: '2026-04-01' },
      { currency: 'GBP', ratePerUsd: Number.POSITIVE_INFINITY, asOf: '2026-05-01' },
      { currency: 'GBP', ratePerUsd: 0.7, asOf: '2026-6-1' },
    ];
    expect(rateFor('GBP', table)).toMatchObject({ ratePerUsd: 0.8, asOf: '2026-01-01' });
  });

  it('reads the seed table for every floating currency', () => {
    for (const currency of ['KWD', 'EUR', 'GBP', 'INR', 'EGP'])
      expect(rateFor(currency, DEFAULT_FLOATING_RATES)).toMatchObject({
        asOf: '2026-11-01',
        source: 'table',
      });
  });
});

describe('pegs and the seed table', () => {
  it('cover every supported currency exactly once between them', () => {
    const seeded = DEFAULT_FLOATING_RATES.map((row) => row.currency);
    const covered = ['USD', ...Object.keys(PEGS), ...seeded].sort();
    expect(covered).toEqual([...currencySchema.options].sort());
  });

  it('isPegged is true for pegs only', () => {
    expect(isPegged('AED')).toBe(true);
    expect(isPegged('JOD')).toBe(true);
    expect(isPegged('KWD')).toBe(false);
    expect(isPegged('USD')).toBe(false);
    expect(isPegged('toString')).toBe(false);
  });
});

describe('listRates', () => {
  it('lists every supported currency in contract shape', () => {
    const rates = listRates(DEFAULT_FLOATING_RATES);
    expect(rates.map((r) => r.currency)).toEqual(currencySchema.options);
    for (const rate of rates) expect(fxRateSchema.parse(rate)).toEqual(rate);
  });

  it('leaves out a floating currency without a rate instead of failing', () => {
    const rates = listRates([]);
    expect(rates.map((r) => r.currency)).toEqual(['USD', 'AED', 'SAR', 'QAR', 'BHD', 'OMR', 'JOD']);
  });

  it('uses the rows in force on the day asked', () => {
    const eur = listRates(history, '2026-04-01').find((r) => r.currency === 'EUR');
    expect(eur?.ratePerUsd).toBe(0.93);
  });
});

describe('toDay', () => {
  it('gives the UTC day of a Date and keeps a day string', () => {
    expect(toDay(new Date('2026-03-01T23:30:00-02:00'))).toBe('2026-03-02');
    expect(toDay('2026-03-01')).toBe('2026-03-01');
  });
});
