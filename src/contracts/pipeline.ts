// Applications, introductions, the pipeline board, offers, activity and outcomes. The enums here are
// the single list of each vocabulary: core/pipeline imports their types, the web their values.
import { z } from 'zod';
import { optionalText, text } from './common.js';
import { currencySchema } from './profile.js';

export const stageSchema = z.enum([
  'sourced',
  'applied',
  'screening',
  'interviewing',
  'offer',
  'hired',
  'closed',
]);
export type Stage = z.infer<typeof stageSchema>;
export const openStageSchema = z.enum(['sourced', 'applied', 'screening', 'interviewing', 'offer']);
export type OpenStage = z.infer<typeof openStageSchema>;
export const closedReasonSchema = z.enum(['rejected', 'withdrawn', 'position_closed']);
export type ClosedReason = z.infer<typeof closedReasonSchema>;
export const sideSchema = z.enum(['organisation', 'candidate', 'system']);
export type Side = z.infer<typeof sideSchema>;

export const rejectionReasonSchema = z.enum([
  'skills_gap',
  'experience_level',
  'salary_expectations',
  'location_or_visa',
  'position_filled',
  'stronger_candidates',
  'not_a_fit_now',
  'other',
]);
export type RejectionReason = z.infer<typeof rejectionReasonSchema>;
export const withdrawalReasonSchema = z.enum([
  'accepted_other_offer',
  'no_longer_looking',
  'role_not_a_fit',
  'pay_not_a_fit',
  'process_too_slow',
  'other',
]);
export type WithdrawalReason = z.infer<typeof withdrawalReasonSchema>;
export const declineReasonSchema = z.enum([
  'not_looking',
  'role_not_a_fit',
  'organisation_not_a_fit',
  'pay_not_a_fit',
  'location_not_a_fit',
  'other',
]);
export type DeclineReason = z.infer<typeof declineReasonSchema>;

const iso = z.iso.datetime();

// ---- events and offers, shared by both sides' views ----

export const applicationEventSchema = z.object({
  fromStage: stageSchema.nullable(),
  toStage: stageSchema,
  side: sideSchema,
  /** The member who acted (members' view only; null for candidates, the system and the candidate's view). */
  actorName: z.string().nullable(),
  reason: z.string().nullable(),
  at: iso,
});

export const allowancesSchema = z.strictObject({
  housing: z.number().min(0).max(100_000_000).default(0),
  transport: z.number().min(0).max(100_000_000).default(0),
  flights: z.number().min(0).max(100_000_000).default(0),
  education: z.number().min(0).max(100_000_000).default(0),
  other: z.number().min(0).max(100_000_000).default(0),
});

export const offerBody = z.strictObject({
  /** Base pay per `period`, in `currency`. */
  base: z.number().positive().max(1_000_000_000),
  /** Amounts in the offer's currency and period. */
  allowances: allowancesSchema.default({ housing: 0, transport: 0, flights: 0, education: 0, other: 0 }),
  currency: currencySchema,
  period: z.enum(['year', 'month']),
  startDate: z.iso.date().nullable().default(null),
});
export type OfferBody = z.infer<typeof offerBody>;

export const offerSchema = z
  .object({
    id: z.uuid(),
    applicationId: z.uuid(),
    base: z.number(),
    allowances: z.object({
      housing: z.number(),
      transport: z.number(),
      flights: z.number(),
      education: z.number(),
      other: z.number(),
    }),
    currency: z.string(),
    period: z.enum(['year', 'month']),
    startDate: z.string().nullable(),
    status: z.enum(['extended', 'accepted', 'declined', 'withdrawn']),
    shareWithBenchmarks: z.boolean(),
    createdAt: iso,
    decidedAt: iso.nullable(),
  })
  .meta({ id: 'Offer' });
export type OfferView = z.infer<typeof offerSchema>;

export const acceptOfferBody = z.strictObject({
  /** Consent to add this offer, without names or ids, to the salary benchmarks. */
  shareWithBenchmarks: z.boolean().default(false),
});
export const declineOfferBody = z.strictObject({ note: optionalText(1000) });

// ---- the candidate's side ----

export const applyBody = z.strictObject({
  positionId: z.uuid(),
  note: text(4000).default(''),
});

export const withdrawBody = z.strictObject({
  reason: withdrawalReasonSchema.optional(),
  note: optionalText(1000),
});

/** How an organisation answers applications, shown to candidates on its positions. */
export const organisationResponsivenessSchema = z.object({
  /** Candidates' own applications in the last year that the figures are based on. */
  applications: z.number().int(),
  /** Null when fewer than five applications: too few to say. */
  medianFirstResponseHours: z.number().nullable(),
  responseRate: z.number().nullable(),
});
export type OrganisationResponsiveness = z.infer<typeof organisationResponsivenessSchema>;

export const candidateApplicationSchema = z
  .object({
    id: z.uuid(),
    position: z.object({ id: z.uuid(), title: z.string(), slug: z.string(), status: z.string() }),
    organisation: z.object({ id: z.uuid(), name: z.string() }),
    origin: z.enum(['applied', 'introduction']),
    stage: stageSchema,
    closedReason: closedReasonSchema.nullable(),
    /** For a rejection: the reason's code (the web translates it) and the kind English wording. */
    rejection: z
      .object({ reason: rejectionReasonSchema, wording: z.string(), note: z.string().nullable() })
      .nullable(),
    note: z.string(),
    createdAt: iso,
    updatedAt: iso,
    firstResponseAt: iso.nullable(),
    closedAt: iso.nullable(),
    timeline: z.array(applicationEventSchema),
    offers: z.array(offerSchema),
    responsiveness: organisationResponsivenessSchema,
  })
  .meta({ id: 'CandidateApplication' });
