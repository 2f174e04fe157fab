import { z } from 'zod';

export const outboxSummarySchema = z.object({
  id: z.string(),
  to: z.string(),
  subject: z.string(),
  sentAt: z.iso.datetime(),
});
export const outboxListResponse = z.object({ messages: z.array(outboxSummarySchema) });
export const outboxParams = z.strictObject({ id: z.string().regex(/^[A-Za-z0-9_-]{1,80}$/) });
export const outboxMessageResponse = outboxSummarySchema.extend({ from: z.string(), text: z.string() });
export type OutboxMessage = z.infer<typeof outboxMessageResponse>;

export const overviewResponse = z.object({
  accounts: z.object({ candidates: z.number(), employers: z.number(), admins: z.number() }),
  organisations: z.object({
    total: z.number(),
    byCountry: z.array(z.object({ country: z.string(), count: z.number() })),
  }),
  candidatesByStage: z.array(z.object({ stage: z.string(), count: z.number() })),
  positions: z.object({ total: z.number() }),
});
export type Overview = z.infer<typeof overviewResponse>;
