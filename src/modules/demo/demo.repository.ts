import { count, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import {
  candidateProfiles,
  candidateSkills,
  organisationMembers,
  organisations,
  positionSkills,
  positions,
  users,
} from '../../db/schema/index.js';

export type NewUser = typeof users.$inferInsert;

/** Inserts users and returns their ids in input order. */
export async function insertUsers(db: Db, rows: NewUser[]): Promise<string[]> {
  if (!rows.length) return [];
  const inserted = await db.insert(users).values(rows).returning({ id: users.id, email: users.email });
  const byEmail = new Map(inserted.map((r) => [r.email, r.id]));
  return rows.map((r) => byEmail.get(r.email) ?? '');
}

export async function insertOrganisations(
  db: Db,
  rows: Array<typeof organisations.$inferInsert>,
): Promise<string[]> {
  if (!rows.length) return [];
  const inserted = await db
    .insert(organisations)
    .values(rows)
    .returning({ id: organisations.id, slug: organisations.slug });
  const bySlug = new Map(inserted.map((r) => [r.slug, r.id]));
  return rows.map((r) => bySlug.get(r.slug) ?? '');
}

export async function insertMembers(
  db: Db,
  rows: Array<typeof organisationMembers.$inferInsert>,
): Promise<void> {
  if (rows.length) await db.insert(organisationMembers).values(rows);
}

export async function insertCandidateProfiles(
  db: Db,
  rows: Array<typeof candidateProfiles.$inferInsert>,
): Promise<void> {
  if (rows.length) await db.insert(candidateProfiles).values(rows);
}

export async function insertCandidateSkills(
  db: Db,
  rows: Array<typeof candidateSkills.$inferInsert>,
): Promise<void> {
  if (rows.length) await db.insert(candidateSkills).values(rows);
}

export async function insertPositions(db: Db, rows: Array<typeof positions.$inferInsert>): Promise<string[]> {
  if (!rows.length) return [];
  return (await db.insert(positions).values(rows).returning({ id: positions.id })).map((r) => r.id);
}

export async function insertPositionSkills(
  db: Db,
  rows: Array<typeof positionSkills.$inferInsert>,
): Promise<void> {
  if (rows.length) await db.insert(positionSkills).values(rows);
}

export async function countUsers(db: Db): Promise<number> {
  const [row] = await db.select({ n: count().mapWith(Number) }).from(users);
  return row?.n ?? 0;
}

export async function userExists(db: Db, email: string): Promise<boolean> {
  const [row] = await db.select({ id: users.id }).from(users).where(eq(users.email, email)).limit(1);
  return row !== undefined;
}
