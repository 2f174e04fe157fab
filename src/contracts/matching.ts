import { z } from 'zod';
import { csv } from './common.js';
import { positionSummarySchema, workplaceSchema } from './positions.js';
import {
  countryCodeSchema,
  evidenceStrengthSchema,
  levelSchema,
  roleFamilySchema,
  skillIdSchema,
} from './profile.js';

const componentKeySchema = z.enum([
  'required_skills',
  'nice_to_have',
  'level',
  'evidence',
  'recency',
  'goals',
  'salary',
]);

export const matchComponentSchema = z.object({
  key: componentKeySchema,
  side: z.enum(['employer', 'candidate']),
  /** Weight within its side; each side's weights sum to 1. */
  weight: z.number(),
  /** 0..1. */
  value: z.number(),
  /** Score points; all contributions sum to the score. */
  contribution: z.number(),
});

export const scoredMatchSchema = z
  .object({
    positionId: z.uuid(),
    candidateId: z.uuid(),
    excluded: z.null(),
    /** 0-100, one decimal: the harmonic mean of the two sides' fits. */
    score: z.number(),
    rawScore: z.number(),
    candidateFit: z.number(),
    employerFit: z.number(),
    components: z.array(matchComponentSchema),
    matchedSkills: z.array(
      z.object({
        skillId: z.string(),
        name: z.string(),
        required: z.boolean(),
        proficiency: z.number(),
        minProficiency: z.number().nullable(),
        strength: evidenceStrengthSchema,
        credit: z.number(),
      }),
    ),
    relatedCredit: z.array(
      z.object({
        skillId: z.string(),
        name: z.string(),
        required: z.boolean(),
        via: z.string(),
        viaName: z.string(),
        relation: z.string(),
        weight: z.number(),
        credit: z.number(),
      }),
    ),
    missingRequired: z.array(z.object({ skillId: z.string(), name: z.string() })),
    improvements: z.array(
      z.object({
        kind: z.enum(['add_skill', 'raise_proficiency', 'add_evidence', 'set_goal', 'refresh_profile']),
        skillId: z.string().optional(),
        /** The skill's display name, when the change is about a skill. */
        skillName: z.string().optional(),
        gain: z.number(),
        /** English; the fields below let an interface word it in its own language. */
        message: z.string(),
        /** add_skill: whether the position requires the skill (else it would like it). */
        required: z.boolean().optional(),
        /** add_skill of a required skill, raise_proficiency: the position's minimum (1-5). */
        minimum: z.number().int().optional(),
        /** raise_proficiency: the candidate's proficiency now (1-5). */
        current: z.number().int().optional(),
        /** set_goal: the goal to state. */
        goal: z.enum(['role_family', 'level', 'open_to_work', 'relocate']).optional(),
        /** set_goal relocate: the position's country (ISO 3166-1 alpha-2). */
        country: z.string().optional(),
        /** add_evidence without a skill: a measured project, or a publication. */
        evidence: z.enum(['project', 'publication']).optional(),
      }),
    ),
  })
  .meta({ id: 'Match' });
export type ScoredMatchView = z.infer<typeof scoredMatchSchema>;

/** The figures and places behind a hard filter's verdict (only those its rule names), for wording it in another language. */
export const exclusionParticularsSchema = z.object({
  /** location, visa: the position's workplace. */
  workplace: workplaceSchema.optional(),
  /** location, visa: the position's countries (ISO 3166-1 alpha-2). */
  countries: z.array(z.string()).optional(),
  /** remote country: the countries the remote position hires in. */
  remoteCountries: z.array(z.string()).optional(),
  /** location, visa, remote country: where the candidate lives (null: not stated). */
  home: z.string().nullable().optional(),
  /** salary: the candidate's minimum, the band's maximum, the tolerance and the limit it makes. */
  minimumPayUsd: z.number().optional(),
  salaryMaxUsd: z.number().optional(),
  tolerancePercent: z.number().optional(),
  limitUsd: z.number().optional(),
});
export type ExclusionParticulars = z.infer<typeof exclusionParticularsSchema>;

export const excludedMatchSchema = z.object({
  positionId: z.uuid(),
  candidateId: z.uuid(),
  excluded: z.object({
    code: z.string(),
    /** The rule with its particulars, in English. */
    message: z.string(),
    particulars: exclusionParticularsSchema,
  }),
});
export const matchResultSchema = z.union([scoredMatchSchema, excludedMatchSchema]);
export type MatchResultView = z.infer<typeof matchResultSchema>;

const page = {
  limit: z.coerce.number().int().min(1).max(50).default(20),
  /** Deep pages cost more; rankings past 500 are not useful to anyone. */
  offset: z.coerce.number().int().min(0).max(500).default(0),
};

export const jobMatchesQuery = z.strictObject({
  ...page,
  roleFamily: csv(roleFamilySchema).optional(),
  country: csv(countryCodeSchema).optional(),
  workplace: csv(workplaceSchema).optional(),
  /** Only positions asking for every one of these skills (required or nice to have). */
  skills: csv(skillIdSchema).optional(),
});
export type JobMatchesQuery = z.infer<typeof jobMatchesQuery>;

export const jobMatchesResponse = z.object({
  matches: z.array(z.object({ position: positionSummarySchema, match: scoredMatchSchema })),
  nextOffset: z.number().nullable(),
});

export const candidateMatchesQuery = z.strictObject({
  ...page,
  country: csv(countryCodeSchema).optional(),
  level: csv(levelSchema).optional(),
  minScore: z.coerce.number().min(0).max(100).optional(),
  /** Only candidates listing every one of these skills, at any proficiency. */
  skills: csv(skillIdSchema).optional(),
});
export type CandidateMatchesQuery = z.infer<typeof candidateMatchesQuery>;

export const matchActionSchema = z.enum(['save', 'shortlist', 'dismiss']);
export const dismissReasonSchema = z.enum([
  'skills_gap',
  'level_mismatch',
  'salary_mismatch',
  'location',
  'not_interested',
  'other',
]);

export const candidateCardSchema = z.object({
  candidateId: z.uuid(),
  /** Anonymous candidates show no name until they accept an introduction. */
  anonymous: z.boolean(),
  displayName: z.string().nullable(),
  headline: z.string(),
  country: z.string().nullable(),
  yearsExperience: z.number().nullable(),
  level: levelSchema.nullable(),
});

export const candidateMatchesResponse = z.object({
  candidates: z.array(
    z.object({
      candidate: candidateCardSchema,
      match: scoredMatchSchema,
      action: z
        .object({ action: matchActionSchema, reason: dismissReasonSchema.nullable(), at: z.iso.datetime() })
        .nullable(),
    }),
  ),
  nextOffset: z.number().nullable(),
});

export const matchPairParams = z.strictObject({ id: z.uuid(), candidateId: z.uuid() });
export const explainQuery = z.strictObject({ positionId: z.uuid(), candidateId: z.uuid().optional() });

export const matchActionBody = z.strictObject({
  action: matchActionSchema,
  /** Required when dismissing: feedback for learning the weights later. */
  reason: dismissReasonSchema.optional(),
  note: z.string().trim().max(500).optional(),
});
