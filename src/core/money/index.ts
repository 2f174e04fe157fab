// Currency conversion for comparing pay: fixed pegs, a dated table for floating currencies, and bands
// turned into yearly amounts in one currency.

export type { PayPeriod } from './convert.js';
export { annualise, convertBand } from './convert.js';
export type { FxTable, FxTableEntry } from './fx-table.js';
export { DEFAULT_FLOATING_RATES } from './fx-table.js';
export type { Peg } from './pegs.js';
export { isPegged, PEGS } from './pegs.js';
export type { FxRate, RateSource } from './rates.js';
export { IDENTITY_AS_OF, listRates, rateFor, toDay } from './rates.js';
