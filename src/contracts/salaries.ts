import { z } from 'zod';
import { type Region, regionSchema } from './positions.js';
import { countryCodeSchema, currencySchema, levelSchema, roleFamilySchema } from './profile.js';
import { offerBreakdownSchema } from './salary-offer.js';

/**
 * Role families of salary records: the marketplace's ML families plus the neighbouring data and
 * software roles that salary surveys carry, so those records are kept and labelled, not forced into
 * an ML family they do not belong to.
 */
export const salaryRoleFamilySchema = z.enum([
  ...roleFamilySchema.options,
  'data_engineer',
  'data_analyst',
  'software_engineer',
  'other',
]);
export type SalaryRoleFamily = z.infer<typeof salaryRoleFamilySchema>;

/** Where a salary record comes from. Posted bands are read live from open positions. */
export const salarySourceSchema = z.enum(['import', 'demo', 'offer', 'posted_band']);
export type SalarySource = z.infer<typeof salarySourceSchema>;

/** What the statistics are computed over: measured records, or the bands employers post. */
export const salaryBasisSchema = z.enum(['records', 'posted_bands']);
export type SalaryBasis = z.infer<typeof salaryBasisSchema>;

export const companySizeSchema = z.enum(['S', 'M', 'L']);
export const employmentTypeSchema = z.enum(['FT', 'PT', 'CT', 'FL']);

const skillSlug = z
  .string()
  .trim()
  .max(80)
  .regex(/^[a-z0-9][a-z0-9+#.-]*$/, 'Use a skill id from the taxonomy');

/** The filters every salary question shares. Country and region are alternatives. */
const sliceFields = {
  roleFamily: salaryRoleFamilySchema.optional(),
  level: levelSchema.optional(),
  country: countryCodeSchema.optional(),
  region: regionSchema.optional(),
  skill: skillSlug.optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  basis: salaryBasisSchema.default('records'),
  /** Figures are computed in US dollars and shown in this currency, with the rate and its date. */
  currency: currencySchema.default('USD'),
};

const oneGeography = <T extends { country?: string | undefined; region?: Region | undefined }>(q: T) =>
  !(q.country && q.region);
const oneGeographyError = { message: 'Give a country or a region, not both', path: ['region'] };

export const salarySliceQuerySchema = z.strictObject(sliceFields).refine(oneGeography, oneGeographyError);
export type SalarySliceQuery = z.infer<typeof salarySliceQuerySchema>;

/** Per level: everything but the level. */
export const salaryLevelsQuerySchema = z
  .strictObject({ ...sliceFields, level: z.never().optional() })
  .refine(oneGeography, oneGeographyError);
export type SalaryLevelsQuery = z.infer<typeof salaryLevelsQuerySchema>;

/** Per region: everything but the geography. */
export const salaryRegionsQuerySchema = z.strictObject({
  ...sliceFields,
  country: z.never().optional(),
  region: z.never().optional(),
});
export type SalaryRegionsQuery = z.infer<typeof salaryRegionsQuerySchema>;

export const salaryPremiumsQuerySchema = z
  .strictObject({ ...sliceFields, skill: z.never().optional() })
  .refine(oneGeography, oneGeographyError);
export type SalaryPremiumsQuery = z.infer<typeof salaryPremiumsQuerySchema>;

export const salaryReferenceQuerySchema = z.strictObject({ currency: currencySchema.default('USD') });

export const fxRateSchema = z
  .object({
    currency: z.string(),
    ratePerUsd: z.number(),
    asOf: z.string().describe('The day the rate dates from (YYYY-MM-DD)'),
    source: z.enum(['peg', 'table', 'identity']),
  })
  .meta({ id: 'FxRate' });
export type FxRateView = z.infer<typeof fxRateSchema>;

export const geoScopeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('country'), country: z.string() }),
  z.object({ kind: z.literal('region'), region: z.string() }),
  z.object({ kind: z.literal('global') }),
]);
export type GeoScopeView = z.infer<typeof geoScopeSchema>;

export const salaryStatsSchema = z
  .object({
    n: z.number().int(),
    outliersRemoved: z.number().int(),
    p10: z.number(),
    p25: z.number(),
    p50: z.number(),
    p75: z.number(),
    p90: z.number(),
    mean: z.number(),
    medianInterval: z.object({ low: z.number(), high: z.number(), level: z.number() }),
  })
  .meta({ id: 'SalaryStats', description: 'Annual amounts in the requested currency' });
export type SalaryStats = z.infer<typeof salaryStatsSchema>;

export const fallbackSchema = z.object({
  kind: z.enum(['shrunk', 'replaced']),
  from: geoScopeSchema,
  to: geoScopeSchema,
  ownN: z.number().int(),
  parentN: z.number().int(),
  weight: z.number(),
});
export type FallbackView = z.infer<typeof fallbackSchema>;

