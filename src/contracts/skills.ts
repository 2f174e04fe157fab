import { z } from 'zod';

export const skillSearchQuery = z.strictObject({
  q: z.string().trim().min(1, 'Type at least one character').max(80, 'Use at most 80 characters'),
  limit: z.coerce.number().int().min(1).max(50).default(10),
});

export const skillSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  category: z.string(),
  /** The alias that matched, when the query matched an alias rather than the name. */
  matchedAlias: z.string().nullable(),
  esco: z.string().nullable(),
});
export type SkillSummary = z.infer<typeof skillSummarySchema>;
export const skillSearchResponse = z.object({ skills: z.array(skillSummarySchema) });

export const skillExtractBody = z.strictObject({
  text: z.string().max(20_000, 'Use at most 20,000 characters'),
});
export const skillExtractResponse = z.object({
  skills: z.array(
    z.object({
      skillId: z.string(),
      name: z.string(),
      span: z.object({ start: z.number(), end: z.number(), text: z.string() }),
      confidence: z.number(),
    }),
  ),
});
