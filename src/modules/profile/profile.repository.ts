import { and, asc, eq, isNotNull, sql } from 'drizzle-orm';
import type { ProfileItemBody } from '../../contracts/profile.js';
import type { Db } from '../../db/client.js';
import {
  candidateProfiles,
  candidateSkills,
  organisationMembers,
  organisations,
  profileItems,
  users,
} from '../../db/schema/index.js';

export type ProfileRow = typeof candidateProfiles.$inferSelect;
export type ItemRow = typeof profileItems.$inferSelect;
export type SkillRow = typeof candidateSkills.$inferSelect;

/** The candidate account and its profile row (absent until first saved). */
export async function findCandidate(db: Db, userId: string) {
  const [row] = await db
    .select({ user: users, profile: candidateProfiles })
    .from(users)
    .leftJoin(candidateProfiles, eq(candidateProfiles.userId, users.id))
    .where(and(eq(users.id, userId), eq(users.accountType, 'candidate')))
    .limit(1);
  return row;
}

/**
 * Switches open to work off for candidates who accepted an offer (hired, they are off the market;
 * they may switch it on again). Leaves updated_at alone: it is the candidate's own last edit, which
 * the matcher's recency reads. Returns, per candidate it switched off, when open to work had last
 * been switched on (null when unknown); candidates already off are left out.
 */
export async function takeOffMarket(db: Db, userIds: readonly string[]): Promise<Map<string, Date | null>> {
  if (userIds.length === 0) return new Map();
  const result = await db.execute(sql`
    with previous as (
      select user_id, open_to_work_since from ${candidateProfiles}
      where user_id = any(${sql.param([...userIds])}::uuid[]) and coalesce((goals ->> 'openToWork')::boolean, false)
      for update)
    update ${candidateProfiles} p
    set goals = jsonb_set(p.goals, '{openToWork}', 'false'::jsonb), open_to_work_since = null
    from previous where p.user_id = previous.user_id
    returning p.user_id, previous.open_to_work_since`);
  const rows = (
    result as unknown as { rows: Array<{ user_id: string; open_to_work_since: string | Date | null }> }
  ).rows;
  return new Map(
    rows.map((r) => [r.user_id, r.open_to_work_since === null ? null : new Date(r.open_to_work_since)]),
  );
}

/** Inserts or updates the profile row; the row is created on the first save of any section. */
export async function upsertProfile(
  db: Db,
  userId: string,
  values: Partial<Omit<typeof candidateProfiles.$inferInsert, 'userId'>>,
): Promise<void> {
  const now = new Date();
  await db
    .insert(candidateProfiles)
    .values({ userId, ...values, updatedAt: now })
    .onConflictDoUpdate({ target: candidateProfiles.userId, set: { ...values, updatedAt: now } });
}

export async function listItems(db: Db, userId: string): Promise<ItemRow[]> {
  return db
    .select()
    .from(profileItems)
    .where(eq(profileItems.userId, userId))
    .orderBy(asc(profileItems.position), asc(profileItems.createdAt));
}

export async function insertItems(db: Db, userId: string, items: ProfileItemBody[]): Promise<ItemRow[]> {
  if (!items.length) return [];
  return db
    .insert(profileItems)
    .values(items.map((data, position) => ({ userId, kind: data.kind, data, position })))
    .returning();
}

/** Updates one of the user's items; undefined when it is not theirs. */
export async function updateItem(
  db: Db,
  userId: string,
  id: string,
  data: ProfileItemBody,
): Promise<ItemRow | undefined> {
  const [row] = await db
    .update(profileItems)
    .set({ data, kind: data.kind, updatedAt: new Date() })
    .where(and(eq(profileItems.id, id), eq(profileItems.userId, userId)))
    .returning();
  return row;
}

export async function deleteItem(db: Db, userId: string, id: string): Promise<boolean> {
  const rows = await db
    .delete(profileItems)
    .where(and(eq(profileItems.id, id), eq(profileItems.userId, userId)))
    .returning({ id: profileItems.id });
  return rows.length > 0;
}

export async function deleteAllItems(db: Db, userId: string): Promise<void> {
  await db.delete(profileItems).where(eq(profileItems.userId, userId));
}

export async function listSkills(db: Db, userId: string): Promise<SkillRow[]> {
  return db
    .select()
    .from(candidateSkills)
    .where(eq(candidateSkills.userId, userId))
    .orderBy(asc(candidateSkills.skillId));
}

/** Replaces the user's skills wholesale; callers run it inside a transaction. */
export async function replaceSkills(
  db: Db,
  userId: string,
  rows: Array<Omit<SkillRow, 'userId'>>,
): Promise<void> {
  await db.delete(candidateSkills).where(eq(candidateSkills.userId, userId));
  if (rows.length) await db.insert(candidateSkills).values(rows.map((r) => ({ ...r, userId })));
}

/** The organisations a user belongs to, with their domain and whether an admin verified them. */
export async function membershipsOf(db: Db, userId: string) {
  return db
    .select({
      organisationId: organisations.id,
      emailDomain: organisations.emailDomain,
      verifiedAt: organisations.verifiedAt,
    })
    .from(organisationMembers)
    .innerJoin(organisations, eq(organisations.id, organisationMembers.organisationId))
    .where(and(eq(organisationMembers.userId, userId), isNotNull(organisations.id)));
}

/** Inserts items keeping their ids (an applied import keeps the ids its skills' evidence points to). */
export async function insertItemsWithIds(
  db: Db,
  userId: string,
  items: Array<ProfileItemBody & { id: string }>,
): Promise<void> {
  if (!items.length) return;
  await db.insert(profileItems).values(
    items.map(({ id, ...data }, position) => ({
      id,
      userId,
      kind: data.kind,
      data: data as ProfileItemBody,
      position,
    })),
  );
}
