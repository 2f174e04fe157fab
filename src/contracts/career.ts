// The career path (issue 7): the career model admins edit (stages and the tracks beyond senior) and
// GET /api/career, which answers in one response everything the Career page draws: the ladder, the
// assessed stage with its reasons, the target, readiness, ranked skill gaps with unlock counts,
// project suggestions and the comparison of the four tracks.
import { z } from 'zod';
import { levelSchema, roleFamilySchema, trackSchema } from './profile.js';

const skillIdSchema = z.string().regex(/^[a-z0-9][a-z0-9+#.-]{0,79}$/, 'Use a skill id from the taxonomy');
/** Short, trimmed, bounded text: an admin's edit can never grow the model past a few hundred kB. */
const line = (max: number) => z.string().trim().min(1).max(max, `Use at most ${max} characters`);

/** The four stages of the guide, in career order (the same words as the profile's levels). */
export const careerStageIdSchema = levelSchema;
export type CareerStageId = z.infer<typeof careerStageIdSchema>;

/** The tracks beyond senior ("Stage 4: Staff Engineer, Architect, or Manager"). */
export const careerTrackIdSchema = z.enum([
  'staff_ic',
  'ml_architect',
  'research_scientist',
  'engineering_manager',
]);
export type CareerTrackId = z.infer<typeof careerTrackIdSchema>;

/** What a candidate can aim at: a stage or a track. */
export const careerTargetSchema = z
  .enum([...careerStageIdSchema.options, ...careerTrackIdSchema.options])
  .meta({ id: 'CareerTarget' });
export type CareerTarget = z.infer<typeof careerTargetSchema>;

/** An expected skill; any of the alternatives held instead counts the same (the guide's "or"). */
export const coreSkillSchema = z.strictObject({
  skillId: skillIdSchema,
  proficiency: z.number().int().min(1).max(5),
  alternatives: z.array(skillIdSchema).max(8),
});
export type CoreSkill = z.infer<typeof coreSkillSchema>;

export const portfolioProjectTemplateSchema = z.strictObject({
  id: z
    .string()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Use a lower-case slug')
    .max(60),
  title: line(160),
  description: line(1000),
  skills: z.array(skillIdSchema).min(1).max(12),
  measurableOutcome: line(300),
});
export type PortfolioProjectTemplate = z.infer<typeof portfolioProjectTemplateSchema>;

/**
 * The evidence a step expects beyond skills. Counts are minimums; the booleans are gates: a stage
 * with `leadership: true` is never assessed as reached without leadership evidence.
 */
export const evidenceExpectationSchema = z.strictObject({
  projects: z.number().int().min(0).max(20),
  measuredProjects: z.number().int().min(0).max(20),
  deployedProjects: z.number().int().min(0).max(20),
  publications: z.number().int().min(0).max(20),
  leadership: z.boolean(),
  architecture: z.boolean(),
});
export type EvidenceExpectation = z.infer<typeof evidenceExpectationSchema>;

/** Where the step's pay is benchmarked: GET /api/salaries/benchmark?roleFamily=…&level=…. */
export const salaryBenchmarkLinkSchema = z.strictObject({ roleFamily: roleFamilySchema, level: levelSchema });
export type SalaryBenchmarkLink = z.infer<typeof salaryBenchmarkLinkSchema>;

const yearsRangeSchema = z
  .strictObject({ min: z.number().min(0).max(60), max: z.number().min(0).max(60).nullable() })
  .refine((r) => r.max === null || r.max >= r.min, 'The upper bound is below the lower bound');

const stepFields = {
  title: line(120),
  years: yearsRangeSchema,
  typicalTitles: z.array(line(120)).min(1).max(12),
  coreSkills: z.array(coreSkillSchema).min(1).max(30),
  responsibilities: z.array(line(300)).max(12),
  projects: z.array(portfolioProjectTemplateSchema).max(12),
  standOut: z.array(line(300)).max(12),
  evidence: evidenceExpectationSchema,
  salaryBenchmark: salaryBenchmarkLinkSchema,
  /** Where in the guide this comes from, for the admins who edit it. */
  source: z.string().trim().max(200),
};

export const careerStageSchema = z
  .strictObject({ id: careerStageIdSchema, ...stepFields })
  .meta({ id: 'CareerStage' });
export type CareerStage = z.infer<typeof careerStageSchema>;

export const careerTrackSchema = z
  .strictObject({ id: careerTrackIdSchema, track: trackSchema, roleFamily: roleFamilySchema, ...stepFields })
  .meta({ id: 'CareerTrack' });
export type CareerTrack = z.infer<typeof careerTrackSchema>;

/** The whole model: every stage once in career order, every track once. */
export const careerModelSchema = z
  .strictObject({
    stages: z.array(careerStageSchema).length(careerStageIdSchema.options.length),
    tracks: z.array(careerTrackSchema).length(careerTrackIdSchema.options.length),
  })
  .superRefine((model, ctx) => {
    model.stages.forEach((stage, i) => {
      if (stage.id !== careerStageIdSchema.options[i]) {
        ctx.addIssue({
          code: 'custom',
          path: ['stages', i, 'id'],
          message: 'Stages must be junior, mid, senior, staff in order',
        });
      }
    });
    const tracks = new Set(model.tracks.map((t) => t.id));
    if (tracks.size !== model.tracks.length) {
      ctx.addIssue({ code: 'custom', path: ['tracks'], message: 'Each track appears once' });
    }
    const kinds = new Set(model.tracks.map((t) => t.track));
    if (kinds.size !== model.tracks.length) {
      ctx.addIssue({
        code: 'custom',
        path: ['tracks'],
        message: 'Each track kind (ic, architect, …) appears once',
      });
    }
  })
  .meta({ id: 'CareerModel' });
export type CareerModel = z.infer<typeof careerModelSchema>;

// --- GET /api/career ---------------------------------------------------------------------------

export const careerQuerySchema = z.strictObject({ target: careerTargetSchema.optional() });
export type CareerQuery = z.infer<typeof careerQuerySchema>;

export const expectationKindSchema = z.enum([
  'years',
  'skill',
  'projects',
  'measured_projects',
  'deployed_projects',
  'publications',
  'leadership',
  'architecture',
]);
export type ExpectationKind = z.infer<typeof expectationKindSchema>;

/** One expectation of a stage or track against the candidate: met, partly (credit) or not. */
export const expectationCheckSchema = z.object({
  kind: expectationKindSchema,
  /** The skill id for kind skill, else the kind. */
  key: z.string(),
  label: z.string(),
  met: z.boolean(),
  /** 0..1: how much of the expectation is met (a proficiency short of the bar earns a share). */
  credit: z.number().min(0).max(1),
  /** Its share of the step's total (the weights of a step sum to 1). */
  weight: z.number().min(0).max(1),
  /** A gate must be met for the stage to be assessed as reached. */
  gate: z.boolean(),
  /** What the candidate has, e.g. "proficiency 2 of 3, claimed" or "1 of 2 projects". */
  detail: z.string(),
  /** The bar as a number (years, proficiency, count); null for the evidence flags. */
  want: z.number().nullable(),
  /** What the candidate has in the same unit; null when not held or not known. */
  have: z.number().nullable(),
});
export type ExpectationCheck = z.infer<typeof expectationCheckSchema>;

export const stageScoreSchema = z.object({
  stage: careerStageIdSchema,
  /** Weighted share of the stage's expectations met, 0..1. */
  score: z.number().min(0).max(1),
  reached: z.boolean(),
  checks: z.array(expectationCheckSchema),
});
export type StageScore = z.infer<typeof stageScoreSchema>;

export const contradictionSchema = z.object({
  code: z.enum(['years_out_of_range', 'years_exceed_history', 'dates_reversed']),
  message: z.string(),
});
export type Contradiction = z.infer<typeof contradictionSchema>;

export const careerAssessmentSchema = z
  .object({
    /** assessed: stage set; no_skills and contradictory: stage null, reasons say why. */
    status: z.enum(['assessed', 'no_skills', 'contradictory']),
    stage: careerStageIdSchema.nullable(),
    confidence: z.number().min(0).max(1),
    reasons: z.array(z.string()),
    contradictions: z.array(contradictionSchema),
    /** The years the assessment used: stated, else the span of dated roles; null when neither. */
    years: z.number().nullable(),
    stages: z.array(stageScoreSchema),
  })
  .meta({ id: 'CareerAssessment' });
export type CareerAssessment = z.infer<typeof careerAssessmentSchema>;

/** A rung of the ladder or a track, as the page draws it. */
export const careerStepSummarySchema = z.object({
  id: careerTargetSchema,
  kind: z.enum(['stage', 'track']),
  title: z.string(),
  years: z.object({ min: z.number(), max: z.number().nullable() }),
  typicalTitles: z.array(z.string()),
  responsibilities: z.array(z.string()),
  standOut: z.array(z.string()),
  salaryBenchmark: salaryBenchmarkLinkSchema,
});
export type CareerStepSummary = z.infer<typeof careerStepSummarySchema>;

export const payEffectSchema = z.object({
  /** The multiplier used in the gap's value: 1 + premium. */
  factor: z.number(),
  premium: z.number(),
  /** measured: our salary records; guide: the guide's published premium; neutral: neither. */
  source: z.enum(['measured', 'guide', 'neutral']),
  label: z.string(),
});
export type PayEffect = z.infer<typeof payEffectSchema>;

export const skillGapSchema = z
  .object({
    skillId: z.string(),
    name: z.string(),
    expectedProficiency: z.number().int().min(1).max(5),
    /** 0 when the candidate does not hold the skill (or any alternative). */
    currentProficiency: z.number().int().min(0).max(5),
    /** Expected minus current proficiency. */
    size: z.number().int().min(1).max(5),
    demand: z.object({
      /** Share of open verified positions at the target level in the preferred countries requiring it; null when there were none to count. */
      share: z.number().min(0).max(1).nullable(),
      requiring: z.number().int().min(0),
      positions: z.number().int().min(0),
    }),
    payEffect: payEffectSchema,
    /** demand × pay factor × size (demand taken as 1 when share is null). */
    value: z.number().min(0),
    /** How many more positions would score at least 70 with the skill; null when not computed. */
    unlock: z
      .object({
        positions: z.number().int().min(0),
        /** Median of the unlocked positions' band midpoints, yearly USD; null when none. */
        medianBandUsd: z.number().nullable(),
      })
      .nullable(),
  })
  .meta({ id: 'SkillGap' });
export type SkillGap = z.infer<typeof skillGapSchema>;

export const projectSuggestionSchema = z.object({
  id: z.string(),
  source: z.enum(['template', 'gap_skills']),
  title: z.string(),
  description: z.string(),
  skills: z.array(z.string()),
  measurableOutcome: z.string(),
  /** The top gaps this project would close. */
  closesGaps: z.array(z.string()),
});
export type ProjectSuggestion = z.infer<typeof projectSuggestionSchema>;

export const trackComparisonSchema = z.object({
  track: careerTrackIdSchema,
  kind: trackSchema,
  title: z.string(),
  roleFamily: roleFamilySchema,
  /** 0..100. */
  readiness: z.number().min(0).max(100),
  topGaps: z.array(skillGapSchema.pick({ skillId: true, name: true, size: true, value: true })),
  salaryBenchmark: salaryBenchmarkLinkSchema,
  /** The track named in the candidate's goals. */
  preferred: z.boolean(),
});
export type TrackComparison = z.infer<typeof trackComparisonSchema>;

export const readinessSchema = z.object({
  /** 0..100, one decimal: the weighted share of the target's expectations met. */
  percent: z.number().min(0).max(100),
  checks: z.array(expectationCheckSchema),
});
export type Readiness = z.infer<typeof readinessSchema>;

export const careerResponseSchema = z
  .object({
    modelVersion: z.number().int().min(0),
    ladder: z.array(careerStepSummarySchema),
    assessment: careerAssessmentSchema,
    /** Null only when no target was asked for and none follows from the assessment (contradictory data). */
    target: careerStepSummarySchema.extend({ isDefault: z.boolean() }).nullable(),
    readiness: readinessSchema.nullable(),
    gaps: z.array(skillGapSchema),
    projects: z.array(projectSuggestionSchema),
    tracks: z.array(trackComparisonSchema),
    /** The taxonomy name of every skill the checks and projects above name by id. */
    skillNames: z.record(z.string(), z.string()),
  })
  .meta({ id: 'CareerResponse' });
export type CareerResponse = z.infer<typeof careerResponseSchema>;
