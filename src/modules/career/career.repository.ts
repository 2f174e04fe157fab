// The career module's SQL: model versions and candidates' snapshots.
import { desc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { careerModels, careerSnapshots, users } from '../../db/schema/index.js';

export interface StoredModel {
  version: number;
  model: unknown;
  note: string;
  createdAt: Date;
  createdBy: string | null;
}

const modelColumns = {
  version: careerModels.version,
  model: careerModels.model,
  note: careerModels.note,
  createdAt: careerModels.createdAt,
  createdBy: users.displayName,
};

export async function latestModel(db: Db): Promise<StoredModel | undefined> {
  const [row] = await db
    .select(modelColumns)
    .from(careerModels)
    .leftJoin(users, eq(users.id, careerModels.createdBy))
    .orderBy(desc(careerModels.version))
    .limit(1);
  return row;
}

export async function modelByVersion(db: Db, version: number): Promise<StoredModel | undefined> {
  const [row] = await db
    .select(modelColumns)
    .from(careerModels)
    .leftJoin(users, eq(users.id, careerModels.createdBy))
    .where(eq(careerModels.version, version));
  return row;
}

export async function listVersions(db: Db): Promise<Omit<StoredModel, 'model'>[]> {
  return db
    .select({
      version: careerModels.version,
      note: careerModels.note,
      createdAt: careerModels.createdAt,
      createdBy: users.displayName,
    })
    .from(careerModels)
    .leftJoin(users, eq(users.id, careerModels.createdBy))
    .orderBy(desc(careerModels.version));
}

/** Inserts a version; false when that version number was taken meanwhile (unique key). */
export async function insertModel(
  db: Db,
  row: { version: number; model: unknown; note: string; createdBy: string },
): Promise<boolean> {
  const inserted = await db
    .insert(careerModels)
    .values(row)
    .onConflictDoNothing({ target: careerModels.version })
    .returning({ id: careerModels.id });
  return inserted.length === 1;
}

export type NewSnapshot = typeof careerSnapshots.$inferInsert;

export async function insertSnapshot(db: Db, row: NewSnapshot): Promise<void> {
  await db.insert(careerSnapshots).values(row);
}

export async function snapshots(db: Db, userId: string, limit: number) {
  return db
    .select()
    .from(careerSnapshots)
    .where(eq(careerSnapshots.userId, userId))
    .orderBy(desc(careerSnapshots.takenAt))
    .limit(limit);
}
