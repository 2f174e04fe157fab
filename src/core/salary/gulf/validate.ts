// Input the contract refuses already, checked again for callers that skip it (the benchmark, the demo
// generator): the arithmetic below assumes finite amounts, a positive basic and a sane tax rate.
import type { OfferRequest } from '../../../contracts/salary-offer.js';
import { fieldError } from '../../errors.js';

function amount(path: string, value: number, min = 0): void {
  if (!Number.isFinite(value) || value < min)
    throw fieldError(path, `${path} must be a number of ${min} or more`);
}

/** Throws validation_failed naming the first impossible field. */
export function assertPossibleOffer(request: OfferRequest): void {
  if (!(request.monthly.basic > 0) || !Number.isFinite(request.monthly.basic))
    throw fieldError('monthly.basic', 'Basic pay must be more than zero');
  for (const [key, value] of Object.entries(request.monthly)) amount(`monthly.${key}`, value);
  for (const [key, value] of Object.entries(request.annual)) amount(`annual.${key}`, value);
  if (!Number.isInteger(request.yearsOfService) || request.yearsOfService < 1)
    throw fieldError('yearsOfService', 'Use a whole number of years from 1');
  const { compare } = request;
  if (!compare) return;
  if (!(compare.grossAnnual > 0) || !Number.isFinite(compare.grossAnnual))
    throw fieldError('compare.grossAnnual', 'Use more than zero');
  const rate = compare.effectiveTaxRate;
  if (rate !== undefined && !(rate >= 0 && rate <= 0.75))
    throw fieldError('compare.effectiveTaxRate', 'Use a rate from 0 to 0.75');
}
