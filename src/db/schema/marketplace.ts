import {
  boolean,
  customType,
  date,
  doublePrecision,
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
import type { CompensationPackage } from '../../contracts/positions.js';
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
    /** The primary domain; otherDomains holds the rest (a group with several brands). */
    emailDomain: text('email_domain').notNull(),
    otherDomains: jsonb('other_domains').$type<string[]>().notNull().default([]),
    logoUrl: text('logo_url'),
    country: text('country').notNull(),
    city: text('city'),
    size: text('size'),
    industry: text('industry'),
    description: text('description'),
    // Verified = a member proved control of a domain AND an admin approved the registration; set when
    // the second of the two lands. Candidates' profiles and the public see only verified organisations.
    verifiedAt: timestamp('verified_at', { withTimezone: true }),
    verifiedDomain: text('verified_domain'),
    domainVerifiedAt: timestamp('domain_verified_at', { withTimezone: true }),
    registrationStatus: text('registration_status', {
      enum: ['not_submitted', 'pending', 'approved', 'rejected'],
    })
      .notNull()
      .default('not_submitted'),
    registrationNumber: text('registration_number'),
    registrationCountry: text('registration_country'),
    registrationWebsite: text('registration_website'),
    registrationReason: text('registration_reason'),
    registrationDecidedAt: timestamp('registration_decided_at', { withTimezone: true }),
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

// PostgreSQL full-text vector; PGlite has the same type and functions.
const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

export const positions = pgTable(
  'positions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    slug: text('slug').notNull().unique(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    title: text('title').notNull(),
    roleFamily: text('role_family').notNull(),
    level: text('level', { enum: ['junior', 'mid', 'senior', 'staff'] }).notNull(),
    description: text('description').notNull().default(''),
    /** The first location, for the matcher's and the overview's simple filters. */
    country: text('country').notNull(),
    city: text('city'),
    locations: jsonb('locations').$type<Array<{ country: string; city?: string }>>().notNull().default([]),
    /** Every country of `locations`, for `?|` filters. */
    countries: jsonb('countries').$type<string[]>().notNull().default([]),
    workplace: text('workplace', { enum: ['onsite', 'hybrid', 'remote'] }).notNull(),
    remoteCountries: jsonb('remote_countries').$type<string[]>().notNull().default([]),
    visaSponsorship: boolean('visa_sponsorship').notNull().default(false),
    relocationSupport: boolean('relocation_support').notNull().default(false),
    salaryMin: integer('salary_min').notNull(),
    salaryMax: integer('salary_max').notNull(),
    salaryCurrency: text('salary_currency').notNull(),
    salaryPeriod: text('salary_period', { enum: ['year', 'month'] })
      .notNull()
      .default('year'),
    // The band per year in USD at the rate of the last write; refreshed when an admin changes a rate.
    salaryMinUsd: doublePrecision('salary_min_usd').notNull().default(0),
    salaryMaxUsd: doublePrecision('salary_max_usd').notNull().default(0),
    compensation: jsonb('compensation').$type<CompensationPackage>(),
    headcount: integer('headcount').notNull().default(1),
    employmentType: text('employment_type').notNull().default('FULL_TIME'),
    validThrough: date('valid_through', { mode: 'string' }),
    status: text('status', { enum: ['draft', 'pending_review', 'open', 'paused', 'closed'] })
      .notNull()
      .default('draft'),
    closeReason: text('close_reason', { enum: ['filled', 'cancelled', 'expired'] }),
    closeNote: text('close_note'),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    fundingStatus: text('funding_status', { enum: ['none', 'attested', 'verified', 'rejected'] })
      .notNull()
      .default('none'),
    fundingAttestedBy: uuid('funding_attested_by').references(() => users.id, { onDelete: 'set null' }),
    fundingAttestedAt: timestamp('funding_attested_at', { withTimezone: true }),
    fundingHeadcount: integer('funding_headcount'),
    budgetMin: integer('budget_min'),
    budgetMax: integer('budget_max'),
    budgetCurrency: text('budget_currency'),
    fundingVerifiedAt: timestamp('funding_verified_at', { withTimezone: true }),
    fundingReason: text('funding_reason'),
    // Title and skill names weigh A, the description C; written by the repository on every save.
    searchVector: tsvector('search_vector'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('positions_org_idx').on(t.organisationId),
    index('positions_status_idx').on(t.status),
    index('positions_published_idx').on(t.publishedAt, t.id),
    index('positions_search_idx').using('gin', t.searchVector),
  ],
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
