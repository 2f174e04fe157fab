// Reads and batched writes for the demo's pipeline histories (src/core/pipeline/demo-histories.ts).
import { and, asc, eq, inArray, isNotNull, ne, sql } from 'drizzle-orm';
import type { SalaryRecord } from '../../core/salary/types.js';
import type { Db } from '../../db/client.js';
import {
  applicationEvents,
  applications,
  candidateProfiles,
  identityReveals,
  introductions,
  matchActions,
  offers,
  organisationMembers,
  positions,
  profileItems,
  profileViews,
  salaryRecords,
  users,
} from '../../db/schema/index.js';

const CHUNK = 1000;

async function insertChunked<T>(rows: readonly T[], insert: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let start = 0; start < rows.length; start += CHUNK) await insert(rows.slice(start, start + CHUNK));
}

/** Candidates employers can see, in a stable order. */
export async function visibleCandidates(db: Db): Promise<string[]> {
  const rows = await db
    .select({ id: users.id })
    .from(users)
    .innerJoin(candidateProfiles, eq(candidateProfiles.userId, users.id))
    .where(ne(candidateProfiles.visibility, 'hidden'))
    .orderBy(asc(users.email));
  return rows.map((r) => r.id);
}

export async function userIdByEmail(db: Db, email: string): Promise<string> {
  const [row] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
  return row?.id ?? '';
}

/** Open positions with what offers copy from them, in a stable order. */
export async function livePositions(db: Db) {
  return db
    .select({
      id: positions.id,
      organisationId: positions.organisationId,
      publishedAt: positions.publishedAt,
      title: positions.title,
      roleFamily: positions.roleFamily,
      level: positions.level,
      country: positions.country,
      salaryMin: positions.salaryMin,
      salaryMax: positions.salaryMax,
      salaryCurrency: positions.salaryCurrency,
      salaryPeriod: positions.salaryPeriod,
      compensation: positions.compensation,
      headcount: positions.headcount,
    })
    .from(positions)
    .where(and(eq(positions.status, 'open'), isNotNull(positions.publishedAt)))
    .orderBy(asc(positions.slug));
}

/** One acting member per organisation: a recruiter where there is one. */
export async function actingMembers(
  db: Db,
  organisationIds: readonly string[],
): Promise<Map<string, string>> {
  if (organisationIds.length === 0) return new Map();
  const rows = await db
    .select({ organisationId: organisationMembers.organisationId, userId: organisationMembers.userId })
    .from(organisationMembers)
    .where(inArray(organisationMembers.organisationId, [...new Set(organisationIds)]))
    .orderBy(
      asc(organisationMembers.organisationId),
      sql`case ${organisationMembers.role} when 'recruiter' then 0 when 'owner' then 1 else 2 end`,
      asc(organisationMembers.userId),
    );
  const acting = new Map<string, string>();
  for (const row of rows) if (!acting.has(row.organisationId)) acting.set(row.organisationId, row.userId);
  return acting;
}

export async function insertApplications(
  db: Db,
  rows: Array<typeof applications.$inferInsert>,
): Promise<void> {
  await insertChunked(rows, (chunk) => db.insert(applications).values(chunk));
}

export async function insertEvents(
  db: Db,
  rows: Array<typeof applicationEvents.$inferInsert>,
): Promise<void> {
  await insertChunked(rows, (chunk) => db.insert(applicationEvents).values(chunk));
}

export async function insertOffers(db: Db, rows: Array<typeof offers.$inferInsert>): Promise<void> {
  await insertChunked(rows, (chunk) => db.insert(offers).values(chunk));
}

export async function insertIntroductions(
  db: Db,
  rows: Array<typeof introductions.$inferInsert>,
): Promise<void> {
  await insertChunked(rows, (chunk) => db.insert(introductions).values(chunk));
}

export async function insertReveals(db: Db, rows: Array<typeof identityReveals.$inferInsert>): Promise<void> {
  await insertChunked(rows, (chunk) => db.insert(identityReveals).values(chunk).onConflictDoNothing());
}

export async function insertViews(db: Db, rows: Array<typeof profileViews.$inferInsert>): Promise<void> {
  await insertChunked(rows, (chunk) => db.insert(profileViews).values(chunk).onConflictDoNothing());
}

export async function insertActions(db: Db, rows: Array<typeof matchActions.$inferInsert>): Promise<void> {
  await insertChunked(rows, (chunk) => db.insert(matchActions).values(chunk));
}

export async function insertItems(db: Db, rows: Array<typeof profileItems.$inferInsert>): Promise<void> {
  await insertChunked(rows, (chunk) => db.insert(profileItems).values(chunk));
}

/** Accepted demo offers whose candidates agreed to share them; not part of any import. */
export async function insertSalaryRecords(db: Db, rows: readonly SalaryRecord[], at: Date): Promise<void> {
  await insertChunked(rows, (chunk) =>
    db.insert(salaryRecords).values(chunk.map((r) => ({ ...r, importId: null, createdAt: at }))),
  );
}
