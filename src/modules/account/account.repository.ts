import { eq, like } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { organisationMembers, organisations, rateLimits, users } from '../../db/schema/index.js';

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
export async function deleteUserAndTraces(db: Db, userId: string, email: string): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.delete(users).where(eq(users.id, userId));
    await tx.delete(rateLimits).where(like(rateLimits.key, `%:account:${email}`));
  });
}
