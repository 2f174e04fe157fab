import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { OfferRequest } from '../../../contracts/salary-offer.js';
import { DEFAULT_FLOATING_RATES } from '../../money/index.js';
import { computeOffer } from './offer.js';

const money = fc.double({ min: 0, max: 1_000_000, noNaN: true, noDefaultInfinity: true });

const offerArb: fc.Arbitrary<OfferRequest> = fc.record({
  country: fc.constantFrom('AE', 'SA', 'QA'),
  currency: fc.constantFrom('AED', 'SAR', 'QAR', 'USD', 'EUR', 'INR'),
  monthly: fc.record({
    basic: fc.double({ min: 1, max: 1_000_000, noNaN: true, noDefaultInfinity: true }),
    housing: money,
    transport: money,
    other: money,
  }),
  annual: fc.record({
    flightTicket: money,
    peopleCovered: fc.integer({ min: 1, max: 11 }),
    tripsPerYear: fc.integer({ min: 0, max: 3 }),
    education: money,
    bonus: money,
    other: money,
  }),
  yearsOfService: fc.integer({ min: 1, max: 50 }),
  separation: fc.constantFrom('employer_ended', 'resignation'),
});

type Raise = (offer: OfferRequest, by: number) => OfferRequest;

// Every input a candidate could negotiate up, and how to raise it.
const raises: Record<string, Raise> = {
  basic: (o, by) => ({ ...o, monthly: { ...o.monthly, basic: o.monthly.basic + by } }),
  housing: (o, by) => ({ ...o, monthly: { ...o.monthly, housing: o.monthly.housing + by } }),
  transport: (o, by) => ({ ...o, monthly: { ...o.monthly, transport: o.monthly.transport + by } }),
  monthlyOther: (o, by) => ({ ...o, monthly: { ...o.monthly, other: o.monthly.other + by } }),
  flightTicket: (o, by) => ({ ...o, annual: { ...o.annual, flightTicket: o.annual.flightTicket + by } }),
  peopleCovered: (o) => ({ ...o, annual: { ...o.annual, peopleCovered: o.annual.peopleCovered + 1 } }),
  tripsPerYear: (o) => ({ ...o, annual: { ...o.annual, tripsPerYear: o.annual.tripsPerYear + 1 } }),
  education: (o, by) => ({ ...o, annual: { ...o.annual, education: o.annual.education + by } }),
  bonus: (o, by) => ({ ...o, annual: { ...o.annual, bonus: o.annual.bonus + by } }),
  annualOther: (o, by) => ({ ...o, annual: { ...o.annual, other: o.annual.other + by } }),
};

describe('computeOffer properties', () => {
  it('never lowers a total when any allowance rises', () => {
    fc.assert(
      fc.property(
        offerArb,
        fc.constantFrom(...Object.keys(raises)),
        fc.double({ min: 0.01, max: 100_000, noNaN: true }),
        (offer, field, by) => {
          const raise = raises[field];
          if (!raise) return;
          const before = computeOffer(offer, DEFAULT_FLOATING_RATES);
          const after = computeOffer(raise(offer, by), DEFAULT_FLOATING_RATES);
          expect(after.totals.annualCash).toBeGreaterThanOrEqual(before.totals.annualCash);
          expect(after.totals.annualWithGratuity).toBeGreaterThanOrEqual(before.totals.annualWithGratuity);
          expect(after.totals.monthlyWithGratuity).toBeGreaterThanOrEqual(before.totals.monthlyWithGratuity);
          expect(after.usd.annualWithGratuity).toBeGreaterThanOrEqual(before.usd.annualWithGratuity);
          expect(after.gratuity.accrualThisYear).toBeGreaterThanOrEqual(before.gratuity.accrualThisYear);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('never pays less gratuity after more years of service', () => {
    fc.assert(
      fc.property(offerArb, (offer) => {
        const table = computeOffer({ ...offer, yearsOfService: 50 }, DEFAULT_FLOATING_RATES).gratuity
          .payableAfterYears;
        for (let i = 1; i < table.length; i++)
          expect(table[i]?.amount ?? 0).toBeGreaterThanOrEqual(table[i - 1]?.amount ?? 0);
      }),
      { numRuns: 200 },
    );
  });
});
