// An accepted offer as a salary record for the benchmarks. Role, level and country come from the
// position; pay is made yearly in the offer's currency and in dollars. Nothing in it names or points
// to the candidate, the organisation or the application.
import type { Level, RoleFamily } from '../../contracts/profile.js';
import { annualise, type FxTable, rateFor } from '../money/index.js';
import { regionOfCountry } from '../positions/regions.js';
import { classifyTitle } from '../salary/import/titles.js';
import type { SalaryRecord } from '../salary/types.js';

export interface OfferFacts {
  base: number;
  /** Allowance amounts in the offer's currency and period. */
  allowances: Readonly<Record<string, number>>;
  currency: string;
  period: 'year' | 'month';
}

export interface PositionFacts {
  title: string;
  roleFamily: RoleFamily;
  level: Level;
  country: string;
  requiredSkills: readonly string[];
}

/**
 * The salary record an accepted, shared offer becomes, dated `at` and converted at the rate of
 * `convertOn` (by default the same day; the demo's back-dated offers use today's table).
 */
export function offerSalaryRecord(
  offer: OfferFacts,
  position: PositionFacts,
  table: FxTable,
  at: Date,
  convertOn: Date = at,
): SalaryRecord {
  const base = annualise(offer.base, offer.period);
  const allowances = annualise(
    Object.values(offer.allowances).reduce((sum, amount) => sum + amount, 0),
    offer.period,
  );
  const total = base + allowances;
  return {
    source: 'offer',
    year: at.getUTCFullYear(),
    roleFamily: position.roleFamily,
    title: classifyTitle(position.title).title,
    rawTitle: position.title,
    level: position.level,
    levelApproximate: false,
    country: position.country,
    residence: null,
    region: regionOfCountry(position.country),
    currency: offer.currency,
    base,
    allowances,
    total,
    totalUsd: total / rateFor(offer.currency, table, convertOn).ratePerUsd,
    remoteRatio: null,
    companySize: null,
    employmentType: 'FT',
    weight: 1,
    skills: [...position.requiredSkills],
  };
}
