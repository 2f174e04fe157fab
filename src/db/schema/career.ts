import {
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from './accounts.js';

/**
 * The career model (stages, tracks, skills, projects) as data that admins edit. Every save is a new
 * version; the highest version is in force, and older ones stay for history and rollback.
 */
export const careerModels = pgTable(
  'career_models',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    version: integer('version').notNull(),
    model: jsonb('model').notNull(),
    note: text('note').notNull().default(''),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('career_models_version_key').on(t.version)],
);

/** A candidate's standing when they looked: the Career page's progress chart reads these. */
export const careerSnapshots = pgTable(
  'career_snapshots',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    takenAt: timestamp('taken_at', { withTimezone: true }).notNull().defaultNow(),
    modelVersion: integer('model_version').notNull(),
    stage: text('stage').notNull(),
    confidence: doublePrecision('confidence').notNull(),
    target: text('target').notNull(),
    readiness: doublePrecision('readiness').notNull(),
    /** The top gaps then: skill ids with their value, for "what changed since your last visit". */
    topGaps: jsonb('top_gaps').notNull(),
  },
  (t) => [index('career_snapshots_user_idx').on(t.userId, t.takenAt)],
);
