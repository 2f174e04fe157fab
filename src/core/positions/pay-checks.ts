// Checks on the salary band and package that the schema cannot express: bands must be mandatory and
// meaningful, because pay transparency is the point of the marketplace. A band of 0–1,000,000 or one
// entered per year but labelled per month would tell candidates nothing, or mislead them.
import type { CompensationPackage, SalaryBand } from '../../contracts/positions.js';
import { AppError, type FieldProblem } from '../errors.js';
import { annualise, type FxTable, rateFor } from '../money/index.js';

/** Yearly US-dollar midpoints outside this range are almost always a typo or a wrong period. */
export const PLAUSIBLE_USD_MIDPOINT = { min: 3_000, max: 3_000_000 } as const;
/** A maximum more than this many times the minimum says nothing about pay. */
export const MAX_BAND_RATIO = 3;
/** A package item above this many times the yearly maximum salary is almost certainly a mistake. */
export const MAX_PACKAGE_RATIO = 5;

const PACKAGE_ITEMS = ['housing', 'transport', 'annualFlights', 'education', 'other'] as const;
const usd = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

function usdRate(band: SalaryBand, table: FxTable, now: Date): number | FieldProblem {
  try {
    return rateFor(band.currency, table, now).ratePerUsd;
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return { path: 'salary.currency', message: error.message, code: 'unknown_currency' };
  }
}

/** Problems with the salary band: order, zero minimum, width, currency and plausibility. */
export function salaryProblems(band: SalaryBand, table: FxTable, now: Date): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (band.min === 0)
    problems.push({ path: 'salary.min', message: 'Give a minimum above zero', code: 'zero_minimum' });
  if (band.min > band.max)
    problems.push({ path: 'salary.max', message: 'The maximum is below the minimum', code: 'band_order' });
  else if (band.min > 0 && band.max > band.min * MAX_BAND_RATIO)
    problems.push({
      path: 'salary.max',
      message: `Keep the maximum within ${MAX_BAND_RATIO} times the minimum`,
      code: 'band_too_wide',
    });
  const rate = usdRate(band, table, now);
  if (typeof rate !== 'number') return [...problems, rate];
  const midpoint = annualise((band.min + band.max) / 2, band.period) / rate;
  if (midpoint < PLAUSIBLE_USD_MIDPOINT.min || midpoint > PLAUSIBLE_USD_MIDPOINT.max)
    problems.push({
      path: 'salary',
      message:
        `The band's yearly midpoint is about ${usd.format(midpoint)} US dollars, outside ` +
        `${usd.format(PLAUSIBLE_USD_MIDPOINT.min)}–${usd.format(PLAUSIBLE_USD_MIDPOINT.max)}; ` +
        'check the amounts and the period',
      code: 'implausible_pay',
    });
  return problems;
}

/** Package items (yearly, in the band's currency) far above the salary itself. */
export function packageProblems(pack: CompensationPackage, band: SalaryBand): FieldProblem[] {
  const ceiling = annualise(band.max, band.period) * MAX_PACKAGE_RATIO;
  return PACKAGE_ITEMS.filter((item) => pack[item] > ceiling).map((item) => ({
    path: `package.${item}`,
    message: `Keep this within ${MAX_PACKAGE_RATIO} times the yearly maximum salary; package amounts are per year`,
    code: 'package_too_large',
  }));
}
