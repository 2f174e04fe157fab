// The gratuity rule of each modelled country. Adding a country means a rule file and a line here (and
// the country in gulfCountrySchema).
import type { GulfCountry } from '../../../contracts/salary-offer.js';
import { fieldError } from '../../errors.js';
import { qatarGratuity } from './qatar.js';
import type { GratuityRule } from './rule.js';
import { saudiGratuity } from './saudi.js';
import { uaeGratuity } from './uae.js';

export const GRATUITY_RULES: Readonly<Record<GulfCountry, GratuityRule>> = {
  AE: uaeGratuity,
  SA: saudiGratuity,
  QA: qatarGratuity,
};

/** The rule for `country`; the contract already refuses others, this guards direct callers. */
export function gratuityRuleFor(country: string): GratuityRule {
  const rule = Object.hasOwn(GRATUITY_RULES, country) ? GRATUITY_RULES[country as GulfCountry] : undefined;
  if (!rule) throw fieldError('country', `Gratuity is modelled for AE, SA and QA only, not ${country}`);
  return rule;
}
