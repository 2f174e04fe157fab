// POST /api/salaries/offer: a Gulf job offer in, its annual and monthly worth out (allowances, flights,
// end-of-service gratuity by country law, zero income tax), optionally beside an offer elsewhere.
import { z } from 'zod';
import { fxRateSchema } from './positions.js';
import { countryCodeSchema, currencySchema, levelSchema, roleFamilySchema } from './profile.js';

// Generous enough for any real pay in the weakest supported currency (INR), small enough that a typo
// like 10^12 is refused on its field instead of producing nonsense totals.
const MONTHLY_MAX = 100_000_000;
const ANNUAL_MAX = 1_000_000_000;

const monthlyAmount = z.number().min(0, 'Use zero or more').max(MONTHLY_MAX, 'Too large');
const annualAmount = z.number().min(0, 'Use zero or more').max(ANNUAL_MAX, 'Too large');

/** Countries whose end-of-service gratuity law is modelled (see src/core/salary/gulf). */
export const gulfCountrySchema = z.enum(['AE', 'SA', 'QA'], {
  error: 'Gratuity is modelled for AE, SA and QA only',
});
export type GulfCountry = z.infer<typeof gulfCountrySchema>;

/** Who ended the work relation; only Saudi law (Article 85) pays less on resignation. */
export const separationSchema = z.enum(['employer_ended', 'resignation']);
export type Separation = z.infer<typeof separationSchema>;

export const offerCompareSchema = z.strictObject({
  /** Yearly pay before tax in `currency`. */
  grossAnnual: z.number().positive('Use more than zero').max(ANNUAL_MAX, 'Too large'),
  currency: currencySchema,
  /** Picks the default effective tax rate when `effectiveTaxRate` is absent. */
  country: countryCodeSchema.optional(),
  /** Income tax plus employee social contributions as a share of gross, 0 to 0.75. */
  effectiveTaxRate: z.number().min(0, 'Use 0 or more').max(0.75, 'Use at most 0.75').optional(),
});

export const offerRequestSchema = z
  .strictObject({
    country: gulfCountrySchema,
    currency: currencySchema,
    monthly: z.strictObject({
      basic: monthlyAmount.positive('Basic pay must be more than zero'),
      housing: monthlyAmount.default(0),
      transport: monthlyAmount.default(0),
      other: monthlyAmount.default(0),
    }),
    annual: z
      .strictObject({
        /** One return ticket for one person. */
        flightTicket: annualAmount.default(0),
        peopleCovered: z.number().int('Use a whole number').min(1).max(12).default(1),
        tripsPerYear: z.number().int('Use a whole number').min(0).max(4).default(1),
        education: annualAmount.default(0),
        bonus: annualAmount.default(0),
        other: annualAmount.default(0),
      })
      .prefault({}),
    /** The service year to show the gratuity accrual for: 1 is the first year. */
    yearsOfService: z.number().int('Use a whole number').min(1).max(50).default(1),
    separation: separationSchema.default('employer_ended'),
    compare: offerCompareSchema.optional(),
    /** Carried for the HTTP layer, which places the offer in the salary benchmark. */
    roleFamily: roleFamilySchema.optional(),
    level: levelSchema.optional(),
  })
  .meta({ id: 'OfferRequest' });
export type OfferRequest = z.infer<typeof offerRequestSchema>;
export type OfferRequestInput = z.input<typeof offerRequestSchema>;

export const offerLineItemSchema = z.enum([
  'basic',
  'housing',
  'transport',
  'flights',
  'education',
  'bonus',
  'other',
]);
export type OfferLineItem = z.infer<typeof offerLineItemSchema>;

const yearlyAmount = z.object({ years: z.number(), amount: z.number() });

export const offerBreakdownSchema = z
  .object({
    country: gulfCountrySchema,
    currency: currencySchema,
    yearsOfService: z.number(),
    /** Cash pay per year and per month (a twelfth), in the offer's currency. */
    lines: z.array(z.object({ item: offerLineItemSchema, annual: z.number(), monthly: z.number() })),
    gratuity: z.object({
      country: gulfCountrySchema,
      ruleId: z.string(),
      /** The law and article the rule follows. */
      citation: z.string(),
      /** Computed on basic pay only, or on the full wage (basic plus monthly allowances). */
      basis: z.enum(['basic', 'full_wage']),
      separation: separationSchema,
      /** The monthly wage the rule is computed on. */
      monthlyWage: z.number(),
      /** What the asked service year earns under the law: 21 days, half a month... */
      daysOrMonthsPerYear: z.object({ value: z.number(), unit: z.enum(['days', 'months']) }),
      accrualThisYear: z.number(),
      /** The statutory ceiling is reached (UAE: two years' basic wage), so accrual stops. */
      capReached: z.boolean(),
      /** Payable on leaving after each whole year of service, for a chart. */
      payableAfterYears: z.array(yearlyAmount),
      note: z.string(),
    }),
    incomeTax: z.object({ rate: z.literal(0), note: z.string() }),
    totals: z.object({
      annualCash: z.number(),
      /** Cash plus this year's gratuity accrual. */
      annualWithGratuity: z.number(),
      monthlyCash: z.number(),
      monthlyWithGratuity: z.number(),
    }),
    usd: z.object({
      rate: fxRateSchema,
      annualCash: z.number(),
      annualWithGratuity: z.number(),
      monthlyWithGratuity: z.number(),
    }),
    comparison: z
      .object({
        gross: z.number(),
        currency: currencySchema,
        taxRate: z.number(),
        taxRateSource: z.enum(['user', 'default']),
        /** Where the rate comes from; defaults are rough planning figures to override. */
        taxRateNote: z.string(),
        /** Gross after tax, in the other offer's currency. */
        net: z.number(),
        netUsd: z.number(),
        netInOfferCurrency: z.number(),
        /** This offer's annualWithGratuity minus the other offer's net, in the offer's currency. */
        difference: z.number(),
        differenceUsd: z.number(),
        /** `difference` as a percentage of the other offer's net. */
        differencePct: z.number(),
        rates: z.object({ compare: fxRateSchema, offer: fxRateSchema }),
      })
      .nullable(),
  })
  .meta({ id: 'OfferBreakdown' });
export type OfferBreakdown = z.infer<typeof offerBreakdownSchema>;
