import type { z } from 'zod';
import type {
  AuditEntry,
  MemberRole,
  OrganisationBody,
  OrganisationView,
  registrationBody,
} from '../../contracts/organisations.js';
import { AppError, fieldError } from '../../core/errors.js';
import { slugify } from '../../core/positions/slug.js';
import type { Db } from '../../db/client.js';
import { newSecretToken, tokenDigest } from '../auth/tokens.js';
import { renderEmployerMail } from '../mail/employer-templates.js';
import type { Mailer, OutgoingMail } from '../mail/mailer.js';
import type { RateLimiter } from '../ratelimit/rate-limit.service.js';
import * as repo from './organisations.repository.js';

const DAY_MS = 24 * 60 * 60 * 1000;
const INVITATION_TTL_MS = 7 * DAY_MS;
const DOMAIN_TOKEN_TTL_MS = DAY_MS;
const domainMailLimit = { limit: 5, windowSeconds: 60 * 60 };

export interface OrganisationDeps {
  db: Db;
  mailer: Mailer;
  limiter: RateLimiter;
  now: () => Date;
  publicUrl: string;
  log: { error(obj: unknown, msg: string): void };
}

/** Who is acting: enough of the session for rules and the audit trail. */
export interface Actor {
  id: string;
  displayName: string;
  email: string;
  locale: 'en' | 'ar';
  accountType: 'candidate' | 'employer' | 'admin';
}

export type OrganisationService = ReturnType<typeof createOrganisationService>;

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function toOrganisationView(
  row: repo.OrganisationRow,
  myRole: MemberRole | null,
  domainLinkPending = false,
): OrganisationView {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    website: row.website,
    emailDomains: [row.emailDomain, ...row.otherDomains],
    country: row.country,
    city: row.city,
    size: row.size,
    industry: row.industry,
    description: row.description,
    logoUrl: row.logoUrl,
    verified: row.verifiedAt !== null,
    verifiedAt: iso(row.verifiedAt),
    domainVerification: {
      status: row.domainVerifiedAt ? 'verified' : domainLinkPending ? 'pending' : 'unverified',
      domain: row.verifiedDomain,
      at: iso(row.domainVerifiedAt),
    },
    registration: {
      status: row.registrationStatus,
      registrationNumber: row.registrationNumber,
      country: row.registrationCountry,
      reason: row.registrationReason,
      decidedAt: iso(row.registrationDecidedAt),
    },
    myRole,
    createdAt: row.createdAt.toISOString(),
  };
}

export function toAuditEntry(row: { event: repo.AuditRow; organisationName: string }): AuditEntry {
  const { event } = row;
  const subjectName =
    typeof event.data?.subjectName === 'string' ? event.data.subjectName : row.organisationName;
  return {
    id: event.id,
    subjectType: event.subjectType,
    subjectId: event.subjectId,
    subjectName,
    action: event.action,
    actor: event.actorName,
    reason: event.reason,
    at: event.createdAt.toISOString(),
  };
}

/** Verified once both checks have passed; the timestamp is when the second one landed. */
function verifiedAtAfter(row: repo.OrganisationRow, at: Date): Date | null {
  return row.domainVerifiedAt && row.registrationStatus === 'approved' ? (row.verifiedAt ?? at) : null;
}

