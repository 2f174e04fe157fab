import { and, asc, eq, gt, inArray, lt, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { preparedPer } from '../../db/prepared.js';
import {
  candidatePackedSkills,
  candidateProfiles,
  candidateSkills,
  matchActions,
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

export async function insertAction(db: Db, values: typeof matchActions.$inferInsert): Promise<void> {
  await db.insert(matchActions).values(values);
}

// A page of ranked candidates reads its cards and their latest actions on every request: both
// prepared once per handle, the ids as one uuid[] parameter.
const actionsOf = preparedPer((db) =>
  db
    .select()
    .from(matchActions)
    .where(
      and(
        eq(matchActions.positionId, sql.placeholder('positionId')),
        sql`${matchActions.candidateId} = any(${sql.placeholder('ids')}::uuid[])`,
      ),
    )
    .orderBy(asc(matchActions.createdAt))
    .prepare('matching_latest_actions'),
);

/** The latest action on each of these candidates for one position. */
export async function latestActions(db: Db, positionId: string, candidateIds: readonly string[]) {
  if (candidateIds.length === 0) return [];
  const rows = await actionsOf(db).execute({ positionId, ids: [...candidateIds] });
  const latest = new Map<string, (typeof rows)[number]>();
  for (const row of rows) latest.set(row.candidateId, row);
  return [...latest.values()];
}

const cardsOf = preparedPer((db) =>
  db
    .select({
      id: users.id,
      displayName: users.displayName,
      headline: candidateProfiles.headline,
      country: candidateProfiles.country,
      yearsExperience: candidateProfiles.yearsExperience,
      level: candidateProfiles.declaredStage,
      visibility: candidateProfiles.visibility,
    })
    .from(users)
    .innerJoin(candidateProfiles, eq(candidateProfiles.userId, users.id))
    .where(sql`${users.id} = any(${sql.placeholder('ids')}::uuid[])`)
    .prepare('matching_cards'),
);

/** What a ranked candidate's card shows, for a page of ids. */
export async function cards(db: Db, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return cardsOf(db).execute({ ids: [...ids] });
}

const rowsOf = <T>(result: unknown) => (result as { rows: T[] }).rows;

/**
 * The planner's estimates of the candidate profiles and skill rows (0 when never analysed), so a
 * full build can size its arrays once instead of growing them as it reads.
 */
export async function bulkSizeEstimate(db: Db): Promise<{ candidates: number; skills: number }> {
  const [row] = rowsOf<{ candidates: number | null; skills: number | null }>(
    await db.execute(sql`
      select (select reltuples from pg_class where oid = to_regclass('candidate_profiles'))::float8 as candidates,
        (select reltuples from pg_class where oid = to_regclass('candidate_skills'))::float8 as skills`),
  );
  const estimate = (n: number | null | undefined) =>
    n !== null && n !== undefined && n > 0 ? Math.round(n) : 0;
  return { candidates: estimate(row?.candidates), skills: estimate(row?.skills) };
}

/**
 * Two neighbouring profile ids around the n-th (in id order), so that two bulk readers can split
 * the id space evenly whatever the ids look like: one reads ids below the second, the other ids
 * above the first. Null when there are not that many profiles.
 */
export async function bulkSplitIds(db: Db, n: number): Promise<[string, string] | null> {
  if (n < 1) return null;
  const rows = rowsOf<{ id: string }>(
    await db.execute(
      sql`select user_id as id from ${candidateProfiles} order by user_id offset ${n - 1} limit 2`,
    ),
  );
  const [before, at] = rows;
  return before && at ? [before.id, at.id] : null;
}

/**
 * One candidate as the bulk loader reads it: skills packed as "id:proficiency:evidence-json|…"
 * (the evidence of a skill without any is the literal "[]").
 */
export interface BulkCandidateRow {
  id: string;
  country: string | null;
  years: number | null;
  level: ProfileRow['declaredStage'];
  goals: ProfileRow['goals'];
  visibility: ProfileRow['visibility'];
  blocked: string[];
  updated_at: string | Date;
  skills: string;
  items: Array<{ id: string; kind: ItemRow['kind']; data: ItemRow['data'] }>;
}

/**
 * A page of candidates with their skills and evidence, for the full build, in one statement.
 * Skills come packed, one line per candidate, from candidate_packed_skills, which triggers keep
 * (migration 0010): a million profiles then cost a million short rows to read and parse rather
 * than sixteen million, and the database no longer aggregates those sixteen million on every
 * start (at 1M profiles that took 9.4 s of its CPU against 2.6 s now, on the core this process
 * shares with it). The database joins them to their profiles (a merge of two sorted lists it
 * does on its own core, where this process would compare a million pairs of ids) and writes the
 * update time in the ISO form the matcher keeps (no Date per profile). The page runs with JIT off:
 * the planner expects enough work to compile each query, which never pays back.
 */
export async function bulkCandidatesAfter(
  db: Db,
  afterId: string | null,
  limit: number,
  /** An exclusive upper bound, so several readers can share the id space. */
  belowId: string | null = null,
): Promise<BulkCandidateRow[]> {
  // The bounds on u.id too: the planner does not carry a range across the join, and a merge join
  // would otherwise read users from the first id up to the page on every page.
  const after = sql`${afterId ? sql`p.user_id > ${afterId} and u.id > ${afterId}` : sql`true`} and ${
    belowId ? sql`p.user_id < ${belowId} and u.id < ${belowId}` : sql`true`
  }`;
  const from = afterId ? sql`user_id > ${afterId}` : sql`true`;
  return db.transaction(async (tx) => {
    await tx.execute(sql`set local jit = off`);
    const rows = rowsOf<Omit<BulkCandidateRow, 'items'> & { items: BulkCandidateRow['items'] | null }>(
      await tx.execute(sql`
        with page as (
          select p.user_id as id, p.country, p.years_experience as years, p.declared_stage as level,
            p.goals, p.visibility, p.blocked_domains as blocked,
            to_char(p.updated_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as updated_at
          from ${candidateProfiles} p join ${users} u on u.id = p.user_id and u.account_type = 'candidate'
          where ${after} order by p.user_id limit ${limit}
        ), last as (select id from page order by id desc limit 1),
        skills as (
          select user_id, packed from ${candidatePackedSkills}
          where ${from} and user_id <= (select id from last)
        ),
        items as (
          select user_id, json_agg(json_build_object('id', id, 'kind', kind, 'data', data)) as items
          from ${profileItems} where ${from} and user_id <= (select id from last) group by user_id
        )
        select page.*, coalesce(skills.packed, '') as skills, items.items
        from page left join skills on skills.user_id = page.id left join items on items.user_id = page.id
        order by page.id`),
    );
    for (const row of rows) row.items ??= [];
    return rows as BulkCandidateRow[];
  });
}