export const sourceCountsSchema = z.object({
  import: z.number().int(),
  demo: z.number().int(),
  offer: z.number().int(),
  posted_band: z.number().int(),
});

export const salaryBenchmarkSchema = z
  .object({
    basis: salaryBasisSchema,
    /** The scope the figures describe (the requested one unless it was replaced by a parent). */
    scope: geoScopeSchema,
    fallback: fallbackSchema.nullable(),
    stats: salaryStatsSchema.nullable(),
    /** Why stats is null. */
    reason: z.enum(['too_few_records']).nullable(),
    /** Records at each level of geography, requested first. */
    chain: z.array(z.object({ scope: geoScopeSchema, n: z.number().int() })),
    /** The staff level of imported surveys is read from "executive" and is approximate. */
    levelApproximate: z.boolean(),
    fx: fxRateSchema,
  })
  .meta({ id: 'SalaryBenchmark' });
export type SalaryBenchmark = z.infer<typeof salaryBenchmarkSchema>;

export const salaryBenchmarkResponse = z.object({
  benchmark: salaryBenchmarkSchema,
  sources: sourceCountsSchema,
  years: z.object({ min: z.number(), max: z.number() }).nullable(),
});
export type SalaryBenchmarkResponse = z.infer<typeof salaryBenchmarkResponse>;

export const salaryLevelsResponse = z.object({
  levels: z.array(z.object({ level: levelSchema, benchmark: salaryBenchmarkSchema })),
  sources: sourceCountsSchema,
});
export type SalaryLevelsResponse = z.infer<typeof salaryLevelsResponse>;

export const salaryRegionsResponse = z.object({
  regions: z.array(
    z.object({ region: z.union([regionSchema, z.literal('global')]), benchmark: salaryBenchmarkSchema }),
  ),
  sources: sourceCountsSchema,
});
export type SalaryRegionsResponse = z.infer<typeof salaryRegionsResponse>;

export const referenceRowSchema = z.object({
  level: levelSchema,
  years: z.string(),
  global: z.object({ min: z.number(), max: z.number() }),
  gulf: z.object({ min: z.number(), max: z.number() }),
  openEnded: z.boolean(),
  premium: z.object({ fraction: z.number(), label: z.string(), skills: z.array(z.string()) }),
});

export const salaryReferenceResponse = z.object({
  source: z.object({ id: z.string(), title: z.string(), year: z.number() }),
  /** Amounts converted to the requested currency; the guide quotes US dollars. */
  rows: z.array(referenceRowSchema),
  fx: fxRateSchema,
});
export type SalaryReferenceResponse = z.infer<typeof salaryReferenceResponse>;

export const premiumSchema = z.object({
  skill: z.string(),
  skillName: z.string(),
  sufficient: z.boolean(),
  premium: z.number().nullable(),
  interval: z.object({ low: z.number(), high: z.number(), level: z.number() }).nullable(),
  nWith: z.number().int(),
  nWithout: z.number().int(),
  strata: z.number().int(),
});
export type PremiumView = z.infer<typeof premiumSchema>;

export const salaryPremiumsResponse = z.object({
  basis: salaryBasisSchema,
  scope: geoScopeSchema,
  /** Each side needs at least this many records for a measured premium. */
  minEachSide: z.number().int(),
  measured: z.array(premiumSchema),
  /** The guide's published premiums, labelled with their source. */
  reference: z.object({
    source: z.object({ id: z.string(), title: z.string(), year: z.number() }),
    rows: z.array(
      z.object({ level: levelSchema, fraction: z.number(), label: z.string(), skills: z.array(z.string()) }),
    ),
  }),
});
export type SalaryPremiumsResponse = z.infer<typeof salaryPremiumsResponse>;

export { countryCodeSchema, currencySchema, levelSchema, regionSchema };

/** Where an offer's annual cash total falls in the benchmark of its role family, level and country. */
export const offerPlacementSchema = z
  .object({
    /** 0..100: "this offer is at the 62nd percentile". */
    percentile: z.number(),
    /** The annual amount compared, in US dollars (base plus cash allowances, before gratuity). */
    comparedUsd: z.number(),
    roleFamily: salaryRoleFamilySchema,
    level: levelSchema,
    country: z.string(),
    benchmark: salaryBenchmarkSchema,
  })
  .meta({ id: 'OfferPlacement' });
export type OfferPlacement = z.infer<typeof offerPlacementSchema>;

export const salaryOfferResponse = z.object({
  breakdown: offerBreakdownSchema,
  /** Null without a role family and level, or when the benchmark has too few records. */
  placement: offerPlacementSchema.nullable(),
});
export type SalaryOfferResponse = z.infer<typeof salaryOfferResponse>;
