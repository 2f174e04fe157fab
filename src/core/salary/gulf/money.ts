// Amounts between the offer's currency, the dollar and the compared offer's currency, keeping the rate
// that explains each figure. A missing or unsupported rate is reported on the field that asked for it.
import { AppError, fieldError } from '../../errors.js';
import { type FxRate, type FxTable, rateFor } from '../../money/index.js';

/** rateFor, but a refusal names `path` (the money core always says `currency`). */
export function rateAt(path: string, currency: string, table: FxTable, on?: string): FxRate {
  try {
    return rateFor(currency, table, on);
  } catch (error) {
    if (error instanceof AppError && error.code === 'validation_failed')
      throw fieldError(path, error.message);
    throw error;
  }
}

/** `amount` of `from` in `to`, through the dollar like every rate we hold; unrounded. */
export function convert(amount: number, from: FxRate, to: FxRate): number {
  // Multiply before dividing so a same-currency conversion is exact.
  return (amount * to.ratePerUsd) / from.ratePerUsd;
}

/** `amount` in dollars at `rate`; unrounded. */
export function toUsd(amount: number, rate: FxRate): number {
  return amount / rate.ratePerUsd;
}

/** Two decimals, applied only where a figure leaves the core. */
export function round2(amount: number): number {
  return Math.round(amount * 100) / 100;
}
