// The queries of email delivery: which notifications are due for mail, and marking them sent.
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { notificationSettings, notifications, users } from '../../db/schema/index.js';
import type { NotificationKind, NotificationRow, SettingRow } from './notifications.repository.js';

type EmailChoice = SettingRow['email'];

export interface PendingEmail {
  notification: NotificationRow;
  email: string;
  displayName: string;
  locale: 'en' | 'ar';
}

/**
 * Notifications not yet emailed, created in [from, until), whose kind's email choice for their user
 * is the given one (an explicit setting, or no setting and a kind whose default it is). Only
 * verified addresses get mail. Oldest first.
 */
export async function pendingEmails(
  db: Db,
  choice: EmailChoice,
  kindsDefaultingToChoice: readonly NotificationKind[],
  from: Date,
  until: Date,
  limit: number,
  /** Digests read user by user, so one user's rows come together. */
  order: 'time' | 'user' = 'time',
): Promise<PendingEmail[]> {
  const byDefault = kindsDefaultingToChoice.length
    ? sql`(${notificationSettings.email} is null and ${notifications.kind} in ${[...kindsDefaultingToChoice]})`
    : sql`false`;
  return db
    .select({
      notification: notifications,
      email: users.email,
      displayName: users.displayName,
      locale: users.locale,
    })
    .from(notifications)
    .innerJoin(users, eq(users.id, notifications.userId))
    .leftJoin(
      notificationSettings,
      and(
        eq(notificationSettings.userId, notifications.userId),
        eq(notificationSettings.kind, notifications.kind),
      ),
    )
    .where(
      and(
        isNull(notifications.emailedAt),
        sql`${notifications.createdAt} >= ${from.toISOString()}::timestamptz`,
        sql`${notifications.createdAt} < ${until.toISOString()}::timestamptz`,
        sql`${users.emailVerifiedAt} is not null`,
        sql`(${notificationSettings.email} = ${choice} or ${byDefault})`,
      ),
    )
    .orderBy(...(order === 'user' ? [notifications.userId] : []), notifications.createdAt, notifications.id)
    .limit(limit);
}

/**
 * Whether the user has an unread message notification about the thread that was already mailed
 * (other than the given one): its mail already points at the thread.
 */
export async function threadAlreadyMailed(
  db: Db,
  userId: string,
  applicationId: string,
  exceptId: string,
): Promise<boolean> {
  const rows = await db
    .select({ id: notifications.id })
    .from(notifications)
    .where(
      and(
        eq(notifications.userId, userId),
        eq(notifications.kind, 'message'),
        isNull(notifications.readAt),
        sql`${notifications.emailedAt} is not null`,
        sql`${notifications.id} <> ${exceptId}`,
        sql`${notifications.payload}->>'applicationId' = ${applicationId}`,
      ),
    )
    .limit(1);
  return rows.length > 0;
}

export async function markEmailed(db: Db, ids: readonly string[], at: Date): Promise<void> {
  if (ids.length === 0) return;
  await db
    .update(notifications)
    .set({ emailedAt: at })
    .where(inArray(notifications.id, [...ids]));
}
