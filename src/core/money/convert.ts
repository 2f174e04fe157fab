// Pay in different currencies and periods made comparable: every band becomes a yearly amount in one
// currency, going through the US dollar because every rate we hold is quoted against it.
import type { Converted, SalaryBand } from '../../contracts/positions.js';
import type { FxTable } from './fx-table.js';
import { type FxRate, type RateSource, rateFor } from './rates.js';

export type PayPeriod = SalaryBand['period'];

const MONTHS_PER_YEAR = 12;

/** A yearly amount from one paid per `period`; Gulf offers are often quoted per month. */
export function annualise(amount: number, period: PayPeriod): number {
  return period === 'month' ? amount * MONTHS_PER_YEAR : amount;
}

// Which side's rate to report. Converted has room for one rate, so it reports the side that moves:
// a table rate before a peg before the dollar itself (the one whose date tells you how stale the
// figure may be); on a tie, the source side, which is what the contract's `rate` describes.
const WEIGHT: Record<RateSource, number> = { identity: 0, peg: 1, table: 2 };

function reported(from: FxRate, to: FxRate): FxRate {
  return WEIGHT[to.source] > WEIGHT[from.source] ? to : from;
}

/**
 * The band per year in `to`, rounded to whole units, with the rate that explains it. For X→USD that is
 * X's rate; for USD→Y it is Y's; between two other currencies see `reported` above.
 */
export function convertBand(band: SalaryBand, to: string, table: FxTable, on?: Date | string): Converted {
  const from = rateFor(band.currency, table, on);
  const target = rateFor(to, table, on);
  // Multiply before dividing and round once, so a same-currency conversion is exact.
  const convert = (amount: number) =>
    Math.round((annualise(amount, band.period) * target.ratePerUsd) / from.ratePerUsd);
  const shown = reported(from, target);
  return {
    min: convert(band.min),
    max: convert(band.max),
    currency: to,
    rate: shown.ratePerUsd,
    rateDate: shown.asOf,
    source: shown.source,
  };
}
