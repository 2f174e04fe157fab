// Saudi Arabia: Labour Law, Royal Decree No. M/51 of 23/8/1426H (2005).
// Article 84: on the end of the work relation the employer pays half a month's wage for each of the
// first five years and a month's wage for each year after, on the last wage, with fractions of a year
// pro rata. There is no one-year minimum and no ceiling.
// Article 2 defines the wage as the actual wage: basic pay plus allowances and increments due under the
// contract (housing and transport included; the ministry's own guidance says the last total actual wage
// is the basis). We count the monthly cash allowances; annual items (flights, education, bonus) and
// in-kind benefits are left out, which understates the award when the contract makes them wage.
// Article 85: on resignation, nothing before two years, one third for two to five years, two thirds for
// more than five and under ten, the full award from ten years.
import type { Separation } from '../../../contracts/salary-offer.js';
import type { GratuityRule } from './rule.js';
import { splitAtFive } from './rule.js';

const MONTHS_FIRST_FIVE = 0.5;
const MONTHS_AFTER = 1;

/** Article 85: the share of the award paid when the worker resigns after `years`. */
export function resignationShare(years: number): number {
  if (years < 2) return 0;
  if (years <= 5) return 1 / 3;
  if (years < 10) return 2 / 3;
  return 1;
}

function share(years: number, separation: Separation): number {
  return separation === 'resignation' ? resignationShare(years) : 1;
}

export const saudiGratuity: GratuityRule = {
  id: 'sa-labour-law-m51-art-84-85',
  country: 'SA',
  citation: 'Saudi Labour Law (Royal Decree No. M/51 of 1426H), Articles 84 and 85; wage per Article 2',
  basis: 'full_wage',
  note:
    'On the last full wage (basic plus monthly allowances such as housing and transport): half a month a ' +
    'year for the first five years, a month a year after, from the first day. On resignation: nothing ' +
    'before two years, a third up to five, two thirds under ten, all from ten (Article 85).',
  monthlyWage: (wage) => wage.fullMonthly,
  ratePerYear: (serviceYear) => ({
    value: serviceYear <= 5 ? MONTHS_FIRST_FIVE : MONTHS_AFTER,
    unit: 'months',
  }),
  payableAfter(years, wage, separation) {
    if (years <= 0) return 0;
    const { firstFive, after } = splitAtFive(years);
    const months = firstFive * MONTHS_FIRST_FIVE + after * MONTHS_AFTER;
    return months * wage.fullMonthly * share(years, separation);
  },
  ceiling: () => Number.POSITIVE_INFINITY,
};
