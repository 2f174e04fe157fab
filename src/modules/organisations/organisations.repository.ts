import { and, asc, desc, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import {
  domainVerificationTokens,
  organisationInvitations,
  organisationMembers,
  organisations,
  users,
  verificationEvents,
} from '../../db/schema/index.js';

export type OrganisationRow = typeof organisations.$inferSelect;
export type MemberRole = (typeof organisationMembers.$inferSelect)['role'];
export type InvitationRow = typeof organisationInvitations.$inferSelect;
export type AuditRow = typeof verificationEvents.$inferSelect;

export async function insertOrganisation(
  db: Db,
  values: typeof organisations.$inferInsert,
  ownerId: string,
): Promise<OrganisationRow> {
  const [row] = await db.insert(organisations).values(values).returning();
  if (!row) throw new Error('insert returned no row');
  await db.insert(organisationMembers).values({ organisationId: row.id, userId: ownerId, role: 'owner' });
  return row;
}

export async function slugTaken(db: Db, slug: string): Promise<boolean> {
  const [row] = await db
    .select({ id: organisations.id })
    .from(organisations)
    .where(eq(organisations.slug, slug));
  return Boolean(row);
}

export async function findOrganisation(db: Db, id: string): Promise<OrganisationRow | undefined> {
  const [row] = await db.select().from(organisations).where(eq(organisations.id, id));
  return row;
}

/** Locks the organisation row for the rest of the transaction (membership and ownership changes). */
export async function lockOrganisation(db: Db, id: string): Promise<OrganisationRow | undefined> {
  const [row] = await db.select().from(organisations).where(eq(organisations.id, id)).for('update');
  return row;
}

export async function updateOrganisation(
  db: Db,
  id: string,
  values: Partial<typeof organisations.$inferInsert>,
): Promise<OrganisationRow> {
  const [row] = await db.update(organisations).set(values).where(eq(organisations.id, id)).returning();
  if (!row) throw new Error('organisation vanished');
  return row;
}

export async function organisationsOfUser(db: Db, userId: string) {
  return db
    .select({ organisation: organisations, role: organisationMembers.role })
    .from(organisationMembers)
    .innerJoin(organisations, eq(organisations.id, organisationMembers.organisationId))
    .where(eq(organisationMembers.userId, userId))
    .orderBy(asc(organisations.name));
}

export async function organisationsByRegistration(db: Db, status: OrganisationRow['registrationStatus']) {
  return db
    .select()
    .from(organisations)
    .where(eq(organisations.registrationStatus, status))
    .orderBy(asc(organisations.createdAt))
    .limit(200);
}

export async function memberRole(db: Db, organisationId: string, userId: string): Promise<MemberRole | null> {
  const [row] = await db
    .select({ role: organisationMembers.role })
    .from(organisationMembers)
    .where(
      and(eq(organisationMembers.organisationId, organisationId), eq(organisationMembers.userId, userId)),
    );
  return row?.role ?? null;
}

export async function listMembers(db: Db, organisationId: string) {
  return db
    .select({
      userId: users.id,
      displayName: users.displayName,
      email: users.email,
      role: organisationMembers.role,
      joinedAt: organisationMembers.createdAt,
    })
    .from(organisationMembers)
    .innerJoin(users, eq(users.id, organisationMembers.userId))
    .where(eq(organisationMembers.organisationId, organisationId))
    .orderBy(asc(users.displayName));
}

export async function countOwners(db: Db, organisationId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(organisationMembers)
    .where(
      and(eq(organisationMembers.organisationId, organisationId), eq(organisationMembers.role, 'owner')),
    );
  return row?.n ?? 0;
}

export async function addMember(
  db: Db,
  organisationId: string,
  userId: string,
  role: MemberRole,
): Promise<void> {
  await db.insert(organisationMembers).values({ organisationId, userId, role });
}

export async function setMemberRole(db: Db, organisationId: string, userId: string, role: MemberRole) {
  await db
    .update(organisationMembers)
    .set({ role })
    .where(
      and(eq(organisationMembers.organisationId, organisationId), eq(organisationMembers.userId, userId)),
    );
}

export async function removeMember(db: Db, organisationId: string, userId: string): Promise<void> {
  await db
    .delete(organisationMembers)
    .where(
      and(eq(organisationMembers.organisationId, organisationId), eq(organisationMembers.userId, userId)),
    );
}

export async function insertInvitation(db: Db, values: typeof organisationInvitations.$inferInsert) {
  const [row] = await db.insert(organisationInvitations).values(values).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

/** Invitations neither accepted, revoked nor expired, with who sent them. */
export async function pendingInvitations(db: Db, organisationId: string, now: Date) {
  return db
    .select({ invitation: organisationInvitations, invitedBy: users.displayName })
    .from(organisationInvitations)
    .leftJoin(users, eq(users.id, organisationInvitations.invitedBy))
    .where(
      and(
        eq(organisationInvitations.organisationId, organisationId),
        isNull(organisationInvitations.acceptedAt),
        isNull(organisationInvitations.revokedAt),
        gt(organisationInvitations.expiresAt, now),
      ),
    )
    .orderBy(desc(organisationInvitations.createdAt));
}

export async function findInvitationByHash(db: Db, tokenHash: string): Promise<InvitationRow | undefined> {
  const [row] = await db
    .select()
    .from(organisationInvitations)
    .where(eq(organisationInvitations.tokenHash, tokenHash))
    .for('update');
  return row;
}

export async function markInvitation(
  db: Db,
  id: string,
  organisationId: string,
  values: { acceptedAt?: Date; revokedAt?: Date },
): Promise<boolean> {
  const rows = await db
    .update(organisationInvitations)
    .set(values)
    .where(
      and(
        eq(organisationInvitations.id, id),
        eq(organisationInvitations.organisationId, organisationId),
        isNull(organisationInvitations.acceptedAt),
        isNull(organisationInvitations.revokedAt),
      ),
    )
    .returning({ id: organisationInvitations.id });
  return rows.length > 0;
}

export async function insertDomainToken(db: Db, values: typeof domainVerificationTokens.$inferInsert) {
  await db.insert(domainVerificationTokens).values(values);
}

export async function takeDomainToken(db: Db, tokenHash: string, now: Date) {
  const [row] = await db
    .update(domainVerificationTokens)
    .set({ usedAt: now })
    .where(
      and(
        eq(domainVerificationTokens.tokenHash, tokenHash),
        isNull(domainVerificationTokens.usedAt),
        gt(domainVerificationTokens.expiresAt, now),
      ),
    )
    .returning();
  return row;
}

export async function insertAudit(db: Db, values: typeof verificationEvents.$inferInsert): Promise<void> {
  await db.insert(verificationEvents).values(values);
}

/** The audit trail, newest first, of one organisation or (no id) of the whole platform. */
export async function listAudit(db: Db, organisationId: string | null, limit = 200) {
  return db
    .select({ event: verificationEvents, organisationName: organisations.name })
    .from(verificationEvents)
    .innerJoin(organisations, eq(organisations.id, verificationEvents.organisationId))
    .where(organisationId ? eq(verificationEvents.organisationId, organisationId) : undefined)
    .orderBy(desc(verificationEvents.createdAt))
    .limit(limit);
}

/** True while a mailed domain token is unused and unexpired: the UI says a link is on its way. */
export async function hasPendingDomainToken(db: Db, organisationId: string, now: Date): Promise<boolean> {
  const [row] = await db
    .select({ id: domainVerificationTokens.id })
    .from(domainVerificationTokens)
    .where(
      and(
        eq(domainVerificationTokens.organisationId, organisationId),
        isNull(domainVerificationTokens.usedAt),
        gt(domainVerificationTokens.expiresAt, now),
      ),
    )
    .limit(1);
  return Boolean(row);
}
