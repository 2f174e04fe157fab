import { describe, expect, it } from 'vitest';
import { accrualInYear } from './gratuity.js';
import { resignationShare, saudiGratuity } from './saudi.js';

// Basic 15,000 SAR + housing 3,750 + transport 1,000 = full (actual) wage 19,750 SAR a month.
const wage = { basicMonthly: 15_000, fullMonthly: 19_750 };
const payable = (years: number) => saudiGratuity.payableAfter(years, wage, 'employer_ended');
const onResignation = (years: number) => saudiGratuity.payableAfter(years, wage, 'resignation');

describe('Saudi end-of-service award (Labour Law, Articles 84 and 85)', () => {
  it('is computed on the full wage, housing and transport included', () => {
    expect(saudiGratuity.basis).toBe('full_wage');
    expect(saudiGratuity.monthlyWage(wage)).toBe(19_750);
  });

  it('accrues half a month in year 3: 0.5 x 19,750 = 9,875', () => {
    expect(accrualInYear(saudiGratuity, 3, wage, 'employer_ended')).toBe(9_875);
    expect(saudiGratuity.ratePerYear(3)).toEqual({ value: 0.5, unit: 'months' });
  });

  it('accrues a full month in year 7: 19,750', () => {
    expect(accrualInYear(saudiGratuity, 7, wage, 'employer_ended')).toBe(19_750);
    expect(saudiGratuity.ratePerYear(6)).toEqual({ value: 1, unit: 'months' });
  });

  it('pays 1.5 months after three years (29,625) and 2.5 + 2 = 4.5 months after seven (88,875)', () => {
    expect(payable(3)).toBe(29_625);
    expect(payable(7)).toBe(88_875);
  });

  it('has no one-year minimum when the employer ends the contract: half a year = 0.25 month = 4,937.50', () => {
    expect(payable(0.5)).toBe(4_937.5);
    expect(payable(0)).toBe(0);
  });

  it('has no ceiling', () => {
    expect(payable(40)).toBe((2.5 + 35) * 19_750);
  });

  it.each([
    [0, 0],
    [1.99, 0],
    [2, 1 / 3],
    [5, 1 / 3],
    [5.01, 2 / 3],
    [9.99, 2 / 3],
    [10, 1],
    [25, 1],
  ])('pays a resigning worker after %s years %s of the award', (years, share) => {
    expect(resignationShare(years)).toBe(share);
  });

  it('applies the resignation share to the award', () => {
    expect(onResignation(1.5)).toBe(0);
    // 1.5 months x 19,750 / 3 = 9,875.
    expect(onResignation(3)).toBeCloseTo(9_875, 9);
    // 2.5 months x 19,750 / 3 = 16,458.33.
    expect(onResignation(5)).toBeCloseTo(16_458.33, 2);
    // 4.5 months x 19,750 x 2/3 = 59,250.
    expect(onResignation(7)).toBeCloseTo(59_250, 9);
    // 7.5 months x 19,750 = 148,125, in full from ten years.
    expect(onResignation(10)).toBe(148_125);
  });

  it('counts the step to the full award in year 10 of a resignation: 148,125 - 6.5 x 19,750 x 2/3', () => {
    expect(accrualInYear(saudiGratuity, 10, wage, 'resignation')).toBeCloseTo(148_125 - 85_583.33, 1);
  });
});
