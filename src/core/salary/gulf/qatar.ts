// Qatar: Labour Law No. 14 of 2004, Article 54. A worker who has completed one year or more of service
// is paid an end-of-service gratuity agreed by the parties but not less than three weeks' wage for each
// year of service, fractions of a year pro rata, computed on the last basic wage (Article 1 defines the
// basic wage as pay without allowances). The law sets a floor, not a ceiling: contracts often pay more,
// and this rule shows the statutory minimum.
import type { GratuityRule } from './rule.js';
import { dailyWage } from './rule.js';

// Three weeks of calendar days.
const DAYS_PER_YEAR = 21;

export const qatarGratuity: GratuityRule = {
  id: 'qa-labour-law-14-2004-art-54',
  country: 'QA',
  citation: 'Qatar Labour Law No. 14 of 2004, Article 54',
  basis: 'basic',
  note:
    "The statutory minimum on the last basic wage: three weeks' (21 days') wage for each year of service, " +
    "only once one year is complete. Contracts may pay more. A day's wage is taken as monthly basic x 12 / 365.",
  monthlyWage: (wage) => wage.basicMonthly,
  ratePerYear: () => ({ value: DAYS_PER_YEAR, unit: 'days' }),
  payableAfter(years, wage) {
    if (years < 1) return 0;
    return years * DAYS_PER_YEAR * dailyWage(wage.basicMonthly);
  },
  ceiling: () => Number.POSITIVE_INFINITY,
};
