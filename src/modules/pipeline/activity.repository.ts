// Profile views, and what candidates may know of recruiters' attention to them.
import { and, count, desc, eq, inArray, isNotNull, max } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import {
  introductions,
  matchActions,
  organisationMembers,
  organisations,
  profileViews,
} from '../../db/schema/index.js';

/** The verified organisations the user is a member of. */
export async function verifiedOrganisationsOf(db: Db, userId: string): Promise<string[]> {
  const rows = await db
    .select({ id: organisations.id })
    .from(organisationMembers)
    .innerJoin(organisations, eq(organisations.id, organisationMembers.organisationId))
    .where(and(eq(organisationMembers.userId, userId), isNotNull(organisations.verifiedAt)));
  return rows.map((r) => r.id);
}

/** One row per organisation, candidate and day: a second look the same day changes nothing. */
export async function recordViews(
  db: Db,
  rows: ReadonlyArray<{ organisationId: string; candidateId: string; viewedOn: string; viewerId: string }>,
): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insert(profileViews)
    .values([...rows])
    .onConflictDoNothing();
}

/** Verified organisations that viewed the candidate: on how many days, and the last one. */
export async function viewsOf(db: Db, candidateId: string) {
  return db
    .select({
      organisationId: organisations.id,
      organisationName: organisations.name,
      days: count(),
      lastViewedOn: max(profileViews.viewedOn),
    })
    .from(profileViews)
    .innerJoin(organisations, eq(organisations.id, profileViews.organisationId))
    .where(and(eq(profileViews.candidateId, candidateId), isNotNull(organisations.verifiedAt)))
    .groupBy(organisations.id, organisations.name)
    .orderBy(desc(max(profileViews.viewedOn)))
    .limit(200);
}

/** How many saves and shortlists the candidate received, over all positions. */
export async function actionCounts(db: Db, candidateId: string) {
  return db
    .select({ action: matchActions.action, n: count() })
    .from(matchActions)
    .where(
      and(eq(matchActions.candidateId, candidateId), inArray(matchActions.action, ['save', 'shortlist'])),
    )
    .groupBy(matchActions.action);
}

export async function introductionCount(db: Db, candidateId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(introductions)
    .where(eq(introductions.candidateId, candidateId));
  return row?.n ?? 0;
}
