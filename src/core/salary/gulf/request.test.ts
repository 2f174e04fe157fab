// The contract's bounds: what POST /api/salaries/offer refuses before the calculator runs.
import { describe, expect, it } from 'vitest';
import { offerRequestSchema } from '../../../contracts/salary-offer.js';

const valid = { country: 'AE', currency: 'AED', monthly: { basic: 20_000 } };

function issues(input: unknown) {
  const result = offerRequestSchema.safeParse(input);
  return result.success
    ? []
    : result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
}

describe('offerRequestSchema', () => {
  it('fills in the defaults', () => {
    expect(offerRequestSchema.parse(valid)).toEqual({
      country: 'AE',
      currency: 'AED',
      monthly: { basic: 20_000, housing: 0, transport: 0, other: 0 },
      annual: { flightTicket: 0, peopleCovered: 1, tripsPerYear: 1, education: 0, bonus: 0, other: 0 },
      yearsOfService: 1,
      separation: 'employer_ended',
    });
  });

  it('refuses an absurd amount on its field', () => {
    expect(issues({ ...valid, monthly: { basic: 1e12 } })).toEqual([
      { path: 'monthly.basic', message: 'Too large' },
    ]);
    expect(issues({ ...valid, annual: { bonus: 1e12 } })).toEqual([
      { path: 'annual.bonus', message: 'Too large' },
    ]);
  });

  it.each([
    [{ ...valid, monthly: { basic: 0 } }, 'monthly.basic'],
    [{ ...valid, monthly: { basic: 1, housing: -5 } }, 'monthly.housing'],
    [{ ...valid, annual: { peopleCovered: 13 } }, 'annual.peopleCovered'],
    [{ ...valid, annual: { peopleCovered: 0 } }, 'annual.peopleCovered'],
    [{ ...valid, annual: { tripsPerYear: 5 } }, 'annual.tripsPerYear'],
    [{ ...valid, yearsOfService: 0 }, 'yearsOfService'],
    [{ ...valid, yearsOfService: 1.5 }, 'yearsOfService'],
    [{ ...valid, currency: 'CHF' }, 'currency'],
    [{ ...valid, compare: { grossAnnual: 1e12, currency: 'USD' } }, 'compare.grossAnnual'],
    [
      { ...valid, compare: { grossAnnual: 100, currency: 'USD', effectiveTaxRate: 0.8 } },
      'compare.effectiveTaxRate',
    ],
    [{ ...valid, compare: { grossAnnual: 100, currency: 'USD', country: 'gb' } }, 'compare.country'],
    [{ ...valid, roleFamily: 'astronaut' }, 'roleFamily'],
  ])('refuses %j on %s', (input, path) => {
    expect(issues(input).map((issue) => issue.path)).toEqual([path]);
  });

  it('refuses a country whose gratuity law is not modelled, saying which are', () => {
    expect(issues({ ...valid, country: 'OM' })).toEqual([
      { path: 'country', message: 'Gratuity is modelled for AE, SA and QA only' },
    ]);
  });

  it('refuses unknown fields', () => {
    expect(issues({ ...valid, monthly: { basic: 1, car: 2 } })[0]?.path).toBe('monthly');
    expect(issues({ ...valid, extra: true })).toHaveLength(1);
  });

  it('carries the benchmark placement fields', () => {
    const parsed = offerRequestSchema.parse({ ...valid, roleFamily: 'ml_engineer', level: 'senior' });
    expect(parsed).toMatchObject({ roleFamily: 'ml_engineer', level: 'senior' });
  });
});
