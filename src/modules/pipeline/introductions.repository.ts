// Introductions (double opt-in) and the identity reveals their acceptance grants.
import { and, desc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { identityReveals, introductions, organisations, positions, users } from '../../db/schema/index.js';

export type IntroductionRow = typeof introductions.$inferSelect;

/** Inserts unless the position already asked this candidate; undefined when it did. */
export async function insertIntroduction(
  db: Db,
  values: typeof introductions.$inferInsert,
): Promise<IntroductionRow | undefined> {
  const [row] = await db
    .insert(introductions)
    .values(values)
    .onConflictDoNothing({ target: [introductions.positionId, introductions.candidateId] })
    .returning();
  return row;
}

/** The position a request is for (it never changes), read without a lock. */
export async function positionOf(db: Db, id: string): Promise<string | undefined> {
  const [row] = await db
    .select({ positionId: introductions.positionId })
    .from(introductions)
    .where(eq(introductions.id, id));
  return row?.positionId;
}

export async function lockIntroduction(db: Db, id: string): Promise<IntroductionRow | undefined> {
  const [row] = await db.select().from(introductions).where(eq(introductions.id, id)).for('update');
  return row;
}

export async function updateIntroduction(
  db: Db,
  id: string,
  values: Partial<typeof introductions.$inferInsert>,
): Promise<void> {
  await db.update(introductions).set(values).where(eq(introductions.id, id));
}

/**
 * Cancels a position's pending requests (it closed, so none can be answered any more); returns them
 * (id and candidate) so each candidate can be told.
 */
export async function cancelPendingOfPosition(
  db: Db,
  positionId: string,
  at: Date,
): Promise<Array<{ id: string; candidateId: string }>> {
  return db
    .update(introductions)
    .set({ status: 'cancelled', respondedAt: at })
    .where(and(eq(introductions.positionId, positionId), eq(introductions.status, 'pending')))
    .returning({ id: introductions.id, candidateId: introductions.candidateId });
}

const withContext = (db: Db) =>
  db
    .select({
      introduction: introductions,
      positionTitle: positions.title,
      positionSlug: positions.slug,
      organisationName: organisations.name,
      organisationVerifiedAt: organisations.verifiedAt,
      requesterName: users.displayName,
    })
    .from(introductions)
    .innerJoin(positions, eq(positions.id, introductions.positionId))
    .innerJoin(organisations, eq(organisations.id, introductions.organisationId))
    .leftJoin(users, eq(users.id, introductions.requestedBy));

export type IntroductionRecord = Awaited<ReturnType<ReturnType<typeof withContext>['where']>>[number];

export async function findRecord(db: Db, id: string): Promise<IntroductionRecord | undefined> {
  const [row] = await withContext(db).where(eq(introductions.id, id));
  return row;
}

export async function listForCandidate(db: Db, candidateId: string): Promise<IntroductionRecord[]> {
  return withContext(db)
    .where(eq(introductions.candidateId, candidateId))
    .orderBy(desc(introductions.createdAt))
    .limit(200);
}

export async function listForPosition(db: Db, positionId: string): Promise<IntroductionRecord[]> {
  return withContext(db)
    .where(eq(introductions.positionId, positionId))
    .orderBy(desc(introductions.createdAt))
    .limit(500);
}

/** Records that the candidate's identity is revealed to the organisation (idempotent). */
export async function insertReveal(
  db: Db,
  values: { organisationId: string; candidateId: string; introductionId: string | null; createdAt: Date },
): Promise<void> {
  await db.insert(identityReveals).values(values).onConflictDoNothing();
}

/** Which of the candidates have revealed themselves to any of the organisations. */
export async function revealedAmong(
  db: Db,
  organisationIds: readonly string[],
  candidateIds: readonly string[],
): Promise<Set<string>> {
  if (organisationIds.length === 0 || candidateIds.length === 0) return new Set();
  const rows = await db
    .selectDistinct({ candidateId: identityReveals.candidateId })
    .from(identityReveals)
    .where(
      and(
        inArray(identityReveals.organisationId, [...organisationIds]),
        inArray(identityReveals.candidateId, [...candidateIds]),
      ),
    );
  return new Set(rows.map((r) => r.candidateId));
}
