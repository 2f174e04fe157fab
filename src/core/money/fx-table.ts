// Rates for currencies that float against the dollar. They live in the database and are maintained by
// admins; core receives them as plain data so it never does I/O or guesses at today's market.

/** One dated rate: units of `currency` per US dollar, valid from `asOf` (YYYY-MM-DD) until a later row. */
export interface FxTableEntry {
  currency: string;
  ratePerUsd: number;
  asOf: string;
}

/** Every known dated rate; order does not matter. */
export type FxTable = ReadonlyArray<FxTableEntry>;

/**
 * Seed values for the demo, dated 2026-11-01: plausible, not market data. Admins update them through
 * PUT /api/fx-rates/:currency. JOD is absent because it is pegged (see pegs.ts).
 */
export const DEFAULT_FLOATING_RATES: FxTable = [
  { currency: 'KWD', ratePerUsd: 0.307, asOf: '2026-11-01' },
  { currency: 'EUR', ratePerUsd: 0.92, asOf: '2026-11-01' },
  { currency: 'GBP', ratePerUsd: 0.79, asOf: '2026-11-01' },
  { currency: 'INR', ratePerUsd: 84.5, asOf: '2026-11-01' },
  { currency: 'EGP', ratePerUsd: 49.0, asOf: '2026-11-01' },
];
