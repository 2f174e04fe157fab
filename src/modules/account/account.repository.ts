import { and, eq, like, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import * as schema from '../../db/schema/index.js';
import {
  organisationInvitations,
  organisationMembers,
  organisations,
  rateLimits,
  users,
  verificationEvents,
} from '../../db/schema/index.js';

/**
 * Organisations where the user is an owner, with how many other owners and other members they have:
 * deleting the account must not leave a team without an owner.
 */
export async function ownedOrganisations(db: Db, userId: string) {
  return db
    .select({
      id: organisations.id,
      name: organisations.name,
      otherOwners: sql<number>`(select count(*)::int from ${organisationMembers} m where m.organisation_id = ${organisations.id} and m.role = 'owner' and m.user_id <> ${userId})`,
      otherMembers: sql<number>`(select count(*)::int from ${organisationMembers} m where m.organisation_id = ${organisations.id} and m.user_id <> ${userId})`,
    })
    .from(organisationMembers)
    .innerJoin(organisations, eq(organisations.id, organisationMembers.organisationId))
    .where(and(eq(organisationMembers.userId, userId), eq(organisationMembers.role, 'owner')));
}

/** The organisations the user belongs to, for the data export. */
export async function membershipsForExport(db: Db, userId: string) {
  return db
    .select({
      organisation: organisations.name,
      role: organisationMembers.role,
      since: organisationMembers.createdAt,
    })
    .from(organisationMembers)
    .innerJoin(organisations, eq(organisations.id, organisationMembers.organisationId))
    .where(eq(organisationMembers.userId, userId));
}

/**
 * Deletes the user; foreign keys cascade to sessions, tokens, profile, items, skills and
 * memberships. Rate-limit counters keyed by the email go too: they are personal data.
 */
export async function deleteUserAndTraces(
  db: Db,
  userId: string,
  email: string,
  soleMemberOf: readonly string[],
): Promise<void> {
  await db.transaction(async (tx) => {
    // An organisation nobody else belongs to goes with its only member, positions and all.
    for (const id of soleMemberOf) await tx.delete(organisations).where(eq(organisations.id, id));
    // The audit trail keeps the decision but not the person's name.
    await tx
      .update(verificationEvents)
      .set({ actorName: 'deleted account' })
      .where(eq(verificationEvents.actorId, userId));
    await tx.delete(organisationInvitations).where(eq(organisationInvitations.email, email));
    await tx.delete(users).where(eq(users.id, userId));
    await tx.delete(rateLimits).where(like(rateLimits.key, `%:account:${email}`));
  });
}

/**
 * The marketplace records about the user, for the data export: their applications with every move,
 * introductions to them, offers to them, the messages they sent, their notifications and settings,
 * career snapshots, and which organisations viewed their profile. Rows as stored, dates as ISO text.
 */
export async function marketplaceForExport(db: Db, userId: string) {
  const [applications, events, introductions, offers, messages, notifications, settings, snapshots, views] =
    await Promise.all([
      db.select().from(schema.applications).where(eq(schema.applications.candidateId, userId)),
      db
        .select({ event: schema.applicationEvents })
        .from(schema.applicationEvents)
        .innerJoin(schema.applications, eq(schema.applications.id, schema.applicationEvents.applicationId))
        .where(eq(schema.applications.candidateId, userId)),
      db.select().from(schema.introductions).where(eq(schema.introductions.candidateId, userId)),
      db
        .select({ offer: schema.offers })
        .from(schema.offers)
        .innerJoin(schema.applications, eq(schema.applications.id, schema.offers.applicationId))
        .where(eq(schema.applications.candidateId, userId)),
      db.select().from(schema.messages).where(eq(schema.messages.senderId, userId)),
      db.select().from(schema.notifications).where(eq(schema.notifications.userId, userId)),
      db.select().from(schema.notificationSettings).where(eq(schema.notificationSettings.userId, userId)),
      db.select().from(schema.careerSnapshots).where(eq(schema.careerSnapshots.userId, userId)),
      db
        .select({ organisation: organisations.name, viewedOn: schema.profileViews.viewedOn })
        .from(schema.profileViews)
        .innerJoin(organisations, eq(organisations.id, schema.profileViews.organisationId))
        .where(eq(schema.profileViews.candidateId, userId)),
    ]);
  return {
    applications,
    applicationEvents: events.map((e) => e.event),
    introductions,
    offers: offers.map((o) => o.offer),
    messagesSent: messages,
    notifications,
    notificationSettings: settings,
    careerSnapshots: snapshots,
    profileViews: views,
  };
}
