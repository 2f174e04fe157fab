// The offer beside one elsewhere: the other gross after an effective tax rate (the user's, or a rough
// default for its country), then both in the offer's currency and in dollars.
import type { OfferBreakdown, OfferRequest } from '../../../contracts/salary-offer.js';
import type { FxRate, FxTable } from '../../money/index.js';
import { convert, rateAt, round2, toUsd } from './money.js';
import { defaultTaxRate } from './tax-defaults.js';

type Comparison = NonNullable<OfferBreakdown['comparison']>;

/**
 * The comparison against `compare`, where `offerAnnual` is the offer's yearly worth (cash plus this
 * year's gratuity, untaxed) in the currency of `offerRate`.
 */
export function compareOffer(
  compare: NonNullable<OfferRequest['compare']>,
  offerAnnual: number,
  offerRate: FxRate,
  table: FxTable,
  on?: string,
): Comparison {
  const compareRate = rateAt('compare.currency', compare.currency, table, on);
  const fallback = defaultTaxRate(compare.country);
  const userRate = compare.effectiveTaxRate;
  const taxRate = userRate ?? fallback.rate;
  const net = compare.grossAnnual * (1 - taxRate);
  const netInOfferCurrency = convert(net, compareRate, offerRate);
  const difference = offerAnnual - netInOfferCurrency;
  return {
    gross: round2(compare.grossAnnual),
    currency: compare.currency,
    taxRate,
    taxRateSource: userRate === undefined ? 'default' : 'user',
    taxRateNote: userRate === undefined ? fallback.note : 'Your own rate.',
    net: round2(net),
    netUsd: round2(toUsd(net, compareRate)),
    netInOfferCurrency: round2(netInOfferCurrency),
    difference: round2(difference),
    differenceUsd: round2(toUsd(difference, offerRate)),
    // Net is positive: gross is above zero and the rate at most 0.75.
    differencePct: round2((difference / netInOfferCurrency) * 100),
    rates: { compare: compareRate, offer: offerRate },
  };
}
