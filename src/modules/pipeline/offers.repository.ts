// Offers, and the anonymised salary record an accepted one may become.
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { offers, positionSkills, salaryRecords } from '../../db/schema/index.js';

export type OfferRow = typeof offers.$inferSelect;

export async function insertOffer(db: Db, values: typeof offers.$inferInsert): Promise<OfferRow> {
  const [row] = await db.insert(offers).values(values).returning();
  if (!row) throw new Error('offer insert returned no row');
  return row;
}

export async function findOffer(db: Db, id: string): Promise<OfferRow | undefined> {
  const [row] = await db.select().from(offers).where(eq(offers.id, id));
  return row;
}

export async function lockOffer(db: Db, id: string): Promise<OfferRow | undefined> {
  const [row] = await db.select().from(offers).where(eq(offers.id, id)).for('update');
  return row;
}

export async function updateOffer(
  db: Db,
  id: string,
  values: Partial<typeof offers.$inferInsert>,
): Promise<OfferRow> {
  const [row] = await db.update(offers).set(values).where(eq(offers.id, id)).returning();
  if (!row) throw new Error('offer update returned no row');
  return row;
}

/** An application's offer still waiting for the candidate's answer, if any. */
export async function extendedOffer(db: Db, applicationId: string): Promise<OfferRow | undefined> {
  const [row] = await db
    .select()
    .from(offers)
    .where(and(eq(offers.applicationId, applicationId), eq(offers.status, 'extended')));
  return row;
}

export async function insertSalaryRecord(db: Db, values: typeof salaryRecords.$inferInsert): Promise<number> {
  const [row] = await db.insert(salaryRecords).values(values).returning({ id: salaryRecords.id });
  if (!row) throw new Error('salary record insert returned no row');
  return row.id;
}

/** Ends an offer still waiting for an answer when its application closes. */
export async function settleExtended(
  db: Db,
  applicationId: string,
  status: 'declined' | 'withdrawn',
  at: Date,
): Promise<void> {
  await db
    .update(offers)
    .set({ status, decidedAt: at })
    .where(and(eq(offers.applicationId, applicationId), eq(offers.status, 'extended')));
}

/** The position's required skills, which an offer's salary record is known to involve. */
export async function requiredSkillsOf(db: Db, positionId: string): Promise<string[]> {
  const rows = await db
    .select({ skillId: positionSkills.skillId })
    .from(positionSkills)
    .where(and(eq(positionSkills.positionId, positionId), eq(positionSkills.required, true)));
  return rows.map((r) => r.skillId);
}
