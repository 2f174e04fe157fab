import { describe, expect, it } from 'vitest';
import { offerRequestSchema } from '../../../../../src/contracts/salary-offer.js';
import { EMPTY_SALARY_FILTERS } from '../salaryQuery';
import { followSlice, initialOfferDraft, offerRequestFromDraft, parseAmount } from './offerDraft';

describe('the offer draft', () => {
  it('reads amounts typed with grouping or Arabic-Indic digits, and refuses words', () => {
    expect(parseAmount('30,000')).toBe(30_000);
    expect(parseAmount('٣٠٠٠٠')).toBe(30_000);
    expect(parseAmount('  ')).toBeUndefined();
    expect(parseAmount('lots')).toBeNaN();
  });

  it('becomes a request the shared contract accepts, with the tax rate as a share', () => {
    const draft = {
      ...initialOfferDraft(EMPTY_SALARY_FILTERS),
      basic: '30000',
      housing: '10000',
      flightTicket: '2500',
      peopleCovered: '3',
      compare: true,
      compareGross: '110000',
      compareTaxRate: '33',
    };
    const parsed = offerRequestSchema.parse(offerRequestFromDraft(draft));
    expect(parsed.monthly).toEqual({ basic: 30_000, housing: 10_000, transport: 0, other: 0 });
    expect(parsed.annual.peopleCovered).toBe(3);
    expect(parsed.compare).toEqual({
      grossAnnual: 110_000,
      currency: 'GBP',
      country: 'GB',
      effectiveTaxRate: 0.33,
    });
  });

  it('reports a missing basic salary on its field', () => {
    const result = offerRequestSchema.safeParse(
      offerRequestFromDraft(initialOfferDraft(EMPTY_SALARY_FILTERS)),
    );
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['monthly.basic']);
  });

  it('follows the page to a Gulf country, and its currency unless changed by hand', () => {
    const draft = initialOfferDraft(EMPTY_SALARY_FILTERS);
    const saudi = {
      ...EMPTY_SALARY_FILTERS,
      level: 'senior' as const,
      geography: { kind: 'country' as const, country: 'SA' },
    };
    expect(followSlice(draft, saudi)).toMatchObject({ country: 'SA', currency: 'SAR', level: 'senior' });
    expect(followSlice({ ...draft, currency: 'USD' }, saudi)).toMatchObject({
      country: 'SA',
      currency: 'USD',
    });
    const india = { ...EMPTY_SALARY_FILTERS, geography: { kind: 'country' as const, country: 'IN' } };
    expect(followSlice(draft, india).country).toBe('AE');
  });
});
