import { z } from 'zod';
import { emailSchema, text } from './common.js';
import { countryCodeSchema, httpUrlSchema } from './profile.js';

/** A bare host name such as falcon.ai: no scheme, no path, no @. */
export const domainSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(120, 'Use at most 120 characters')
  .regex(
    /^(?=.{4,120}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24}$/,
    'Use a domain such as example.com',
  );

export const organisationSizeSchema = z.enum(['1-10', '11-50', '51-200', '201-1000', '1001-5000', '5000+']);
export const memberRoleSchema = z.enum(['owner', 'recruiter', 'hiring_manager']);
export type MemberRole = z.infer<typeof memberRoleSchema>;

export const organisationBody = z.strictObject({
  name: text(160).min(2, 'Use at least 2 characters'),
  website: httpUrlSchema,
  /** The first domain is the primary one; members prove control of one of them. */
  emailDomains: z
    .array(domainSchema)
    .min(1, 'Add the domain your work email uses')
    .max(5, 'At most 5 domains'),
  country: countryCodeSchema,
  city: text(120).optional(),
  size: organisationSizeSchema,
  industry: text(80).min(1, 'Say what the organisation does'),
  description: text(4000),
  logoUrl: httpUrlSchema.optional(),
});
export type OrganisationBody = z.infer<typeof organisationBody>;

export const domainVerificationStatusSchema = z.enum(['unverified', 'pending', 'verified']);
export const registrationStatusSchema = z.enum(['not_submitted', 'pending', 'approved', 'rejected']);

export const organisationViewSchema = z
  .object({
    id: z.uuid(),
    slug: z.string(),
    name: z.string(),
    website: z.string().nullable(),
    emailDomains: z.array(z.string()),
    country: z.string(),
    city: z.string().nullable(),
    size: z.string().nullable(),
    industry: z.string().nullable(),
    description: z.string().nullable(),
    logoUrl: z.string().nullable(),
    /** Both checks passed: a member proved the domain and an admin approved the registration. */
    verified: z.boolean(),
    verifiedAt: z.iso.datetime().nullable(),
    domainVerification: z.object({
      status: domainVerificationStatusSchema,
      domain: z.string().nullable(),
      at: z.iso.datetime().nullable(),
    }),
    registration: z.object({
      status: registrationStatusSchema,
      registrationNumber: z.string().nullable(),
      country: z.string().nullable(),
      reason: z.string().nullable(),
      decidedAt: z.iso.datetime().nullable(),
    }),
    /** The signed-in member's role; null for admins looking in. */
    myRole: memberRoleSchema.nullable(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'Organisation' });
export type OrganisationView = z.infer<typeof organisationViewSchema>;
export const organisationListResponse = z.object({ organisations: z.array(organisationViewSchema) });

export const memberSchema = z.object({
  userId: z.uuid(),
  displayName: z.string(),
  email: z.string(),
  role: memberRoleSchema,
  joinedAt: z.iso.datetime(),
});
export const membersResponse = z.object({ members: z.array(memberSchema) });
export const memberParams = z.strictObject({ id: z.uuid(), userId: z.uuid() });
export const memberRoleBody = z.strictObject({ role: memberRoleSchema });

export const invitationBody = z.strictObject({ email: emailSchema, role: memberRoleSchema });
export const invitationSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  role: memberRoleSchema,
  invitedBy: z.string(),
  expiresAt: z.iso.datetime(),
  createdAt: z.iso.datetime(),
});
export const invitationsResponse = z.object({ invitations: z.array(invitationSchema) });
export const invitationParams = z.strictObject({ id: z.uuid(), invitationId: z.uuid() });
export const tokenBody = z.strictObject({ token: z.string().min(10).max(200) });

export const domainVerificationBody = z.strictObject({
  /** An address at one of the organisation's domains; the token is mailed there. */
  email: emailSchema,
});

export const registrationBody = z.strictObject({
  /** Commercial registration or trade licence number. */
  registrationNumber: text(60).min(3, 'Use the number on the commercial registration or trade licence'),
  country: countryCodeSchema,
  website: httpUrlSchema,
});

export const decisionBody = z.strictObject({
  decision: z.enum(['approve', 'reject']),
  /** Required when rejecting; kept in the audit trail either way. */
  reason: text(1000).optional(),
});

export const auditEntrySchema = z.object({
  id: z.uuid(),
  subjectType: z.enum(['organisation', 'position']),
  subjectId: z.uuid(),
  subjectName: z.string(),
  action: z.string(),
  actor: z.string().nullable(),
  reason: z.string().nullable(),
  at: z.iso.datetime(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;
export const auditResponse = z.object({ entries: z.array(auditEntrySchema) });

export const adminOrganisationQuery = z.strictObject({
  status: registrationStatusSchema.default('pending'),
});
