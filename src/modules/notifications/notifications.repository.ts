// Writing a notification is one insert beside the change that caused it, in the same transaction:
// delivery (in-app list, live push, instant email, daily digest) reads these rows afterwards, so the
// features that notify never wait on mail or know who is connected.

import type { Db } from '../../db/client.js';
import { liveEvents, type NOTIFICATION_KINDS, notifications } from '../../db/schema/index.js';

export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export interface NewNotification {
  userId: string;
  kind: NotificationKind;
  /** What the message needs to be rendered in the reader's language (ids, titles, stage names). */
  payload: Record<string, unknown>;
  /** A web-app path, e.g. /applications/<id>. */
  link: string;
}

/** Records notifications and the live events that push them to open pages. */
export async function insertNotifications(db: Db, rows: readonly NewNotification[]): Promise<void> {
  if (rows.length === 0) return;
  const inserted = await db
    .insert(notifications)
    .values(rows.map((r) => ({ userId: r.userId, kind: r.kind, payload: r.payload, link: r.link })))
    .returning({ id: notifications.id, userId: notifications.userId, kind: notifications.kind });
  await db
    .insert(liveEvents)
    .values(
      inserted.map((n) => ({ userId: n.userId, kind: 'notification', payload: { id: n.id, kind: n.kind } })),
    );
}

/** A live event for one user that is not a notification (a new message in an open thread, say). */
export async function insertLiveEvent(
  db: Db,
  event: { userId: string; kind: string; payload: Record<string, unknown> },
): Promise<void> {
  await db.insert(liveEvents).values(event);
}