export type CandidateApplication = z.infer<typeof candidateApplicationSchema>;
export const candidateApplicationsResponse = z.object({ applications: z.array(candidateApplicationSchema) });

// ---- introductions ----

export const introductionBody = z.strictObject({
  candidateId: z.uuid(),
  message: text(4000).min(20, 'Say in a few sentences why this candidate and this position'),
});

export const declineIntroductionBody = z.strictObject({
  reason: declineReasonSchema.optional(),
  note: optionalText(1000),
});

export const introductionStatusSchema = z.enum(['pending', 'accepted', 'declined', 'cancelled']);

export const introductionSchema = z
  .object({
    id: z.uuid(),
    position: z.object({ id: z.uuid(), title: z.string(), slug: z.string() }),
    organisation: z.object({ id: z.uuid(), name: z.string(), verified: z.boolean() }),
    /** The requester's name for the candidate; members see it too. */
    requestedBy: z.string().nullable(),
    candidateId: z.uuid(),
    /** The candidate's name for members once revealed (accepted) or visible by their settings. */
    candidateName: z.string().nullable(),
    message: z.string(),
    status: introductionStatusSchema,
    declineReason: declineReasonSchema.nullable(),
    declineNote: z.string().nullable(),
    applicationId: z.uuid().nullable(),
    createdAt: iso,
    respondedAt: iso.nullable(),
  })
  .meta({ id: 'Introduction' });
export type IntroductionView = z.infer<typeof introductionSchema>;
export const introductionsResponse = z.object({ introductions: z.array(introductionSchema) });

// ---- the organisation's pipeline ----

export const moveBody = z.strictObject({ to: stageSchema });
export const rejectBody = z.strictObject({
  reason: rejectionReasonSchema,
  /** Shown to the candidate beside the kind wording of the reason. */
  note: optionalText(1000),
});

export const pipelineApplicationSchema = z
  .object({
    id: z.uuid(),
    positionId: z.uuid(),
    positionTitle: z.string(),
    candidate: z.object({
      id: z.uuid(),
      /** Null while the candidate is anonymous to this organisation. */
      displayName: z.string().nullable(),
      email: z.string().nullable(),
      headline: z.string(),
    }),
    origin: z.enum(['applied', 'introduction']),
    stage: stageSchema,
    closedReason: closedReasonSchema.nullable(),
    rejectionReason: rejectionReasonSchema.nullable(),
    note: z.string(),
    createdAt: iso,
    updatedAt: iso,
    firstResponseAt: iso.nullable(),
    closedAt: iso.nullable(),
    /** Business days (by the organisation's country) since the last move, while it waits on us. */
    waitingBusinessDays: z.number().int().nullable(),
    waitingTooLong: z.boolean(),
    nextStages: z.array(stageSchema),
    events: z.array(applicationEventSchema),
    offers: z.array(offerSchema),
  })
  .meta({ id: 'PipelineApplication' });
export type PipelineApplication = z.infer<typeof pipelineApplicationSchema>;

export const pipelineResponse = z.object({
  position: z.object({ id: z.uuid(), title: z.string(), status: z.string() }),
  /** Every stage in order, with its applications (newest move first). */
  stages: z.array(z.object({ stage: stageSchema, applications: z.array(pipelineApplicationSchema) })),
});
export const waitingResponse = z.object({
  thresholdBusinessDays: z.number().int(),
  applications: z.array(pipelineApplicationSchema),
});

// ---- activity ----

export const activityResponse = z.object({
  views: z.array(
    z.object({
      organisation: z.object({ id: z.uuid(), name: z.string() }),
      /** Days on which the organisation viewed the profile. */
      days: z.number().int(),
      lastViewedOn: z.iso.date(),
    }),
  ),
  saves: z.number().int(),
  shortlists: z.number().int(),
  introductionRequests: z.number().int(),
});

// ---- outcomes ----

const bucketSchema = z.object({ from: z.number(), to: z.number().nullable(), count: z.number().int() });

export const outcomesResponse = z
  .object({
    scope: z.enum(['platform', 'organisation']),
    timeToOffer: z.object({
      baselineWeeks: z.number(),
      count: z.number().int(),
      medianWeeks: z.number().nullable(),
      shareUnderBaseline: z.number().nullable(),
      /** Weeks from open-to-work to an accepted offer. */
      buckets: z.array(bucketSchema),
    }),
    firstResponse: z.object({
      applications: z.number().int(),
      responded: z.number().int(),
      responseRate: z.number().nullable(),
      medianHours: z.number().nullable(),
      /** Hours from applying to the organisation's first move or message. */
      buckets: z.array(bucketSchema),
    }),
    conversion: z.array(
      z.object({
        from: z.string(),
        to: z.string(),
        reachedFrom: z.number().int(),
        reachedTo: z.number().int(),
        rate: z.number().nullable(),
      }),
    ),
    closures: z.array(z.object({ reason: z.string(), count: z.number().int() })),
    engagement: z.array(
      z.object({
        band: z.enum(['none', 'projects', 'measured_projects']),
        candidates: z.number().int(),
        viewsPerCandidate: z.number().nullable(),
        savesPerCandidate: z.number().nullable(),
        shortlistsPerCandidate: z.number().nullable(),
        introductionRequestsPerCandidate: z.number().nullable(),
        engagementPerCandidate: z.number().nullable(),
        upliftVsNone: z.number().nullable(),
      }),
    ),
  })
  .meta({ id: 'Outcomes' });
export type Outcomes = z.infer<typeof outcomesResponse>;
