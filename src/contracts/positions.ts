import { z } from 'zod';
import { csv, text } from './common.js';
import { countryCodeSchema, currencySchema, levelSchema, roleFamilySchema } from './profile.js';

/** A calendar day, YYYY-MM-DD. */
const daySchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'Use YYYY-MM-DD');
const skillIdSchema = z.string().regex(/^[a-z0-9][a-z0-9+#.-]{0,79}$/, 'Unknown skill id');
const amount = z.number().int('Use whole units').min(0, 'Use zero or more').max(100_000_000, 'Too large');

export const workplaceSchema = z.enum(['onsite', 'hybrid', 'remote']);
export const employmentTypeSchema = z.enum(['FULL_TIME', 'PART_TIME', 'CONTRACTOR', 'TEMPORARY', 'INTERN']);
export const payPeriodSchema = z.enum(['year', 'month']);
export const positionStatusSchema = z.enum(['draft', 'pending_review', 'open', 'paused', 'closed']);
export type PositionStatus = z.infer<typeof positionStatusSchema>;
export const closeReasonSchema = z.enum(['filled', 'cancelled', 'expired']);
export type CloseReason = z.infer<typeof closeReasonSchema>;
export const fundingStatusSchema = z.enum(['none', 'attested', 'verified', 'rejected']);
export const regionSchema = z.enum(['GCC', 'EU', 'NA', 'SOUTH_ASIA']);
export type Region = z.infer<typeof regionSchema>;

export const salaryBandSchema = z.strictObject({
  min: amount,
  max: amount,
  currency: currencySchema,
  period: payPeriodSchema,
});
export type SalaryBand = z.infer<typeof salaryBandSchema>;

/** Gulf-style package: yearly amounts in the band's currency, 0 when not offered. */
export const packageSchema = z.strictObject({
  housing: amount,
  transport: amount,
  annualFlights: amount,
  education: amount,
  other: amount,
  taxFree: z.boolean(),
});
export type CompensationPackage = z.infer<typeof packageSchema>;

export const positionBody = z.strictObject({
  title: text(160).min(3, 'Use at least 3 characters'),
  roleFamily: roleFamilySchema,
  level: levelSchema,
  /** Markdown; raw HTML is not rendered and the output is sanitised. */
  description: text(20_000).min(1, 'Describe the position'),
  requiredSkills: z
    .array(z.strictObject({ skillId: skillIdSchema, minProficiency: z.number().int().min(1).max(5) }))
    .max(40, 'At most 40 required skills'),
  niceToHaveSkills: z
    .array(z.strictObject({ skillId: skillIdSchema }))
    .max(40, 'At most 40 nice-to-have skills'),
  locations: z
    .array(z.strictObject({ country: countryCodeSchema, city: text(120).optional() }))
    .min(1, 'Add at least one location')
    .max(10, 'At most 10 locations'),
  workplace: workplaceSchema,
  /** For remote roles: the countries a hire may live in. */
  remoteCountries: z.array(countryCodeSchema).max(60),
  visaSponsorship: z.boolean(),
  relocationSupport: z.boolean(),
  salary: salaryBandSchema,
  package: packageSchema,
  headcount: z.number().int().min(1).max(500),
  employmentType: employmentTypeSchema,
  /** Defaults to 60 days after opening. */
  validThrough: daySchema.optional(),
});
export type PositionBody = z.infer<typeof positionBody>;

export const createPositionBody = positionBody.extend({ organisationId: z.uuid() });

/** An amount converted for comparison, saying which rate it used. */
export const convertedSchema = z.object({
  min: z.number(),
  max: z.number(),
  currency: z.string(),
  /** Units of the source currency per US dollar. */
  rate: z.number(),
  rateDate: z.string(),
  source: z.enum(['peg', 'table', 'identity']),
});
export type Converted = z.infer<typeof convertedSchema>;

const skillRef = z.object({ skillId: z.string(), name: z.string() });

export const positionViewSchema = z
  .object({
    id: z.uuid(),
    slug: z.string(),
    organisation: z.object({
      id: z.uuid(),
      slug: z.string(),
      name: z.string(),
      verified: z.boolean(),
      logoUrl: z.string().nullable(),
      website: z.string().nullable(),
    }),
    title: z.string(),
    roleFamily: roleFamilySchema,
    level: levelSchema,
    description: z.string(),
    /** The description rendered from Markdown and sanitised. */
    descriptionHtml: z.string(),
    requiredSkills: z.array(skillRef.extend({ minProficiency: z.number() })),
    niceToHaveSkills: z.array(skillRef),
    locations: z.array(z.object({ country: z.string(), city: z.string().optional() })),
    workplace: workplaceSchema,
    remoteCountries: z.array(z.string()),
    visaSponsorship: z.boolean(),
    relocationSupport: z.boolean(),
    salary: salaryBandSchema,
    /** The band per year in US dollars. */
    salaryUsd: convertedSchema,
    package: packageSchema,
    headcount: z.number(),
    employmentType: employmentTypeSchema,
    validThrough: z.string(),
    status: positionStatusSchema,
    closeReason: closeReasonSchema.nullable(),
    closeNote: z.string().nullable(),
    funding: z.object({
      status: fundingStatusSchema,
      /** Members only: who attested, and the budget. */
      attestedBy: z.string().nullable(),
      attestedAt: z.iso.datetime().nullable(),
      budget: z.object({ min: z.number(), max: z.number(), currency: z.string() }).nullable(),
      verifiedAt: z.iso.datetime().nullable(),
      reason: z.string().nullable(),
    }),
    badges: z.object({ verifiedEmployer: z.boolean(), verifiedFunded: z.boolean() }),
    publishedAt: z.iso.datetime().nullable(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'Position' });
export type PositionView = z.infer<typeof positionViewSchema>;
export const positionListResponse = z.object({ positions: z.array(positionViewSchema) });

export const slugParams = z.strictObject({ slug: z.string().min(1).max(200) });

export const fundingBody = z.strictObject({
  headcount: z.number().int().min(1).max(500),
  budgetMin: amount,
  budgetMax: amount,
  budgetCurrency: currencySchema,
});

export const transitionBody = z.strictObject({
  action: z.enum(['submit', 'withdraw', 'pause', 'resume', 'close', 'renew']),
  /** close: filled or cancelled (expiry is the system's). */
  reason: z.enum(['filled', 'cancelled']).optional(),
  note: text(1000).optional(),
  /** renew: the new end date (default 60 days from now). */
  validThrough: daySchema.optional(),
});
export type TransitionBody = z.infer<typeof transitionBody>;

export const positionSearchQuery = z.strictObject({
  q: text(200).optional(),
  roleFamily: csv(roleFamilySchema).optional(),
  level: csv(levelSchema).optional(),
  country: csv(countryCodeSchema).optional(),
  region: regionSchema.optional(),
  workplace: csv(workplaceSchema).optional(),
  visaSponsorship: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  /** Yearly minimum in `currency` (default USD); positions whose band reaches it. */
  minSalary: z.coerce.number().int().min(0).max(100_000_000).optional(),
  currency: currencySchema.default('USD'),
  skills: csv(skillIdSchema).optional(),
  sort: z.enum(['relevance', 'date', 'salary']).default('relevance'),
  cursor: z.string().max(400).optional(),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});
export type PositionSearchQuery = z.infer<typeof positionSearchQuery>;

export const positionSummarySchema = z.object({
  id: z.uuid(),
  slug: z.string(),
  title: z.string(),
  organisation: z.object({ name: z.string(), slug: z.string(), logoUrl: z.string().nullable() }),
  roleFamily: roleFamilySchema,
  level: levelSchema,
  locations: z.array(z.object({ country: z.string(), city: z.string().optional() })),
  workplace: workplaceSchema,
  visaSponsorship: z.boolean(),
  relocationSupport: z.boolean(),
  salary: salaryBandSchema,
  /** The band per year in the currency the search asked for. */
  salaryConverted: convertedSchema,
  taxFree: z.boolean(),
  requiredSkills: z.array(skillRef),
  publishedAt: z.iso.datetime().nullable(),
  validThrough: z.string(),
  badges: z.object({ verifiedEmployer: z.boolean(), verifiedFunded: z.boolean() }),
});
export type PositionSummary = z.infer<typeof positionSummarySchema>;
export const positionSearchResponse = z.object({
  positions: z.array(positionSummarySchema),
  nextCursor: z.string().nullable(),
});

export const fxRateSchema = z.object({
  currency: z.string(),
  ratePerUsd: z.number(),
  asOf: z.string(),
  source: z.enum(['peg', 'table', 'identity']),
});
export const fxRatesResponse = z.object({ rates: z.array(fxRateSchema) });
export const fxRateParams = z.strictObject({ currency: currencySchema });
export const fxRateBody = z.strictObject({
  ratePerUsd: z.number().positive().max(1_000_000),
  asOf: daySchema,
});

export const jobImportBody = z.strictObject({
  organisationId: z.uuid(),
  /** A JSON Resume job document (jsonresume job-schema). */
  job: z.unknown(),
});

const importNote = z.object({ path: z.string(), reason: z.string() });
export const jobImportResponse = z.object({
  position: positionViewSchema,
  report: z.object({
    /** Fields we do not model, or values we could not use. */
    dropped: z.array(importNote),
    /** Fields the document lacks that were filled with a default or a guess: check them. */
    assumed: z.array(importNote),
    matchedSkills: z.array(z.object({ name: z.string(), skillId: z.string(), confidence: z.number() })),
    unmatchedSkills: z.array(z.string()),
  }),
});

export const adminPositionQuery = z.strictObject({
  funding: z.enum(['attested', 'verified', 'rejected']).default('attested'),
});
