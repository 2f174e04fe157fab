import { z } from 'zod';
import { careerModelSchema, careerResponseSchema, careerTargetSchema } from './career.js';
import { text } from './common.js';
import { levelSchema } from './profile.js';

/** One look at the Career page, kept for the progress chart. */
export const careerSnapshotSchema = z.object({
  takenAt: z.iso.datetime(),
  modelVersion: z.number().int(),
  stage: levelSchema.nullable(),
  confidence: z.number(),
  target: z.string(),
  readiness: z.number(),
  topGaps: z.array(z.object({ skillId: z.string(), name: z.string(), value: z.number() })),
});
export type CareerSnapshot = z.infer<typeof careerSnapshotSchema>;

/** What moved since the candidate's previous visit (null on a first visit). */
export const sinceLastVisitSchema = z
  .object({
    at: z.iso.datetime(),
    stage: z.object({ from: levelSchema.nullable(), to: levelSchema.nullable() }).nullable(),
    /** Readiness points gained (negative when lost), toward the same target; null when the target changed. */
    readinessDelta: z.number().nullable(),
    closedGaps: z.array(z.object({ skillId: z.string(), name: z.string() })),
    newGaps: z.array(z.object({ skillId: z.string(), name: z.string() })),
  })
  .nullable();
export type SinceLastVisit = z.infer<typeof sinceLastVisitSchema>;

export const careerPageResponse = careerResponseSchema.extend({ sinceLastVisit: sinceLastVisitSchema });
export type CareerPageResponse = z.infer<typeof careerPageResponse>;

export const careerProgressResponse = z.object({ snapshots: z.array(careerSnapshotSchema) });
export type CareerProgressResponse = z.infer<typeof careerProgressResponse>;

export const careerModelVersionSchema = z.object({
  version: z.number().int(),
  note: z.string(),
  createdAt: z.iso.datetime().nullable(),
  createdBy: z.string().nullable(),
});

export const careerModelResponse = z.object({
  version: z.number().int().describe('0 is the model shipped with the product, before any admin edit'),
  model: careerModelSchema,
  note: z.string(),
  versions: z.array(careerModelVersionSchema),
});
export type CareerModelResponse = z.infer<typeof careerModelResponse>;

export const careerModelBody = z.strictObject({
  model: careerModelSchema,
  note: text(300).min(1, 'Say what changed'),
  /** The version the edit started from: a newer save in between is a conflict, not overwritten. */
  basedOnVersion: z.number().int().min(0),
});
export type CareerModelBody = z.infer<typeof careerModelBody>;

export const careerVersionParams = z.strictObject({ version: z.coerce.number().int().min(0) });

export { careerTargetSchema };
