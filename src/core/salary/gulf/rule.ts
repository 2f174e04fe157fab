// What every country's end-of-service gratuity rule provides, so the offer composition never needs to
// know which law it is applying.
import type { GulfCountry, Separation } from '../../../contracts/salary-offer.js';

/** The monthly wage figures a rule may be computed on, in the offer's currency. */
export interface GratuityWage {
  /** Basic pay only (UAE, Qatar). */
  basicMonthly: number;
  /** Basic plus the monthly cash allowances (Saudi Arabia's "actual wage"). */
  fullMonthly: number;
}

/** How much wage one year of service earns: 21 days, half a month... */
export interface RatePerYear {
  value: number;
  unit: 'days' | 'months';
}

export interface GratuityRule {
  id: string;
  country: GulfCountry;
  citation: string;
  basis: 'basic' | 'full_wage';
  /** Caveats shown with the figure: minimums, what is and is not counted. */
  note: string;
  /** The monthly wage the rule is computed on. */
  monthlyWage(wage: GratuityWage): number;
  /** What service year `serviceYear` (1 = the first) earns before any ceiling. */
  ratePerYear(serviceYear: number): RatePerYear;
  /**
   * Payable on leaving after `years` of continuous service (fractions allowed: each law pays fractions
   * of a year pro rata), unrounded, in the wage's currency.
   */
  payableAfter(years: number, wage: GratuityWage, separation: Separation): number;
  /** The most the rule ever pays, when it has a ceiling. */
  ceiling(wage: GratuityWage): number;
}

/**
 * A day's wage from a monthly wage: twelve months spread over 365 calendar days. The UAE and Qatar
 * laws count gratuity in days of wage without defining a day's wage. We use calendar days, as the
 * former UAE Federal Law No. 8 of 1980 counted its periods and as payroll systems' "actual" basis does;
 * much local guidance divides the monthly basic by 30 instead, which gives 365/360 (about 1.4%) more.
 */
export function dailyWage(monthly: number): number {
  return (monthly * 12) / 365;
}

/** Years of service split into the first five and the rest: UAE and Saudi law pay more after five. */
export function splitAtFive(years: number): { firstFive: number; after: number } {
  return { firstFive: Math.min(years, 5), after: Math.max(years - 5, 0) };
}
