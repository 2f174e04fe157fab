// One country's gratuity rule applied to an offer: this service year's accrual, whether the ceiling is
// reached, and what is payable after each year for a chart.
import type { OfferBreakdown, OfferRequest } from '../../../contracts/salary-offer.js';
import { round2 } from './money.js';
import type { GratuityRule, GratuityWage } from './rule.js';

/** The table covers at least this many years, more when the asked year is later. */
const TABLE_YEARS = 10;

/** The wage figures an offer gives a rule: basic alone, and basic with the monthly cash allowances. */
export function gratuityWage(monthly: OfferRequest['monthly']): GratuityWage {
  return {
    basicMonthly: monthly.basic,
    fullMonthly: monthly.basic + monthly.housing + monthly.transport + monthly.other,
  };
}

/**
 * What service year `serviceYear` adds to the amount payable on leaving: the award after it minus the
 * award after the year before. Under Saudi resignation this includes the step up at 2, 5 and 10 years.
 */
export function accrualInYear(
  rule: GratuityRule,
  serviceYear: number,
  wage: GratuityWage,
  separation: OfferRequest['separation'],
): number {
  return (
    rule.payableAfter(serviceYear, wage, separation) - rule.payableAfter(serviceYear - 1, wage, separation)
  );
}

/** The gratuity part of the breakdown, rounded, and the unrounded accrual the totals add up. */
export function gratuityFor(
  rule: GratuityRule,
  request: OfferRequest,
): { gratuity: OfferBreakdown['gratuity']; accrual: number } {
  const wage = gratuityWage(request.monthly);
  const { yearsOfService: year, separation } = request;
  const accrual = accrualInYear(rule, year, wage, separation);
  const years = Array.from({ length: Math.max(TABLE_YEARS, year) }, (_, index) => index + 1);
  return {
    accrual,
    gratuity: {
      country: rule.country,
      ruleId: rule.id,
      citation: rule.citation,
      basis: rule.basis,
      separation,
      monthlyWage: round2(rule.monthlyWage(wage)),
      daysOrMonthsPerYear: rule.ratePerYear(year),
      accrualThisYear: round2(accrual),
      capReached: rule.payableAfter(year, wage, separation) >= rule.ceiling(wage),
      payableAfterYears: years.map((n) => ({
        years: n,
        amount: round2(rule.payableAfter(n, wage, separation)),
      })),
      note: rule.note,
    },
  };
}
