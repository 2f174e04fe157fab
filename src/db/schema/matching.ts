import { bigserial, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * What changed for the matcher, written by triggers on the tables it reads (migration 0003), so no
 * code path can forget. Every server process tails this table to keep its in-memory index current;
 * rows older than an hour are pruned.
 */
export const matchChanges = pgTable(
  'match_changes',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    kind: text('kind', { enum: ['candidate', 'position', 'organisation'] }).notNull(),
    entityId: uuid('entity_id').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('match_changes_created_idx').on(t.createdAt)],
);
