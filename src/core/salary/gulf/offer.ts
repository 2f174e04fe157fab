// A Gulf offer's total compensation: cash lines, this year's end-of-service gratuity accrual by the
// country's law, zero income tax, dollars at the dated rate, and an optional offer elsewhere beside it.
import type { OfferBreakdown, OfferRequest } from '../../../contracts/salary-offer.js';
import type { FxTable } from '../../money/index.js';
import { compareOffer } from './compare.js';
import { gratuityFor } from './gratuity.js';
import { INCOME_TAX_NOTES } from './income-tax.js';
import { cashLines } from './lines.js';
import { rateAt, round2, toUsd } from './money.js';
import { gratuityRuleFor } from './rules.js';
import { assertPossibleOffer } from './validate.js';

const MONTHS = 12;

/**
 * The offer's breakdown. `fxTable` holds the dated rates of floating currencies and `on` (YYYY-MM-DD,
 * default the latest) picks the row; pegged currencies ignore both. Amounts are rounded to 2 decimals
 * here only. Throws validation_failed naming the field for impossible input or a missing rate.
 */
export function computeOffer(request: OfferRequest, fxTable: FxTable, on?: string): OfferBreakdown {
  assertPossibleOffer(request);
  const rule = gratuityRuleFor(request.country);
  const offerRate = rateAt('currency', request.currency, fxTable, on);
  const lines = cashLines(request);
  const annualCash = lines.reduce((total, line) => total + line.annual, 0);
  const { gratuity, accrual } = gratuityFor(rule, request);
  const annualWithGratuity = annualCash + accrual;
  return {
    country: rule.country,
    currency: request.currency,
    yearsOfService: request.yearsOfService,
    lines: lines.map((line) => ({
      item: line.item,
      annual: round2(line.annual),
      monthly: round2(line.annual / MONTHS),
    })),
    gratuity,
    incomeTax: { rate: 0, note: INCOME_TAX_NOTES[rule.country] },
    totals: {
      annualCash: round2(annualCash),
      annualWithGratuity: round2(annualWithGratuity),
      monthlyCash: round2(annualCash / MONTHS),
      monthlyWithGratuity: round2(annualWithGratuity / MONTHS),
    },
    usd: {
      rate: offerRate,
      annualCash: round2(toUsd(annualCash, offerRate)),
      annualWithGratuity: round2(toUsd(annualWithGratuity, offerRate)),
      monthlyWithGratuity: round2(toUsd(annualWithGratuity / MONTHS, offerRate)),
    },
    comparison: request.compare
      ? compareOffer(request.compare, annualWithGratuity, offerRate, fxTable, on)
      : null,
  };
}
