// Which rate applies to a currency on a day: a peg when there is one, else the latest table row dated on
// or before that day. The dollar itself needs neither.
import { currencySchema } from '../../contracts/profile.js';
import { AppError } from '../errors.js';
import type { FxTable, FxTableEntry } from './fx-table.js';
import { PEGS } from './pegs.js';

export type RateSource = 'peg' | 'table' | 'identity';

/** The rate used for one currency: units per US dollar, the day it dates from, and where it came from. */
export interface FxRate {
  currency: string;
  ratePerUsd: number;
  asOf: string;
  source: RateSource;
}

/** A dollar is a dollar on every date; the epoch says "always" without reading the clock. */
export const IDENTITY_AS_OF = '1970-01-01';

const KNOWN_CURRENCIES: ReadonlySet<string> = new Set(currencySchema.options);
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A Date or YYYY-MM-DD as a UTC calendar day, which compares correctly as a string. */
export function toDay(on: Date | string): string {
  return typeof on === 'string' ? on : on.toISOString().slice(0, 10);
}

// A malformed row (bad date, zero or negative rate) is skipped rather than trusted: a zero rate would
// divide by zero later, and a bad date would sort unpredictably.
function usable(entry: FxTableEntry): boolean {
  return DAY.test(entry.asOf) && Number.isFinite(entry.ratePerUsd) && entry.ratePerUsd > 0;
}

function latestRow(currency: string, table: FxTable, day: string | undefined): FxTableEntry | undefined {
  let best: FxTableEntry | undefined;
  for (const entry of table) {
    if (entry.currency !== currency || !usable(entry)) continue;
    if (day !== undefined && entry.asOf > day) continue;
    if (!best || entry.asOf > best.asOf) best = entry;
  }
  return best;
}

function invalidCurrency(message: string): AppError {
  return new AppError('validation_failed', message, {
    errors: [{ path: 'currency', message, code: 'unknown_currency' }],
  });
}

/**
 * The rate for `currency` on day `on` (default: the latest known). Pegs apply on every date, including
 * before they were set: pay from before 1986 is not something this product compares.
 */
export function rateFor(currency: string, table: FxTable, on?: Date | string): FxRate {
  if (!KNOWN_CURRENCIES.has(currency)) throw invalidCurrency(`${currency} is not a supported currency`);
  if (currency === 'USD') return { currency, ratePerUsd: 1, asOf: IDENTITY_AS_OF, source: 'identity' };
  const peg = PEGS[currency];
  if (peg) return { currency, ratePerUsd: peg.ratePerUsd, asOf: peg.since, source: 'peg' };
  const day = on === undefined ? undefined : toDay(on);
  const row = latestRow(currency, table, day);
  if (!row) throw invalidCurrency(`No ${currency} rate${day ? ` on or before ${day}` : ''}`);
  return { currency, ratePerUsd: row.ratePerUsd, asOf: row.asOf, source: 'table' };
}

/**
 * Every supported currency with the rate that applies on `on` (default: the latest), for GET
 * /api/fx-rates. A floating currency with no usable row is left out rather than failing the whole list,
 * so the admin page still loads and shows what is missing.
 */
export function listRates(table: FxTable, on?: Date | string): FxRate[] {
  const rates: FxRate[] = [];
  for (const currency of currencySchema.options) {
    try {
      rates.push(rateFor(currency, table, on));
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
    }
  }
  return rates;
}
