// Applications and their events: the only SQL of the pipeline's core tables.
import { and, asc, count, desc, eq, gte, inArray, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import {
  applicationEvents,
  applications,
  candidateProfiles,
  offers,
  organisationMembers,
  organisations,
  positions,
  users,
} from '../../db/schema/index.js';

export type ApplicationRow = typeof applications.$inferSelect;
export type ApplicationInsert = typeof applications.$inferInsert;
export type EventRow = typeof applicationEvents.$inferSelect;
export type OfferRow = typeof offers.$inferSelect;

/** What deciding about a position needs: its state, its organisation's, and what offers copy from it. */
export async function positionFacts(db: Db, positionId: string) {
  return factsWhere(db, eq(positions.id, positionId));
}

/**
 * Holds the position against closing until the transaction ends: an application opened meanwhile
 * would otherwise miss the closing of the position's applications.
 */
export async function sharePosition(db: Db, positionId: string): Promise<void> {
  await db.select({ id: positions.id }).from(positions).where(eq(positions.id, positionId)).for('share');
}

/** A position's facts by its public slug. */
export async function positionFactsBySlug(db: Db, slug: string) {
  return factsWhere(db, eq(positions.slug, slug));
}

async function factsWhere(db: Db, where: SQL) {
  const [row] = await db
    .select({
      id: positions.id,
      title: positions.title,
      slug: positions.slug,
      status: positions.status,
      fundingStatus: positions.fundingStatus,
      validThrough: positions.validThrough,
      publishedAt: positions.publishedAt,
      roleFamily: positions.roleFamily,
      level: positions.level,
      country: positions.country,
      organisationId: positions.organisationId,
      organisationName: organisations.name,
      organisationCountry: organisations.country,
      organisationDomain: organisations.emailDomain,
      organisationVerifiedAt: organisations.verifiedAt,
    })
    .from(positions)
    .innerJoin(organisations, eq(organisations.id, positions.organisationId))
    .where(where);
  return row;
}
export type PositionFacts = NonNullable<Awaited<ReturnType<typeof positionFacts>>>;

export async function findByPair(db: Db, positionId: string, candidateId: string) {
  const [row] = await db
    .select()
    .from(applications)
    .where(and(eq(applications.positionId, positionId), eq(applications.candidateId, candidateId)));
  return row;
}

/** Inserts unless the candidate is already in the position's pipeline; undefined when they are. */
export async function insertApplication(
  db: Db,
  values: ApplicationInsert,
): Promise<ApplicationRow | undefined> {
  const [row] = await db
    .insert(applications)
    .values(values)
    .onConflictDoNothing({ target: [applications.positionId, applications.candidateId] })
    .returning();
  return row;
}

/**
 * Locks the position of an application (for update), before the application itself: the order a
 * position's closing locks them in, so a hire that may close the position cannot deadlock with it.
 */
export async function lockPositionOfApplication(db: Db, applicationId: string): Promise<void> {
  await db
    .select({ id: positions.id })
    .from(positions)
    .innerJoin(applications, eq(applications.positionId, positions.id))
    .where(eq(applications.id, applicationId))
    .for('update', { of: positions });
}

export async function lockApplication(db: Db, id: string): Promise<ApplicationRow | undefined> {
  const [row] = await db.select().from(applications).where(eq(applications.id, id)).for('update');
  return row;
}

export async function updateApplication(
  db: Db,
  id: string,
  values: Partial<ApplicationInsert>,
): Promise<void> {
  await db.update(applications).set(values).where(eq(applications.id, id));
}

export async function insertEvent(db: Db, values: typeof applicationEvents.$inferInsert): Promise<void> {
  await db.insert(applicationEvents).values(values);
}

/** Events of many applications, oldest first, with the acting member's name. */
export async function eventsOf(db: Db, applicationIds: readonly string[]) {
  if (applicationIds.length === 0) return [];
  return db
    .select({ event: applicationEvents, actorName: users.displayName })
    .from(applicationEvents)
    .leftJoin(users, eq(users.id, applicationEvents.actorId))
    .where(inArray(applicationEvents.applicationId, [...applicationIds]))
    .orderBy(asc(applicationEvents.createdAt), asc(applicationEvents.id));
}

export async function offersOf(db: Db, applicationIds: readonly string[]): Promise<OfferRow[]> {
  if (applicationIds.length === 0) return [];
  return db
    .select()
    .from(offers)
    .where(inArray(offers.applicationId, [...applicationIds]))
    .orderBy(asc(offers.createdAt));
}

const withPosition = (db: Db) =>
  db
    .select({
      application: applications,
      positionTitle: positions.title,
      positionSlug: positions.slug,
      positionStatus: positions.status,
      organisationName: organisations.name,
      organisationCountry: organisations.country,
    })
    .from(applications)
    .innerJoin(positions, eq(positions.id, applications.positionId))
    .innerJoin(organisations, eq(organisations.id, applications.organisationId));

export type ApplicationRecord = Awaited<ReturnType<ReturnType<typeof withPosition>['where']>>[number];

export async function listForCandidate(db: Db, candidateId: string): Promise<ApplicationRecord[]> {
  return withPosition(db)
    .where(eq(applications.candidateId, candidateId))
    .orderBy(desc(applications.updatedAt));
}

export async function findRecord(db: Db, id: string): Promise<ApplicationRecord | undefined> {
  const [row] = await withPosition(db).where(eq(applications.id, id));
  return row;
}

export async function listForPosition(db: Db, positionId: string): Promise<ApplicationRecord[]> {
  return withPosition(db)
    .where(eq(applications.positionId, positionId))
    .orderBy(desc(applications.updatedAt));
}

/** Applications in stages that wait on the organisation, for the "waiting too long" list. */
export async function listAwaitingOrganisation(db: Db, organisationId: string): Promise<ApplicationRecord[]> {
  return withPosition(db)
    .where(
      and(
        eq(applications.organisationId, organisationId),
        inArray(applications.stage, ['sourced', 'applied', 'screening', 'interviewing']),
      ),
    )
    .orderBy(asc(applications.updatedAt))
    .limit(500);
}

/** How many of a position's applications ended in a hire. */
export async function hiresOf(db: Db, positionId: string): Promise<number> {
  const [row] = await db
    .select({ n: count().mapWith(Number) })
    .from(applications)
    .where(and(eq(applications.positionId, positionId), eq(applications.stage, 'hired')));
  return row?.n ?? 0;
}

/** Open applications of a position, locked, for closing them with it. */
export async function lockOpenOfPosition(db: Db, positionId: string): Promise<ApplicationRow[]> {
  return db
    .select()
    .from(applications)
    .where(
      and(
        eq(applications.positionId, positionId),
        inArray(applications.stage, ['sourced', 'applied', 'screening', 'interviewing', 'offer']),
      ),
    )
    .for('update');
}

/** What members see of the candidates in their pipeline. */
export async function candidateCards(db: Db, candidateIds: readonly string[]) {
  if (candidateIds.length === 0) return [];
  return db
    .select({
      id: users.id,
      displayName: users.displayName,
      email: users.email,
      headline: candidateProfiles.headline,
      visibility: candidateProfiles.visibility,
    })
    .from(users)
    .leftJoin(candidateProfiles, eq(candidateProfiles.userId, users.id))
    .where(inArray(users.id, [...candidateIds]));
}

/** Candidates' own applications to some organisations since a date: their responsiveness figures. */
export async function responseRows(db: Db, organisationIds: readonly string[], since: Date) {
  if (organisationIds.length === 0) return [];
  return db
    .select({
      organisationId: applications.organisationId,
      createdAt: applications.createdAt,
      firstResponseAt: applications.firstResponseAt,
    })
    .from(applications)
    .where(
      and(
        inArray(applications.organisationId, [...organisationIds]),
        eq(applications.origin, 'applied'),
        gte(applications.createdAt, since),
      ),
    );
}

/** The user ids of an organisation's members, to notify them. */
export async function memberIds(db: Db, organisationId: string): Promise<string[]> {
  const rows = await db
    .select({ userId: organisationMembers.userId })
    .from(organisationMembers)
    .where(eq(organisationMembers.organisationId, organisationId));
  return rows.map((r) => r.userId);
}

/** What decides whether a member may reach a candidate: their visibility and blocked domains. */
export async function candidatePrivacy(db: Db, candidateId: string) {
  const [row] = await db
    .select({
      accountType: users.accountType,
      visibility: candidateProfiles.visibility,
      blockedDomains: candidateProfiles.blockedDomains,
    })
    .from(users)
    .innerJoin(candidateProfiles, eq(candidateProfiles.userId, users.id))
    .where(eq(users.id, candidateId));
  return row;
}
