import { z } from 'zod';
import { optionalText, text } from './common.js';

/** Only http(s) links: javascript:, data: and other schemes are refused at the edge. */
export const httpUrlSchema = z
  .url({ protocol: /^https?$/, message: 'Use a full http:// or https:// address' })
  .max(500, 'Use at most 500 characters');

/** ISO 8601 calendar date, year-month or year (JSON Resume allows all three). */
export const partialDateSchema = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'Use YYYY, YYYY-MM or YYYY-MM-DD');

export const countryCodeSchema = z.string().regex(/^[A-Z]{2}$/, 'Use a two-letter ISO country code');
export const levelSchema = z.enum(['junior', 'mid', 'senior', 'staff']);
export const roleFamilySchema = z.enum([
  'ml_engineer',
  'applied_scientist',
  'data_scientist',
  'mlops_engineer',
  'research_scientist',
  'ml_architect',
  'engineering_manager',
]);
export type Level = z.infer<typeof levelSchema>;
export type RoleFamily = z.infer<typeof roleFamilySchema>;
export const trackSchema = z.enum(['ic', 'architect', 'research', 'management']);
export const visibilitySchema = z.enum(['verified_employers', 'anonymous', 'hidden']);
export const remotePreferenceSchema = z.enum(['onsite', 'hybrid', 'remote', 'any']);
export const currencySchema = z.enum([
  'USD',
  'EUR',
  'GBP',
  'INR',
  'AED',
  'SAR',
  'QAR',
  'KWD',
  'BHD',
  'OMR',
  'EGP',
  'JOD',
]);

export const basicsSchema = z.strictObject({
  headline: text(160),
  summary: text(4000),
  country: countryCodeSchema.nullable(),
  city: optionalText(120).nullable(),
  yearsExperience: z.number().min(0).max(60).nullable(),
  languages: z
    .array(
      z.strictObject({
        language: text(60).min(1),
        fluency: z.enum(['elementary', 'professional', 'full', 'native']),
      }),
    )
    .max(20),
});
export type Basics = z.infer<typeof basicsSchema>;

export const goalsSchema = z.strictObject({
  targetRoleFamily: roleFamilySchema.nullable(),
  targetLevel: levelSchema.nullable(),
  targetTrack: trackSchema.nullable(),
  desiredCountries: z.array(countryCodeSchema).max(30),
  remotePreference: remotePreferenceSchema,
  willingToRelocate: z.boolean(),
  minimumPay: z
    .strictObject({
      amount: z.number().int().min(0).max(100_000_000),
      currency: currencySchema,
      period: z.enum(['year', 'month']),
    })
    .nullable(),
  noticePeriodWeeks: z.number().int().min(0).max(52).nullable(),
  openToWork: z.boolean(),
});
export type Goals = z.infer<typeof goalsSchema>;

export const visibilitySettingsSchema = z.strictObject({
  visibility: visibilitySchema,
  blockedDomains: z
    .array(
      z
        .string()
        .trim()
        .toLowerCase()
        .regex(/^([a-z0-9-]+\.)+[a-z]{2,}$/, 'Use a domain such as example.com'),
    )
    .max(50),
});
export type VisibilitySettings = z.infer<typeof visibilitySettingsSchema>;

const resultSchema = z.strictObject({
  metric: text(120).min(1),
  value: text(60).min(1),
  baseline: optionalText(60),
});

export const projectSchema = z.strictObject({
  kind: z.literal('project'),
  title: text(160).min(1, 'Give the project a title'),
  problem: text(2000),
  approach: text(4000),
  results: z.array(resultSchema).max(10),
  links: z.strictObject({
    repository: httpUrlSchema.optional(),
    demo: httpUrlSchema.optional(),
    modelCard: httpUrlSchema.optional(),
    dataset: httpUrlSchema.optional(),
    paper: httpUrlSchema.optional(),
  }),
  skills: z.array(z.string().max(80)).max(40),
  startDate: partialDateSchema.optional(),
  endDate: partialDateSchema.optional(),
});

export const certificationSchema = z.strictObject({
  kind: z.literal('certification'),
  name: text(200).min(1),
  issuer: text(160).min(1),
  credentialId: optionalText(120),
  credentialUrl: httpUrlSchema.optional(),
  issueDate: partialDateSchema.optional(),
  expiryDate: partialDateSchema.optional(),
});

export const publicationSchema = z.strictObject({
  kind: z.literal('publication'),
  title: text(300).min(1),
  venue: text(200),
  year: z.number().int().min(1950).max(2100).optional(),
  authors: z.array(text(120)).max(100),
  doi: z
    .string()
    .regex(/^10\.\d{4,9}\/\S+$/, 'Use a DOI such as 10.1000/xyz123')
    .max(200)
    .optional(),
  arxivId: z
    .string()
    .regex(/^(\d{4}\.\d{4,5}(v\d+)?|[a-z-]+(\.[A-Z]{2})?\/\d{7})$/, 'Use an arXiv id such as 2106.09685')
    .optional(),
  url: httpUrlSchema.optional(),
});

export const roleSchema = z.strictObject({
  kind: z.literal('role'),
  employer: text(160).min(1),
  employerDomain: optionalText(120),
  employerIndustry: optionalText(80),
  title: text(160).min(1),
  country: countryCodeSchema.optional(),
  city: optionalText(120),
  startDate: partialDateSchema.optional(),
  endDate: partialDateSchema.optional(),
  summary: text(4000),
  highlights: z.array(text(500)).max(30),
});

