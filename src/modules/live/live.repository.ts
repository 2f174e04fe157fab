import { and, asc, eq, gt, inArray, lte, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { liveEvents } from '../../db/schema/index.js';

export interface LiveEventRow {
  id: number;
  userId: string;
  kind: string;
  payload: unknown;
}

const columns = {
  id: liveEvents.id,
  userId: liveEvents.userId,
  kind: liveEvents.kind,
  payload: liveEvents.payload,
};

/** The newest event id, or 0 on an empty feed. */
export async function latestId(db: Db): Promise<number> {
  const [row] = await db.select({ id: sql<number | null>`max(${liveEvents.id})` }).from(liveEvents);
  return Number(row?.id ?? 0);
}

/** Events in (afterId, upToId] for the given users, oldest first. */
export async function eventsFor(
  db: Db,
  afterId: number,
  upToId: number,
  userIds: readonly string[],
  limit: number,
): Promise<LiveEventRow[]> {
  if (userIds.length === 0) return [];
  return db
    .select(columns)
    .from(liveEvents)
    .where(
      and(gt(liveEvents.id, afterId), lte(liveEvents.id, upToId), inArray(liveEvents.userId, [...userIds])),
    )
    .orderBy(asc(liveEvents.id))
    .limit(limit);
}

/** One user's events after an id, for a stream resuming with Last-Event-ID. */
export async function eventsOfUserAfter(
  db: Db,
  userId: string,
  afterId: number,
  limit: number,
): Promise<LiveEventRow[]> {
  return db
    .select(columns)
    .from(liveEvents)
    .where(and(eq(liveEvents.userId, userId), gt(liveEvents.id, afterId)))
    .orderBy(asc(liveEvents.id))
    .limit(limit);
}

/** Drops events older than the given age, on the database's clock (the one that stamped them). */
export async function pruneOlderThan(db: Db, seconds: number): Promise<void> {
  await db.delete(liveEvents).where(sql`${liveEvents.createdAt} < now() - make_interval(secs => ${seconds})`);
}
