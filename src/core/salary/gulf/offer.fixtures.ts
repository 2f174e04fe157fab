// Test offers built through the contract, so defaults apply as they do over HTTP.

import {
  type OfferRequest,
  type OfferRequestInput,
  offerRequestSchema,
} from '../../../contracts/salary-offer.js';
import { AppError } from '../../errors.js';

/** A UAE offer of 20,000 AED basic a month and nothing else, with `overrides` on top. */
export function buildOffer(overrides: Partial<OfferRequestInput> = {}): OfferRequest {
  return offerRequestSchema.parse({
    country: 'AE',
    currency: 'AED',
    monthly: { basic: 20_000 },
    ...overrides,
  });
}

/** The AppError `run` throws; anything else fails the test. */
export function thrown(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected an AppError');
}
