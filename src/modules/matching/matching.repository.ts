import { and, asc, eq, gt, inArray, lt, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import {
  candidateProfiles,
  candidateSkills,
  matchChanges,
  organisations,
  positionSkills,
  positions,
  profileItems,
  users,
} from '../../db/schema/index.js';

export type ProfileRow = typeof candidateProfiles.$inferSelect;
export type SkillRow = Pick<
  typeof candidateSkills.$inferSelect,
  'userId' | 'skillId' | 'proficiency' | 'evidence'
>;
export type ItemRow = Pick<typeof profileItems.$inferSelect, 'id' | 'userId' | 'kind' | 'data'>;

/** A page of candidate profiles in id order, for the full build (keyset: after the last id). */
export async function profilesAfter(db: Db, afterId: string | null, limit: number): Promise<ProfileRow[]> {
  const rows = await db
    .select({ profile: candidateProfiles })
    .from(candidateProfiles)
    .innerJoin(users, eq(users.id, candidateProfiles.userId))
    .where(
      and(eq(users.accountType, 'candidate'), afterId ? gt(candidateProfiles.userId, afterId) : undefined),
    )
    .orderBy(asc(candidateProfiles.userId))
    .limit(limit);
  return rows.map((r) => r.profile);
}

export async function profilesByIds(db: Db, ids: readonly string[]): Promise<ProfileRow[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select({ profile: candidateProfiles })
    .from(candidateProfiles)
    .innerJoin(users, eq(users.id, candidateProfiles.userId))
    .where(and(eq(users.accountType, 'candidate'), inArray(candidateProfiles.userId, [...ids])));
  return rows.map((r) => r.profile);
}

export async function skillsOf(db: Db, userIds: readonly string[]): Promise<SkillRow[]> {
  if (userIds.length === 0) return [];
  return db
    .select({
      userId: candidateSkills.userId,
      skillId: candidateSkills.skillId,
      proficiency: candidateSkills.proficiency,
      evidence: candidateSkills.evidence,
    })
    .from(candidateSkills)
    .where(inArray(candidateSkills.userId, [...userIds]));
}

export async function itemsOf(db: Db, userIds: readonly string[]): Promise<ItemRow[]> {
  if (userIds.length === 0) return [];
  return db
    .select({
      id: profileItems.id,
      userId: profileItems.userId,
      kind: profileItems.kind,
      data: profileItems.data,
    })
    .from(profileItems)
    .where(inArray(profileItems.userId, [...userIds]));
}

const positionColumns = {
  position: positions,
  verifiedAt: organisations.verifiedAt,
  emailDomain: organisations.emailDomain,
  otherDomains: organisations.otherDomains,
};

/** Every position the matcher might rank: anything not closed (liveness is decided per query). */
export async function activePositions(db: Db) {
  return db
    .select(positionColumns)
    .from(positions)
    .innerJoin(organisations, eq(organisations.id, positions.organisationId))
    .where(sql`${positions.status} <> 'closed'`);
}

export async function positionsByIds(db: Db, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db
    .select(positionColumns)
    .from(positions)
    .innerJoin(organisations, eq(organisations.id, positions.organisationId))
    .where(inArray(positions.id, [...ids]));
}

export async function positionIdsOfOrganisations(
  db: Db,
  organisationIds: readonly string[],
): Promise<string[]> {
  if (organisationIds.length === 0) return [];
  const rows = await db
    .select({ id: positions.id })
    .from(positions)
    .where(inArray(positions.organisationId, [...organisationIds]));
  return rows.map((r) => r.id);
}

export async function skillsOfPositions(db: Db, positionIds: readonly string[]) {
  if (positionIds.length === 0) return [];
  return db
    .select()
    .from(positionSkills)
    .where(inArray(positionSkills.positionId, [...positionIds]));
}

export async function lastChangeId(db: Db): Promise<number> {
  const [row] = await db
    .select({ id: sql<number>`coalesce(max(${matchChanges.id}), 0)::bigint` })
    .from(matchChanges);
  return Number(row?.id ?? 0);
}

/** Changes after an id (with a look-back the caller chooses, for transactions that commit late). */
export async function changesAfter(db: Db, afterId: number, limit: number) {
  return db
    .select()
    .from(matchChanges)
    .where(gt(matchChanges.id, afterId))
    .orderBy(asc(matchChanges.id))
    .limit(limit);
}

export async function pruneChanges(db: Db, before: Date): Promise<void> {
  await db.delete(matchChanges).where(lt(matchChanges.createdAt, before));
}
