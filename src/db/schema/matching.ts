import {
  bigserial,
  doublePrecision,
  index,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from './accounts.js';
import { positions } from './marketplace.js';

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

/**
 * Each candidate's skills packed into one line ("skill:proficiency:evidence-json|…", by skill id),
 * kept by triggers on candidate_skills (migration 0010), so that the match index's full rebuild
 * reads one short string per profile instead of the database aggregating sixteen million skill
 * rows on every start (at 1M profiles that aggregation was most of PostgreSQL's 9 s of CPU in the
 * rebuild). Never written by application code.
 */
export const candidatePackedSkills = pgTable('candidate_packed_skills', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  packed: text('packed').notNull(),
});

/**
 * Recruiters' actions on ranked candidates: save, shortlist, dismiss with a reason. Every action is
 * kept (not only the latest) as feedback for learning the weights later.
 */
export const matchActions = pgTable(
  'match_actions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    positionId: uuid('position_id')
      .notNull()
      .references(() => positions.id, { onDelete: 'cascade' }),
    candidateId: uuid('candidate_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    action: text('action', { enum: ['save', 'shortlist', 'dismiss'] }).notNull(),
    reason: text('reason'),
    note: text('note'),
    /** The score when the recruiter acted, for learning from it later. */
    score: doublePrecision('score'),
    actorId: uuid('actor_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('match_actions_pair_idx').on(t.positionId, t.candidateId, t.createdAt)],
);

/**
 * Candidates told about a strong new match, one row per position and candidate: every server process
 * sees a position go live, and the primary key lets only the first one notify.
 */
export const strongMatchNotices = pgTable(
  'strong_match_notices',
  {
    positionId: uuid('position_id')
      .notNull()
      .references(() => positions.id, { onDelete: 'cascade' }),
    candidateId: uuid('candidate_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    score: doublePrecision('score').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.positionId, t.candidateId] })],
);
