import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  date,
  doublePrecision,
  index,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from './accounts.js';
import { organisations, positions } from './marketplace.js';

export const PIPELINE_STAGES = [
  'sourced',
  'applied',
  'screening',
  'interviewing',
  'offer',
  'hired',
  'closed',
] as const;

/**
 * One candidate in one position's pipeline, from an application or an accepted introduction. Every
 * application ends with a closing (hired, or closed with a reason): no ghosting.
 */
export const applications = pgTable(
  'applications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    positionId: uuid('position_id')
      .notNull()
      .references(() => positions.id, { onDelete: 'cascade' }),
    /** Copied from the position so authorization and outcomes need no join. */
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    candidateId: uuid('candidate_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    origin: text('origin', { enum: ['applied', 'introduction'] }).notNull(),
    stage: text('stage', { enum: PIPELINE_STAGES }).notNull(),
    /** Set when stage is closed. */
    closedReason: text('closed_reason', { enum: ['rejected', 'withdrawn', 'position_closed'] }),
    /** The stage the application was in when it closed, for conversion figures. */
    closedFromStage: text('closed_from_stage'),
    rejectionReason: text('rejection_reason'),
    rejectionNote: text('rejection_note'),
    /** The candidate's note when applying. */
    note: text('note').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    /** The organisation's first move or message on it: "time to first response". */
    firstResponseAt: timestamp('first_response_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('applications_position_candidate_key').on(t.positionId, t.candidateId),
    index('applications_organisation_idx').on(t.organisationId, t.stage),
    index('applications_candidate_idx').on(t.candidateId),
  ],
);

/** Every move of an application, with who made it and why. */
export const applicationEvents = pgTable(
  'application_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id, { onDelete: 'cascade' }),
    fromStage: text('from_stage'),
    toStage: text('to_stage').notNull(),
    actorId: uuid('actor_id').references(() => users.id, { onDelete: 'set null' }),
    actorSide: text('actor_side', { enum: ['candidate', 'organisation', 'system'] }).notNull(),
    reason: text('reason'),
    note: text('note'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('application_events_application_idx').on(t.applicationId, t.createdAt)],
);

/** A recruiter's request to be introduced to a matched candidate: double opt-in. */
export const introductions = pgTable(
  'introductions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    positionId: uuid('position_id')
      .notNull()
      .references(() => positions.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    candidateId: uuid('candidate_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    requestedBy: uuid('requested_by').references(() => users.id, { onDelete: 'set null' }),
    message: text('message').notNull(),
    status: text('status', { enum: ['pending', 'accepted', 'declined', 'cancelled'] })
      .notNull()
      .default('pending'),
    declineReason: text('decline_reason'),
    declineNote: text('decline_note'),
    /** The application an acceptance opened. */
    applicationId: uuid('application_id').references(() => applications.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    respondedAt: timestamp('responded_at', { withTimezone: true }),
  },
  (t) => [
    // One request per position and candidate: a decline is respected, not asked again.
    uniqueIndex('introductions_position_candidate_key').on(t.positionId, t.candidateId),
    index('introductions_candidate_idx').on(t.candidateId, t.status),
  ],
);

/** An anonymous candidate's identity, revealed to one organisation when they accepted its request. */
export const identityReveals = pgTable(
  'identity_reveals',
  {
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    candidateId: uuid('candidate_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    introductionId: uuid('introduction_id').references(() => introductions.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.organisationId, t.candidateId] })],
);

/** A message in an application's thread (light Markdown source; rendered and sanitised on read). */
export const messages = pgTable(
  'messages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id, { onDelete: 'cascade' }),
    senderId: uuid('sender_id').references(() => users.id, { onDelete: 'set null' }),
    senderSide: text('sender_side', { enum: ['candidate', 'organisation'] }).notNull(),
    body: text('body').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('messages_application_idx').on(t.applicationId, t.createdAt)],
);

/** How far each participant has read a thread: unread counts are messages after this. */
export const messageReads = pgTable(
  'message_reads',
  {
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    lastReadAt: timestamp('last_read_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.applicationId, t.userId] })],
);

export const NOTIFICATION_KINDS = [
  'strong_match',
  'introduction_request',
  'introduction_answer',
  'application_received',
  'stage_change',
  'message',
  'position_closed',
  'offer',
] as const;

/** In-app notifications; email delivery (instant or in the daily digest) is tracked on the row. */
export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: NOTIFICATION_KINDS }).notNull(),
    payload: jsonb('payload').notNull(),
    /** Where the notification leads in the web app (a path). */
    link: text('link').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp('read_at', { withTimezone: true }),
    emailedAt: timestamp('emailed_at', { withTimezone: true }),
  },
  (t) => [
    index('notifications_user_idx').on(t.userId, t.createdAt),
    index('notifications_digest_idx').on(t.userId).where(sql`${t.emailedAt} is null`),
  ],
);

/** Per-kind choices; a missing row means the kind's default. */
export const notificationSettings = pgTable(
  'notification_settings',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: NOTIFICATION_KINDS }).notNull(),
    inApp: boolean('in_app').notNull().default(true),
    email: text('email', { enum: ['off', 'instant', 'daily'] })
      .notNull()
      .default('instant'),
  },
  (t) => [primaryKey({ columns: [t.userId, t.kind] })],
);

/** Unsubscribe tokens are signed; the hash of each one used is kept so a replay changes nothing. */
export const unsubscribeUses = pgTable('unsubscribe_uses', {
  tokenHash: text('token_hash').primaryKey(),
  usedAt: timestamp('used_at', { withTimezone: true }).notNull().defaultNow(),
});

/** An offer on an application, and what became of it. */
export const offers = pgTable(
  'offers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id, { onDelete: 'cascade' }),
    currency: text('currency').notNull(),
    period: text('period', { enum: ['year', 'month'] }).notNull(),
    base: doublePrecision('base').notNull(),
    /** Housing, transport, flights, education, other: amounts in the offer's currency and period. */
    allowances: jsonb('allowances').notNull(),
    startDate: date('start_date', { mode: 'string' }),
    status: text('status', { enum: ['extended', 'accepted', 'declined', 'withdrawn'] })
      .notNull()
      .default('extended'),
    /** The candidate's consent to add the accepted offer, anonymised, to the salary benchmarks. */
    shareWithBenchmarks: boolean('share_with_benchmarks').notNull().default(false),
    salaryRecordId: bigint('salary_record_id', { mode: 'number' }),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    /**
     * When the candidate last switched open to work on, as it stood at acceptance: accepting switches
     * it off, and the time-to-hire metric runs from here (null: not open to work, or accepted before
     * this was kept, when the profile's own date stands in).
     */
    openToWorkSince: timestamp('open_to_work_since', { withTimezone: true }),
  },
  (t) => [index('offers_application_idx').on(t.applicationId)],
);

/** An organisation looked at a candidate's profile (one row per organisation, candidate and day). */
export const profileViews = pgTable(
  'profile_views',
  {
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    candidateId: uuid('candidate_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    viewedOn: date('viewed_on', { mode: 'string' }).notNull(),
    viewerId: uuid('viewer_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.candidateId, t.viewedOn] }),
    index('profile_views_candidate_idx').on(t.candidateId, t.viewedOn),
  ],
);

/**
 * What changed for whom, for live updates: every server process tails this feed (NOTIFY live_events
 * wakes them) and pushes each row to that user's open server-sent-event streams.
 */
export const liveEvents = pgTable(
  'live_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    userId: uuid('user_id').notNull(),
    kind: text('kind').notNull(),
    payload: jsonb('payload').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('live_events_created_idx').on(t.createdAt)],
);
