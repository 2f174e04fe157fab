import {
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  real,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import type { Goals, ProfileItemBody } from '../../contracts/profile.js';
import { users } from './accounts.js';

// The first cut of the marketplace tables: enough for demo data and the admin overview.
// The profile, employers and positions issues extend them through new migrations.

export const organisations = pgTable(
  'organisations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    slug: text('slug').notNull().unique(),
    name: text('name').notNull(),
    website: text('website'),
    emailDomain: text('email_domain').notNull(),
    country: text('country').notNull(),
    city: text('city'),
    size: text('size'),
    industry: text('industry'),
    description: text('description'),
    // Set by an admin's approval (employers issue); candidates' profiles are shown only to verified ones.
    verifiedAt: timestamp('verified_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('organisations_country_idx').on(t.country)],
);

export const organisationMembers = pgTable(
  'organisation_members',
  {
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text('role', { enum: ['owner', 'recruiter', 'hiring_manager'] }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.userId] }),
    index('organisation_members_user_idx').on(t.userId),
  ],
);

export const candidateProfiles = pgTable(
  'candidate_profiles',
  {
    userId: uuid('user_id')
      .primaryKey()
      .references(() => users.id, { onDelete: 'cascade' }),
    headline: text('headline').notNull().default(''),
    summary: text('summary').notNull().default(''),
    country: text('country'),
    city: text('city'),
    yearsExperience: real('years_experience'),
    languages: jsonb('languages').$type<Array<{ language: string; fluency: string }>>().notNull().default([]),
    // The stage the demo generator or the candidate declared; the career issue adds an assessed one.
    declaredStage: text('declared_stage', { enum: ['junior', 'mid', 'senior', 'staff'] }),
    goals: jsonb('goals').$type<Goals>(),
    visibility: text('visibility', { enum: ['verified_employers', 'anonymous', 'hidden'] })
      .notNull()
      .default('verified_employers'),
    blockedDomains: jsonb('blocked_domains').$type<string[]>().notNull().default([]),
    customSkills: jsonb('custom_skills')
      .$type<Array<{ name: string; proficiency: number }>>()
      .notNull()
      .default([]),
    openToWorkSince: timestamp('open_to_work_since', { withTimezone: true }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('candidate_profiles_stage_idx').on(t.declaredStage)],
);

/** Projects, certifications, publications, roles and education: the evidence behind skills. */
export const profileItems = pgTable(
  'profile_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: ['project', 'certification', 'publication', 'role', 'education'] }).notNull(),
    // Validated by the zod contract of its kind on the way in and out.
    data: jsonb('data').$type<ProfileItemBody>().notNull(),
    position: integer('position').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('profile_items_user_idx').on(t.userId)],
);

export const candidateSkills = pgTable(
  'candidate_skills',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    skillId: text('skill_id').notNull(),
    proficiency: integer('proficiency').notNull(),
    years: real('years'),
    lastUsed: text('last_used'),
    evidence: jsonb('evidence').$type<string[]>().notNull().default([]),
  },
  (t) => [primaryKey({ columns: [t.userId, t.skillId] }), index('candidate_skills_skill_idx').on(t.skillId)],
);

export const positions = pgTable(
  'positions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    roleFamily: text('role_family').notNull(),
    level: text('level', { enum: ['junior', 'mid', 'senior', 'staff'] }).notNull(),
    country: text('country').notNull(),
    city: text('city'),
    workplace: text('workplace', { enum: ['onsite', 'hybrid', 'remote'] }).notNull(),
    salaryMin: integer('salary_min').notNull(),
    salaryMax: integer('salary_max').notNull(),
    salaryCurrency: text('salary_currency').notNull(),
    status: text('status', { enum: ['draft', 'pending_review', 'open', 'paused', 'closed'] })
      .notNull()
      .default('draft'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('positions_org_idx').on(t.organisationId), index('positions_status_idx').on(t.status)],
);

export const positionSkills = pgTable(
  'position_skills',
  {
    positionId: uuid('position_id')
      .notNull()
      .references(() => positions.id, { onDelete: 'cascade' }),
    skillId: text('skill_id').notNull(),
    minProficiency: integer('min_proficiency'),
    required: boolean('required').notNull().default(true),
  },
  (t) => [primaryKey({ columns: [t.positionId, t.skillId] })],
);
