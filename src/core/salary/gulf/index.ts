// The Gulf total-compensation calculator: pure, so the HTTP layer passes the request and the FX table.

export { compareOffer } from './compare.js';
export { accrualInYear, gratuityFor, gratuityWage } from './gratuity.js';
export { INCOME_TAX_NOTES } from './income-tax.js';
export { annualFlights, cashLines } from './lines.js';
export { computeOffer } from './offer.js';
export type { GratuityRule, GratuityWage, RatePerYear } from './rule.js';
export { GRATUITY_RULES, gratuityRuleFor } from './rules.js';
export { resignationShare } from './saudi.js';
export { DEFAULT_TAX_RATES, defaultTaxRate, FALLBACK_TAX_RATE } from './tax-defaults.js';
