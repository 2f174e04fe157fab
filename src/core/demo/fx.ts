// Fixed conversion rates, so that demo salaries are reproducible rather than following the market.

/** Currencies in which demo positions advertise pay. */
export type PayCurrency = 'USD' | 'EUR' | 'GBP' | 'INR' | 'AED' | 'SAR' | 'QAR';

/**
 * Local units per US dollar. AED, SAR and QAR are official pegs (UAE Central Bank, SAMA, QCB);
 * EUR, GBP and INR are approximate late-2025 mid-market rates, rounded, and deliberately frozen.
 */
export const USD_RATES: Readonly<Record<PayCurrency, number>> = {
  USD: 1,
  EUR: 0.86,
  GBP: 0.75,
  INR: 88,
  AED: 3.6725,
  SAR: 3.75,
  QAR: 3.64,
};

/** How advertised amounts are rounded: INR salaries are quoted in lakhs (100,000). */
export const PAY_ROUNDING: Readonly<Record<PayCurrency, number>> = {
  USD: 1000,
  EUR: 1000,
  GBP: 1000,
  INR: 100_000,
  AED: 1000,
  SAR: 1000,
  QAR: 1000,
};

/** Converts US dollars to the currency, rounded to step (default: the currency's usual rounding). */
export function fromUsd(amountUsd: number, currency: PayCurrency, step = PAY_ROUNDING[currency]): number {
  return Math.round((amountUsd * USD_RATES[currency]) / step) * step;
}

/** Converts an amount in the currency back to (unrounded) US dollars. */
export function toUsd(amount: number, currency: PayCurrency): number {
  return amount / USD_RATES[currency];
}
