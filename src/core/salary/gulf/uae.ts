// UAE: Federal Decree-Law No. 33 of 2021 on the Regulation of Labour Relations, Article 51.
// 51(2): a full-time foreign worker who completes one year or more of continuous service earns, on the
// basic wage, 21 days' wage for each of the first five years and 30 days' wage for each year after.
// Fractions of a year count pro rata once that first year is complete; unpaid absence is not service.
// 51(5): the last basic wage is the basis. The whole award may not exceed two years' wage. The text's
// "working days" are read as days of basic wage (the clarification in Federal Decree-Law No. 47 of 2021),
// and resignation no longer reduces the award as it did under the 1980 law.
import type { GratuityRule, GratuityWage } from './rule.js';
import { dailyWage, splitAtFive } from './rule.js';

const DAYS_FIRST_FIVE = 21;
const DAYS_AFTER = 30;
// Two years' wage, read as 24 months of the basic wage the award is computed on.
const CEILING_MONTHS = 24;

const ceiling = (wage: GratuityWage) => CEILING_MONTHS * wage.basicMonthly;

export const uaeGratuity: GratuityRule = {
  id: 'ae-fdl-33-2021-art-51',
  country: 'AE',
  citation: 'UAE Federal Decree-Law No. 33 of 2021 on the Regulation of Labour Relations, Article 51',
  basis: 'basic',
  note:
    'On the last basic wage (allowances excluded): 21 days a year for the first five years, 30 days a year ' +
    'after, only once one year of continuous service is complete, at most two years of basic wage. ' +
    "A day's wage is taken as monthly basic x 12 / 365; unpaid absence does not count as service.",
  monthlyWage: (wage) => wage.basicMonthly,
  ratePerYear: (serviceYear) => ({ value: serviceYear <= 5 ? DAYS_FIRST_FIVE : DAYS_AFTER, unit: 'days' }),
  payableAfter(years, wage) {
    if (years < 1) return 0;
    const { firstFive, after } = splitAtFive(years);
    const days = firstFive * DAYS_FIRST_FIVE + after * DAYS_AFTER;
    return Math.min(days * dailyWage(wage.basicMonthly), ceiling(wage));
  },
  ceiling,
};
