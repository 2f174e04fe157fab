// Writing a notification is one insert beside the change that caused it, in the same transaction:
// delivery (in-app list, live push, instant email, daily digest) reads these rows afterwards, so the
// features that notify never wait on mail or know who is connected.

import { and, desc, eq, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import {
  liveEvents,
  type NOTIFICATION_KINDS,
  notificationSettings,
  notifications,
  unsubscribeUses,
  users,
} from '../../db/schema/index.js';

export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];
export type NotificationRow = typeof notifications.$inferSelect;
export type SettingRow = typeof notificationSettings.$inferSelect;

export interface NewNotification {
  userId: string;
  kind: NotificationKind;
  /** What the message needs to be rendered in the reader's language (ids, titles, stage names). */
  payload: Record<string, unknown>;
  /** A web-app path, e.g. /applications/<id>. */
  link: string;
}

export interface NewLiveEvent {
  userId: string;
  kind: string;
  payload: Record<string, unknown>;
}

/**
 * Records notifications and the live events that push them to open pages. A kind the user has
 * turned off in-app is still recorded (its email may be on) but pushes nothing live.
 */
export async function insertNotifications(db: Db, rows: readonly NewNotification[]): Promise<void> {
  if (rows.length === 0) return;
  const inserted = await db
    .insert(notifications)
    .values(rows.map((r) => ({ userId: r.userId, kind: r.kind, payload: r.payload, link: r.link })))
    .returning({ id: notifications.id, userId: notifications.userId, kind: notifications.kind });
  const silenced = await db
    .select({ userId: notificationSettings.userId, kind: notificationSettings.kind })
    .from(notificationSettings)
    .where(
      and(
        inArray(notificationSettings.userId, [...new Set(rows.map((r) => r.userId))]),
        eq(notificationSettings.inApp, false),
      ),
    );
  const live = inserted.filter((n) => !silenced.some((s) => s.userId === n.userId && s.kind === n.kind));
  await insertLiveEvents(
    db,
    live.map((n) => ({ userId: n.userId, kind: 'notification', payload: { id: n.id, kind: n.kind } })),
  );
}

/** A live event for one user that is not a notification (a new message in an open thread, say). */
export async function insertLiveEvent(
  db: Db,
  event: { userId: string; kind: string; payload: Record<string, unknown> },
): Promise<void> {
  await db.insert(liveEvents).values(event);
}

/** Several live events in one statement (one NOTIFY). */
export async function insertLiveEvents(db: Db, events: readonly NewLiveEvent[]): Promise<void> {
  if (events.length === 0) return;
  await db.insert(liveEvents).values([...events]);
}

/** Unread first, then read; newest first within each. Position of a row in that order: */
const unreadRank = sql`(case when ${notifications.readAt} is null then 0 else 1 end)`;

/** A page of the user's notifications after the cursor row, leaving out hidden kinds. */
export async function listNotifications(
  db: Db,
  userId: string,
  hiddenKinds: readonly NotificationKind[],
  after: { id: string; unread: boolean } | null,
  limit: number,
): Promise<NotificationRow[]> {
  const conditions: SQL[] = [eq(notifications.userId, userId)];
  if (hiddenKinds.length) conditions.push(sql`${notifications.kind} not in ${[...hiddenKinds]}`);
  if (after) {
    const rank = after.unread ? 0 : 1;
    conditions.push(sql`(${unreadRank} > ${rank} or (${unreadRank} = ${rank} and
      (${notifications.createdAt}, ${notifications.id}) <
      (select created_at, id from ${notifications} where id = ${after.id})))`);
  }
  return db
    .select()
    .from(notifications)
    .where(and(...conditions))
    .orderBy(unreadRank, desc(notifications.createdAt), desc(notifications.id))
    .limit(limit);
}

export async function countUnread(
  db: Db,
  userId: string,
  hiddenKinds: readonly NotificationKind[],
): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(notifications)
    .where(
      and(
        eq(notifications.userId, userId),
        isNull(notifications.readAt),
        hiddenKinds.length ? sql`${notifications.kind} not in ${[...hiddenKinds]}` : undefined,
      ),
    );
  return Number(row?.n ?? 0);
}

export async function findNotification(
  db: Db,
  userId: string,
  id: string,
): Promise<NotificationRow | undefined> {
  const [row] = await db
    .select()
    .from(notifications)
    .where(and(eq(notifications.id, id), eq(notifications.userId, userId)));
  return row;
}

/** Marks one of the user's notifications read; false when it is not theirs or does not exist. */
export async function markRead(db: Db, userId: string, id: string, at: Date): Promise<boolean> {
  const rows = await db
    .update(notifications)
    .set({ readAt: sql`coalesce(${notifications.readAt}, ${at.toISOString()}::timestamptz)` })
    .where(and(eq(notifications.id, id), eq(notifications.userId, userId)))
    .returning({ id: notifications.id });
  return rows.length > 0;
}

/** Reading a thread reads the message notifications that pointed at it. */
export async function markThreadNotificationsRead(db: Db, userId: string, applicationId: string, at: Date) {
  await db
    .update(notifications)
    .set({ readAt: at })
    .where(
      and(
        eq(notifications.userId, userId),
        eq(notifications.kind, 'message'),
        isNull(notifications.readAt),
        sql`${notifications.payload}->>'applicationId' = ${applicationId}`,
      ),
    );
}

export async function markAllRead(db: Db, userId: string, at: Date): Promise<void> {
  await db
    .update(notifications)
    .set({ readAt: at })
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
}

export async function settingsOf(db: Db, userId: string): Promise<SettingRow[]> {
  return db.select().from(notificationSettings).where(eq(notificationSettings.userId, userId));
}

export async function upsertSettings(db: Db, rows: readonly SettingRow[]): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insert(notificationSettings)
    .values([...rows])
    .onConflictDoUpdate({
      target: [notificationSettings.userId, notificationSettings.kind],
      set: { inApp: sql`excluded.in_app`, email: sql`excluded.email` },
    });
}

/** Turns email off for the kinds, keeping each kind's in-app choice (rows give it for new rows). */
export async function setEmailOff(db: Db, rows: readonly SettingRow[]): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insert(notificationSettings)
    .values([...rows])
    .onConflictDoUpdate({
      target: [notificationSettings.userId, notificationSettings.kind],
      set: { email: sql`'off'` },
    });
}

export async function userExists(db: Db, userId: string): Promise<boolean> {
  const rows = await db.select({ id: users.id }).from(users).where(eq(users.id, userId));
  return rows.length > 0;
}

/** Records a used unsubscribe token; false when it was used before. */
export async function recordUnsubscribeUse(db: Db, tokenHash: string): Promise<boolean> {
  const rows = await db
    .insert(unsubscribeUses)
    .values({ tokenHash })
    .onConflictDoNothing()
    .returning({ tokenHash: unsubscribeUses.tokenHash });
  return rows.length > 0;
}
