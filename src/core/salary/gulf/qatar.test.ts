import { describe, expect, it } from 'vitest';
import { accrualInYear } from './gratuity.js';
import { qatarGratuity } from './qatar.js';

// Basic 18,000 QAR a month. Day's wage = 18,000 x 12 / 365 = 591.7808219 QAR.
const wage = { basicMonthly: 18_000, fullMonthly: 30_000 };
const payable = (years: number) => qatarGratuity.payableAfter(years, wage, 'employer_ended');

describe('Qatar gratuity (Labour Law 14/2004, Article 54)', () => {
  it("accrues three weeks' basic a year: 21 x 591.781 = 12,427.40", () => {
    expect(accrualInYear(qatarGratuity, 1, wage, 'employer_ended')).toBeCloseTo(12_427.4, 2);
    expect(accrualInYear(qatarGratuity, 8, wage, 'employer_ended')).toBeCloseTo(12_427.4, 2);
    expect(qatarGratuity.ratePerYear(8)).toEqual({ value: 21, unit: 'days' });
  });

  it('pays 84 days after four years: 49,709.59', () => {
    expect(payable(4)).toBeCloseTo(49_709.59, 2);
  });

  it('pays nothing before one year', () => {
    expect(payable(0.9)).toBe(0);
  });

  it('is computed on basic pay only and not reduced on resignation', () => {
    expect(qatarGratuity.basis).toBe('basic');
    expect(qatarGratuity.payableAfter(4, { basicMonthly: 18_000, fullMonthly: 99_000 }, 'resignation')).toBe(
      payable(4),
    );
  });
});