/** Organisations, their members and invitations, and the two verification checks. */
export function createOrganisationService(deps: OrganisationDeps) {
  const { db, now } = deps;

  async function deliver(mail: OutgoingMail): Promise<void> {
    try {
      await deps.mailer.send(mail);
    } catch (error) {
      // The change stands; the member can ask for the mail again.
      deps.log.error({ err: error, subject: mail.subject }, 'mail delivery failed');
    }
  }

  /** The actor's role; non-members get 404 so an organisation's existence does not leak. */
  async function requireRole(
    organisationId: string,
    actor: Actor,
    roles: readonly MemberRole[] = ['owner', 'recruiter', 'hiring_manager'],
    tx: Db = db,
  ): Promise<MemberRole> {
    const role = await repo.memberRole(tx, organisationId, actor.id);
    if (!role) throw new AppError('not_found', 'No such organisation');
    if (!roles.includes(role))
      throw new AppError('forbidden', `Only ${roles.join(' or ')} members may do this.`);
    return role;
  }

  async function load(organisationId: string, tx: Db = db): Promise<repo.OrganisationRow> {
    const row = await repo.findOrganisation(tx, organisationId);
    if (!row) throw new AppError('not_found', 'No such organisation');
    return row;
  }

  async function audit(
    tx: Db,
    row: repo.OrganisationRow,
    actor: Actor | null,
    action: string,
    reason?: string | null,
    subject?: { type: 'position'; id: string; name: string },
  ): Promise<void> {
    await repo.insertAudit(tx, {
      subjectType: subject?.type ?? 'organisation',
      subjectId: subject?.id ?? row.id,
      organisationId: row.id,
      action,
      actorId: actor?.id ?? null,
      actorName: actor ? actor.displayName : 'system',
      reason: reason ?? null,
      data: { subjectName: subject?.name ?? row.name },
      createdAt: now(),
    });
  }

  async function uniqueSlug(name: string, tx: Db): Promise<string> {
    const base = slugify(name) || 'organisation';
    for (let i = 0; i < 50; i++) {
      const slug = i === 0 ? base : `${base}-${i + 1}`;
      if (!(await repo.slugTaken(tx, slug))) return slug;
    }
    return `${base}-${newSecretToken().slice(0, 6).toLowerCase()}`;
  }

  function columns(body: OrganisationBody) {
    const [primary = '', ...others] = body.emailDomains;
    return {
      name: body.name,
      website: body.website,
      emailDomain: primary,
      otherDomains: others,
      country: body.country,
      city: body.city ?? null,
      size: body.size,
      industry: body.industry,
      description: body.description,
      logoUrl: body.logoUrl ?? null,
    };
  }

  return {
    requireRole,
    load,
    audit,

    async create(actor: Actor, body: OrganisationBody): Promise<OrganisationView> {
      return db.transaction(async (tx) => {
        const slug = await uniqueSlug(body.name, tx);
        const row = await repo.insertOrganisation(tx, { ...columns(body), slug, createdAt: now() }, actor.id);
        await audit(tx, row, actor, 'organisation_created');
        return toOrganisationView(row, 'owner');
      });
    },

    async listMine(actor: Actor): Promise<OrganisationView[]> {
      const rows = await repo.organisationsOfUser(db, actor.id);
      return Promise.all(
        rows.map(async (r) =>
          toOrganisationView(
            r.organisation,
            r.role,
            await repo.hasPendingDomainToken(db, r.organisation.id, now()),
          ),
        ),
      );
    },

    async get(actor: Actor, organisationId: string): Promise<OrganisationView> {
      const role = await requireRole(organisationId, actor);
      const pending = await repo.hasPendingDomainToken(db, organisationId, now());
      return toOrganisationView(await load(organisationId), role, pending);
    },

    async update(actor: Actor, organisationId: string, body: OrganisationBody): Promise<OrganisationView> {
      return db.transaction(async (tx) => {
        await requireRole(organisationId, actor, ['owner'], tx);
        const current = await repo.lockOrganisation(tx, organisationId);
        if (!current) throw new AppError('not_found', 'No such organisation');
        const values: Parameters<typeof repo.updateOrganisation>[2] = columns(body);
        // Dropping the proven domain drops the proof, and with it the verified badge.
        if (current.verifiedDomain && !body.emailDomains.includes(current.verifiedDomain)) {
          Object.assign(values, { verifiedDomain: null, domainVerifiedAt: null, verifiedAt: null });
        }
        const row = await repo.updateOrganisation(tx, organisationId, values);
        if (current.verifiedAt && !row.verifiedAt)
          await audit(tx, row, actor, 'verification_lost', 'domain removed');
        return toOrganisationView(row, 'owner');
      });
    },

    async members(actor: Actor, organisationId: string) {
      await requireRole(organisationId, actor);
      const rows = await repo.listMembers(db, organisationId);
      return rows.map((m) => ({ ...m, joinedAt: m.joinedAt.toISOString() }));
    },

    async setMemberRole(actor: Actor, organisationId: string, userId: string, role: MemberRole) {
      await db.transaction(async (tx) => {
        await requireRole(organisationId, actor, ['owner'], tx);
        await repo.lockOrganisation(tx, organisationId);
        const current = await repo.memberRole(tx, organisationId, userId);
        if (!current) throw new AppError('not_found', 'No such member');
        if (current === 'owner' && role !== 'owner' && (await repo.countOwners(tx, organisationId)) <= 1) {
          throw new AppError('last_owner', 'Make someone else an owner first.');
        }
        await repo.setMemberRole(tx, organisationId, userId, role);
      });
      return this.members(actor, organisationId);
    },

    /** An owner removes a member, or a member leaves; never the last owner. */
    async removeMember(actor: Actor, organisationId: string, userId: string): Promise<void> {
      await db.transaction(async (tx) => {
        const myRole = await requireRole(organisationId, actor, undefined, tx);
        if (userId !== actor.id && myRole !== 'owner') {
          throw new AppError('forbidden', 'Only owners may remove other members.');
        }
        await repo.lockOrganisation(tx, organisationId);
        const role = await repo.memberRole(tx, organisationId, userId);
        if (!role) throw new AppError('not_found', 'No such member');
        if (role === 'owner' && (await repo.countOwners(tx, organisationId)) <= 1) {
          throw new AppError(
            'last_owner',
            'An organisation needs at least one owner: make someone else an owner first.',
          );
        }
        await repo.removeMember(tx, organisationId, userId);
      });
    },

    async invitations(actor: Actor, organisationId: string) {
      await requireRole(organisationId, actor, ['owner']);
      const rows = await repo.pendingInvitations(db, organisationId, now());
      return rows.map(({ invitation, invitedBy }) => ({
        id: invitation.id,
        email: invitation.email,
        role: invitation.role,
        invitedBy: invitedBy ?? '',
        expiresAt: invitation.expiresAt.toISOString(),
        createdAt: invitation.createdAt.toISOString(),
      }));
    },

    async invite(actor: Actor, organisationId: string, email: string, role: MemberRole) {
      await requireRole(organisationId, actor, ['owner']);
      const organisation = await load(organisationId);
      const members = await repo.listMembers(db, organisationId);
      if (members.some((m) => m.email === email)) {
        throw new AppError('already_member', 'That person is already a member.', {
          errors: [{ path: 'email', message: 'Already a member', code: 'already_member' }],
        });
      }
      const token = newSecretToken();
      const at = now();
      const row = await repo.insertInvitation(db, {
        organisationId,
        email,
        role,
        tokenHash: tokenDigest(token),
        invitedBy: actor.id,
        expiresAt: new Date(at.getTime() + INVITATION_TTL_MS),
        createdAt: at,
      });
      const link = `${deps.publicUrl}/invitations/accept?token=${encodeURIComponent(token)}`;
      await deliver(
        renderEmployerMail('invitation', actor.locale, email, {
          organisation: organisation.name,
          link,
          detail: actor.displayName,
        }),
      );
      return {
        id: row.id,
        email: row.email,
        role: row.role,
        invitedBy: actor.displayName,
        expiresAt: row.expiresAt.toISOString(),
        createdAt: row.createdAt.toISOString(),
      };
    },

    async revokeInvitation(actor: Actor, organisationId: string, invitationId: string): Promise<void> {
      await requireRole(organisationId, actor, ['owner']);
      if (!(await repo.markInvitation(db, invitationId, organisationId, { revokedAt: now() }))) {
        throw new AppError('not_found', 'No such pending invitation');
      }
    },

    async acceptInvitation(actor: Actor, token: string): Promise<OrganisationView> {
      return db.transaction(async (tx) => {
        const invitation = await repo.findInvitationByHash(tx, tokenDigest(token));
        const at = now();
        if (!invitation || invitation.acceptedAt || invitation.revokedAt || invitation.expiresAt <= at) {
          throw fieldError(
            'token',
            'This invitation has been used, revoked or has expired.',
            'invalid_token',
          );
        }
        if (invitation.email !== actor.email) {
          throw new AppError('forbidden', 'This invitation was sent to another email address.');
        }
        if (actor.accountType !== 'employer') {
          throw new AppError('forbidden', 'Sign in with an employer account to join an organisation.');
        }
        if (await repo.memberRole(tx, invitation.organisationId, actor.id)) {
          throw new AppError('already_member', 'You are already a member.');
        }
        await repo.addMember(tx, invitation.organisationId, actor.id, invitation.role);
        await repo.markInvitation(tx, invitation.id, invitation.organisationId, { acceptedAt: at });
        return toOrganisationView(await load(invitation.organisationId, tx), invitation.role);
      });
    },

    async requestDomainVerification(actor: Actor, organisationId: string, email: string) {
      await requireRole(organisationId, actor);
      const organisation = await load(organisationId);
      const domain = email.split('@')[1] ?? '';
      const domains = [organisation.emailDomain, ...organisation.otherDomains];
      if (!domains.includes(domain)) {
        throw fieldError('email', `Use an address at ${domains.join(' or ')}.`);
      }
      await deps.limiter.consume([{ key: `domain-verification:${organisationId}`, rule: domainMailLimit }]);
      const token = newSecretToken();
      const at = now();
      await repo.insertDomainToken(db, {
        organisationId,
        userId: actor.id,
        email,
        domain,
        tokenHash: tokenDigest(token),
        expiresAt: new Date(at.getTime() + DOMAIN_TOKEN_TTL_MS),
        createdAt: at,
      });
      const link = `${deps.publicUrl}/organisation/verify-domain?token=${encodeURIComponent(token)}`;
      await deliver(
        renderEmployerMail('domainVerification', actor.locale, email, {
          organisation: organisation.name,
          link,
          detail: '',
        }),
      );
      return { sentTo: email };
    },

    async confirmDomain(actor: Actor, token: string): Promise<OrganisationView> {
      return db.transaction(async (tx) => {
        const at = now();
        const used = await repo.takeDomainToken(tx, tokenDigest(token), at);
        if (!used) throw fieldError('token', 'This link has been used or has expired.', 'invalid_token');
        const role = await requireRole(used.organisationId, actor, undefined, tx);
        const current = await load(used.organisationId, tx);
        const proven = { ...current, verifiedDomain: used.domain, domainVerifiedAt: at };
        const row = await repo.updateOrganisation(tx, current.id, {
          verifiedDomain: used.domain,
          domainVerifiedAt: at,
          verifiedAt: verifiedAtAfter(proven, at),
        });
        await audit(tx, row, actor, 'domain_verified', `${used.email} confirmed ${used.domain}`);
        return toOrganisationView(row, role);
      });
    },

    async submitRegistration(
      actor: Actor,
      organisationId: string,
      body: z.infer<typeof registrationBody>,
    ): Promise<OrganisationView> {
      return db.transaction(async (tx) => {
        await requireRole(organisationId, actor, ['owner'], tx);
        const current = await repo.lockOrganisation(tx, organisationId);
        if (!current) throw new AppError('not_found', 'No such organisation');
        if (current.registrationStatus === 'approved') {
          throw new AppError('illegal_transition', 'The registration is already approved.');
        }
        const row = await repo.updateOrganisation(tx, organisationId, {
          registrationStatus: 'pending',
          registrationNumber: body.registrationNumber,
          registrationCountry: body.country,
          registrationWebsite: body.website,
          registrationReason: null,
          registrationDecidedAt: null,
        });
        await audit(tx, row, actor, 'registration_submitted', body.registrationNumber);
        return toOrganisationView(row, 'owner');
      });
    },

    async auditTrail(actor: Actor, organisationId: string): Promise<AuditEntry[]> {
      await requireRole(organisationId, actor);
      return (await repo.listAudit(db, organisationId)).map(toAuditEntry);
    },

    // ---- admins ----

    async byRegistration(status: repo.OrganisationRow['registrationStatus']): Promise<OrganisationView[]> {
      return (await repo.organisationsByRegistration(db, status)).map((row) => toOrganisationView(row, null));
    },

    async decide(
      admin: Actor,
      organisationId: string,
      decision: 'approve' | 'reject',
      reason: string | undefined,
    ): Promise<OrganisationView> {
      if (decision === 'reject' && !reason)
        throw fieldError('reason', 'Say why the registration is rejected.');
      return db.transaction(async (tx) => {
        const current = await repo.lockOrganisation(tx, organisationId);
        if (!current) throw new AppError('not_found', 'No such organisation');
        if (current.registrationStatus !== 'pending') {
          throw new AppError(
            'illegal_transition',
            `The registration is ${current.registrationStatus}, not pending review.`,
          );
        }
        const at = now();
        const approved = decision === 'approve';
        const decided = {
          ...current,
          registrationStatus: approved ? ('approved' as const) : ('rejected' as const),
        };
        const row = await repo.updateOrganisation(tx, organisationId, {
          registrationStatus: decided.registrationStatus,
          registrationReason: reason ?? null,
          registrationDecidedAt: at,
          verifiedAt: approved ? verifiedAtAfter(decided, at) : null,
        });
        await audit(tx, row, admin, approved ? 'registration_approved' : 'registration_rejected', reason);
        return toOrganisationView(row, null);
      });
    },

    async platformAudit(): Promise<AuditEntry[]> {
      return (await repo.listAudit(db, null)).map(toAuditEntry);
    },
  };
}
