import { count, desc, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { candidateProfiles, organisations, positions, users } from '../../db/schema/index.js';

/** Account counts by type, and admins. */
export async function countAccounts(
  db: Db,
): Promise<{ candidates: number; employers: number; admins: number }> {
  const [row] = await db
    .select({
      candidates: sql<number>`count(*) filter (where ${users.accountType} = 'candidate')`.mapWith(Number),
      employers: sql<number>`count(*) filter (where ${users.accountType} = 'employer')`.mapWith(Number),
      admins: sql<number>`count(*) filter (where ${users.isAdmin})`.mapWith(Number),
    })
    .from(users);
  return row ?? { candidates: 0, employers: 0, admins: 0 };
}

export async function countOrganisationsByCountry(
  db: Db,
): Promise<Array<{ country: string; count: number }>> {
  return db
    .select({ country: organisations.country, count: count().mapWith(Number) })
    .from(organisations)
    .groupBy(organisations.country)
    .orderBy(desc(count()), organisations.country);
}

export async function countCandidatesByStage(db: Db): Promise<Array<{ stage: string; count: number }>> {
  const rows = await db
    .select({ stage: candidateProfiles.declaredStage, count: count().mapWith(Number) })
    .from(candidateProfiles)
    .groupBy(candidateProfiles.declaredStage);
  return rows.map((r) => ({ stage: r.stage ?? 'unknown', count: r.count }));
}

export async function countPositions(db: Db): Promise<number> {
  const [row] = await db.select({ n: count().mapWith(Number) }).from(positions);
  return row?.n ?? 0;
}