export const educationSchema = z.strictObject({
  kind: z.literal('education'),
  institution: text(200).min(1),
  area: text(160),
  studyType: text(80),
  startDate: partialDateSchema.optional(),
  endDate: partialDateSchema.optional(),
});

/** The evidence a candidate can attach to skills, plus their history. */
export const profileItemBodySchema = z.discriminatedUnion('kind', [
  projectSchema,
  certificationSchema,
  publicationSchema,
  roleSchema,
  educationSchema,
]);
export type ProfileItemBody = z.infer<typeof profileItemBodySchema>;
export type ProfileItemKind = ProfileItemBody['kind'];
export const profileItemSchema = z.intersection(z.object({ id: z.uuid() }), profileItemBodySchema);
export type ProfileItem = z.infer<typeof profileItemSchema>;

export const evidenceStrengthSchema = z.enum([
  'claimed',
  'used_in_project',
  'measured_project',
  'certified_or_published',
]);
export type EvidenceStrength = z.infer<typeof evidenceStrengthSchema>;

/** A taxonomy skill id's form (whether the taxonomy has it is the service's check). */
export const skillIdSchema = z.string().regex(/^[a-z0-9][a-z0-9+#.-]{0,79}$/, 'Unknown skill id');

export const skillInputSchema = z.strictObject({
  skillId: skillIdSchema,
  proficiency: z.number().int().min(1).max(5),
  years: z.number().min(0).max(60).nullable(),
  lastUsed: partialDateSchema.nullable(),
  evidence: z.array(z.uuid()).max(20),
});
export const customSkillInputSchema = z.strictObject({
  name: text(80).min(1),
  proficiency: z.number().int().min(1).max(5),
});
export const skillsBodySchema = z.strictObject({
  skills: z.array(skillInputSchema).max(300, 'At most 300 skills'),
  customSkills: z.array(customSkillInputSchema).max(50, 'At most 50 unverified skills'),
});
export type SkillsBody = z.infer<typeof skillsBodySchema>;

export const profileSkillSchema = skillInputSchema.extend({
  name: z.string(),
  category: z.string(),
  strength: evidenceStrengthSchema,
});
export type ProfileSkill = z.infer<typeof profileSkillSchema>;

export const profileSchema = z
  .object({
    userId: z.uuid(),
    displayName: z.string(),
    email: z.string(),
    basics: basicsSchema,
    goals: goalsSchema,
    visibility: visibilitySettingsSchema,
    skills: z.array(profileSkillSchema),
    customSkills: z.array(customSkillInputSchema),
    items: z.array(profileItemSchema),
    openToWorkSince: z.iso.datetime().nullable(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'Profile' });
export type Profile = z.infer<typeof profileSchema>;

export const completenessSchema = z.object({
  score: z.number().int().min(0).max(100),
  stage: levelSchema,
  sections: z.array(z.object({ section: z.string(), done: z.boolean(), weight: z.number() })),
  nextActions: z
    .array(z.object({ id: z.string(), section: z.string(), gain: z.number(), advice: z.string() }))
    .max(3),
});
export type Completeness = z.infer<typeof completenessSchema>;

/** What an employer sees of a candidate; in anonymous mode every identifying field is withheld. */
export const candidateViewSchema = z
  .object({
    candidateId: z.uuid(),
    anonymous: z.boolean(),
    displayName: z.string().nullable(),
    email: z.string().nullable(),
    headline: z.string(),
    summary: z.string(),
    country: z.string().nullable(),
    city: z.string().nullable(),
    yearsExperience: z.number().nullable(),
    languages: basicsSchema.shape.languages,
    skills: z.array(profileSkillSchema.omit({ evidence: true })),
    items: z.array(z.record(z.string(), z.unknown())),
    goals: goalsSchema.pick({
      targetRoleFamily: true,
      targetLevel: true,
      remotePreference: true,
      willingToRelocate: true,
      openToWork: true,
    }),
  })
  .meta({ id: 'CandidateView' });
export type CandidateView = z.infer<typeof candidateViewSchema>;

export const jsonResumeImportBody = z.strictObject({
  /** The JSON Resume document, validated against the official schema by the server. */
  resume: z.unknown(),
  mode: z.enum(['merge', 'replace']),
  /** True: only preview what would change; nothing is saved. */
  dryRun: z.boolean(),
});

const sectionChangeSchema = z.object({
  section: z.string(),
  added: z.array(z.string()),
  updated: z.array(z.string()),
  removed: z.array(z.string()),
});
export const jsonResumeImportResponse = z.object({
  applied: z.boolean(),
  changes: z.array(sectionChangeSchema),
  matchedSkills: z.array(z.object({ name: z.string(), skillId: z.string(), confidence: z.number() })),
  unmatchedSkills: z.array(z.string()),
  dropped: z.array(z.object({ path: z.string(), reason: z.string() })),
});
export type JsonResumeImportResult = z.infer<typeof jsonResumeImportResponse>;

export const deleteAccountBody = z.strictObject({
  password: z.string().min(1, 'Enter your password').max(256),
});
