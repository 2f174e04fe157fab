import { annualise, type FxTable, rateFor } from '../../core/money/index.js';

/** The band per year in USD, stored for search filters and sorting; recomputed when a rate changes. */
export function usdBand(
  band: { min: number; max: number; currency: string; period: 'year' | 'month' },
  table: FxTable,
) {
  const rate = rateFor(band.currency, table).ratePerUsd;
  return {
    salaryMinUsd: annualise(band.min, band.period) / rate,
    salaryMaxUsd: annualise(band.max, band.period) / rate,
  };
}
