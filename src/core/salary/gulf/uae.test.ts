import { describe, expect, it } from 'vitest';
import { accrualInYear } from './gratuity.js';
import { dailyWage } from './rule.js';
import { uaeGratuity } from './uae.js';

// Basic 20,000 AED a month. Day's wage = 20,000 x 12 / 365 = 240,000 / 365 = 657.5342466 AED.
const wage = { basicMonthly: 20_000, fullMonthly: 31_000 };
const payable = (years: number) => uaeGratuity.payableAfter(years, wage, 'employer_ended');
const accrual = (year: number) => accrualInYear(uaeGratuity, year, wage, 'employer_ended');

describe('UAE gratuity (Decree-Law 33/2021, Article 51)', () => {
  it('takes a day as monthly basic x 12 / 365', () => {
    expect(dailyWage(20_000)).toBeCloseTo(657.5342466, 6);
  });

  it('pays nothing before one year of continuous service', () => {
    expect(payable(0)).toBe(0);
    expect(payable(0.5)).toBe(0);
    expect(payable(0.999)).toBe(0);
  });

  it('accrues 21 days of basic in year 3: 21 x 657.534 = 13,808.22', () => {
    expect(accrual(3)).toBeCloseTo(13_808.22, 2);
    expect(uaeGratuity.ratePerYear(3)).toEqual({ value: 21, unit: 'days' });
  });

  it('pays 63 days after three years: 63 x 657.534 = 41,424.66', () => {
    expect(payable(3)).toBeCloseTo(41_424.66, 2);
  });

  it('pays fractions of a year pro rata once the first year is done: 1.5 years = 31.5 days = 20,712.33', () => {
    expect(payable(1.5)).toBeCloseTo(20_712.33, 2);
  });

  it('accrues 30 days in year 7: 30 x 657.534 = 19,726.03', () => {
    expect(accrual(7)).toBeCloseTo(19_726.03, 2);
    expect(uaeGratuity.ratePerYear(7)).toEqual({ value: 30, unit: 'days' });
    expect(uaeGratuity.ratePerYear(5)).toEqual({ value: 21, unit: 'days' });
    expect(uaeGratuity.ratePerYear(6)).toEqual({ value: 30, unit: 'days' });
  });

  it('pays 5 x 21 + 2 x 30 = 165 days after seven years: 108,493.15', () => {
    expect(payable(7)).toBeCloseTo(108_493.15, 2);
  });

  it('stops at two years of basic wage, 24 x 20,000 = 480,000, reached in year 26', () => {
    // 480,000 / 657.534 = 730 days = 105 + 30 x 20.83: after 25 years 705 days = 463,561.64.
    expect(payable(25)).toBeCloseTo(463_561.64, 2);
    expect(payable(26)).toBe(480_000);
    expect(payable(40)).toBe(480_000);
    // Year 26 earns only what is left under the ceiling: 480,000 - 463,561.64 = 16,438.36.
    expect(accrual(26)).toBeCloseTo(16_438.36, 2);
    expect(accrual(27)).toBe(0);
  });

  it('is computed on basic pay only: allowances change nothing', () => {
    const richer = { basicMonthly: 20_000, fullMonthly: 90_000 };
    expect(uaeGratuity.payableAfter(3, richer, 'employer_ended')).toBe(payable(3));
    expect(uaeGratuity.basis).toBe('basic');
  });

  it('is not reduced on resignation', () => {
    expect(uaeGratuity.payableAfter(3, wage, 'resignation')).toBe(payable(3));
  });
});
