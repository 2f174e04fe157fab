import { and, asc, desc, eq, inArray, lt, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { preparedPer } from '../../db/prepared.js';
import {
  fxRates,
  organisationMembers,
  organisations,
  positionSkills,
  positions,
  users,
} from '../../db/schema/index.js';
import type { MemberRole } from '../organisations/organisations.repository.js';

export type PositionRow = typeof positions.$inferSelect;
export type PositionInsert = typeof positions.$inferInsert;
export type PositionSkillRow = typeof positionSkills.$inferSelect;

/** A position with what every view of it needs: its organisation and who attested its funding. */
export interface PositionRecord {
  position: PositionRow;
  organisation: typeof organisations.$inferSelect;
  attestedBy: string | null;
  skills: PositionSkillRow[];
}

const base = (db: Db) =>
  db
    .select({ position: positions, organisation: organisations, attestedBy: users.displayName })
    .from(positions)
    .innerJoin(organisations, eq(organisations.id, positions.organisationId))
    .leftJoin(users, eq(users.id, positions.fundingAttestedBy));

async function withSkills(db: Db, rows: Array<Omit<PositionRecord, 'skills'>>): Promise<PositionRecord[]> {
  if (rows.length === 0) return [];
  const skills = await db
    .select()
    .from(positionSkills)
    .where(
      inArray(
        positionSkills.positionId,
        rows.map((r) => r.position.id),
      ),
    )
    .orderBy(asc(positionSkills.skillId));
  return rows.map((r) => ({ ...r, skills: skills.filter((s) => s.positionId === r.position.id) }));
}

export async function findById(db: Db, id: string): Promise<PositionRecord | undefined> {
  const rows = await base(db).where(eq(positions.id, id));
  return (await withSkills(db, rows))[0];
}

export async function findBySlug(db: Db, slug: string): Promise<PositionRecord | undefined> {
  const rows = await base(db).where(eq(positions.slug, slug));
  return (await withSkills(db, rows))[0];
}

// Every request about a position's ranked candidates checks membership: prepared once per handle.
const positionMembership = preparedPer((db) =>
  db
    .select({ organisationId: positions.organisationId, role: organisationMembers.role })
    .from(positions)
    .leftJoin(
      organisationMembers,
      and(
        eq(organisationMembers.organisationId, positions.organisationId),
        eq(organisationMembers.userId, sql.placeholder('userId')),
      ),
    )
    .where(eq(positions.id, sql.placeholder('positionId')))
    .prepare('positions_member_of_position'),
);

/**
 * A position's organisation and the user's role in it (null when not a member), in one round trip:
 * the member check of read-only routes that need no more of the position.
 */
export async function memberOfPosition(
  db: Db,
  positionId: string,
  userId: string,
): Promise<{ organisationId: string; role: MemberRole | null } | undefined> {
  const [row] = await positionMembership(db).execute({ positionId, userId });
  return row;
}

/** Locks the position row for a lifecycle change. */
export async function lockPosition(db: Db, id: string): Promise<PositionRow | undefined> {
  const [row] = await db.select().from(positions).where(eq(positions.id, id)).for('update');
  return row;
}

export async function listByOrganisation(db: Db, organisationId: string): Promise<PositionRecord[]> {
  const rows = await base(db)
    .where(eq(positions.organisationId, organisationId))
    .orderBy(desc(positions.updatedAt));
  return withSkills(db, rows);
}

export async function listByFunding(db: Db, status: PositionRow['fundingStatus']): Promise<PositionRecord[]> {
  const rows = await base(db)
    // The review queue holds submitted positions only; drafts are still being written.
    .where(
      status === 'attested'
        ? and(eq(positions.fundingStatus, status), eq(positions.status, 'pending_review'))
        : eq(positions.fundingStatus, status),
    )
    .orderBy(asc(positions.fundingAttestedAt))
    .limit(200);
  return withSkills(db, rows);
}

export async function slugTaken(db: Db, slug: string): Promise<boolean> {
  const [row] = await db.select({ id: positions.id }).from(positions).where(eq(positions.slug, slug));
  return Boolean(row);
}

export async function insertPosition(db: Db, values: PositionInsert): Promise<string> {
  const [row] = await db.insert(positions).values(values).returning({ id: positions.id });
  if (!row) throw new Error('insert returned no row');
  return row.id;
}

export async function updatePosition(db: Db, id: string, values: Partial<PositionInsert>): Promise<void> {
  await db.update(positions).set(values).where(eq(positions.id, id));
}

export async function replaceSkills(
  db: Db,
  positionId: string,
  rows: Array<Omit<typeof positionSkills.$inferInsert, 'positionId'>>,
): Promise<void> {
  await db.delete(positionSkills).where(eq(positionSkills.positionId, positionId));
  if (rows.length) await db.insert(positionSkills).values(rows.map((r) => ({ ...r, positionId })));
}

/**
 * Rewrites the full-text vector: title and skill names weigh A, the description C. The english
 * configuration stems ("engineers" finds "engineer"); PGlite ships it too.
 */
export async function writeSearchVector(db: Db, positionId: string, skillNames: string): Promise<void> {
  await db
    .update(positions)
    .set({
      searchVector: sql`setweight(to_tsvector('english', ${positions.title}), 'A') ||
        setweight(to_tsvector('english', ${skillNames}), 'A') ||
        setweight(to_tsvector('english', ${positions.description}), 'C')`,
    })
    .where(eq(positions.id, positionId));
}

/** Open or paused positions whose last day has passed, for the expiry sweep. */
export async function dueForExpiry(db: Db, today: string, limit = 500): Promise<PositionRow[]> {
  return db
    .select()
    .from(positions)
    .where(and(inArray(positions.status, ['open', 'paused']), lt(positions.validThrough, today)))
    .limit(limit);
}

export async function positionsInCurrency(db: Db, currency: string) {
  return db
    .select({
      id: positions.id,
      salaryMin: positions.salaryMin,
      salaryMax: positions.salaryMax,
      salaryPeriod: positions.salaryPeriod,
    })
    .from(positions)
    .where(eq(positions.salaryCurrency, currency));
}

export async function listFxRates(db: Db) {
  return db.select().from(fxRates).orderBy(asc(fxRates.currency), asc(fxRates.asOf));
}

export async function upsertFxRate(db: Db, values: typeof fxRates.$inferInsert): Promise<void> {
  await db
    .insert(fxRates)
    .values(values)
    .onConflictDoUpdate({
      target: [fxRates.currency, fxRates.asOf],
      set: { ratePerUsd: values.ratePerUsd, setBy: values.setBy },
    });
}

/** Positions by id, in the order asked (search returns ids in rank order). */
export async function findManyByIds(db: Db, ids: readonly string[]): Promise<PositionRecord[]> {
  if (ids.length === 0) return [];
  const rows = await base(db).where(inArray(positions.id, [...ids]));
  const records = await withSkills(db, rows);
  const byId = new Map(records.map((r) => [r.position.id, r]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** Who drafted a position, to tell them when it expires. */
export async function creatorOf(db: Db, positionId: string) {
  const [row] = await db
    .select({ email: users.email, locale: users.locale, organisation: organisations.name })
    .from(positions)
    .innerJoin(users, eq(users.id, positions.createdBy))
    .innerJoin(organisations, eq(organisations.id, positions.organisationId))
    .where(eq(positions.id, positionId));
  return row;
}
