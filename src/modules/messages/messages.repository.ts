import { and, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import {
  applications,
  messageReads,
  messages,
  organisationMembers,
  organisations,
  positions,
  users,
} from '../../db/schema/index.js';

export type MessageRow = typeof messages.$inferSelect;
export type SenderSide = MessageRow['senderSide'];

export interface ThreadRecord {
  applicationId: string;
  candidateId: string;
  organisationId: string;
  positionTitle: string;
  organisationName: string;
  /** Whether the asking user is a member of the application's organisation. */
  askerIsMember: boolean;
}

const rowsOf = <T>(result: unknown) => (result as { rows: T[] }).rows;

/** The application behind a thread, with whether the asking user belongs to its organisation. */
export async function findThread(
  db: Db,
  applicationId: string,
  userId: string,
): Promise<ThreadRecord | undefined> {
  const [row] = await db
    .select({
      applicationId: applications.id,
      candidateId: applications.candidateId,
      organisationId: applications.organisationId,
      positionTitle: positions.title,
      organisationName: organisations.name,
      askerIsMember: sql<boolean>`exists (select 1 from ${organisationMembers} m
        where m.organisation_id = ${applications.organisationId} and m.user_id = ${userId})`,
    })
    .from(applications)
    .innerJoin(positions, eq(positions.id, applications.positionId))
    .innerJoin(organisations, eq(organisations.id, applications.organisationId))
    .where(eq(applications.id, applicationId));
  return row;
}

/** Everyone on the organisation's side of its threads. */
export async function memberIds(db: Db, organisationId: string): Promise<string[]> {
  const rows = await db
    .select({ userId: organisationMembers.userId })
    .from(organisationMembers)
    .where(eq(organisationMembers.organisationId, organisationId));
  return rows.map((r) => r.userId);
}

export async function insertMessage(
  db: Db,
  values: { applicationId: string; senderId: string; senderSide: SenderSide; body: string },
): Promise<MessageRow> {
  const [row] = await db.insert(messages).values(values).returning();
  if (!row) throw new Error('message insert returned no row');
  return row;
}

/** The organisation's first message counts as its first response, unless a move came first. */
export async function markFirstResponse(db: Db, applicationId: string): Promise<void> {
  await db
    .update(applications)
    .set({ firstResponseAt: sql`now()` })
    .where(and(eq(applications.id, applicationId), sql`${applications.firstResponseAt} is null`));
}

/**
 * Moves the user's read mark to the newest message of the thread (or to one message), never back.
 * Timestamps stay in the database: JavaScript dates would cut microseconds and leave the newest
 * message unread.
 */
export async function markRead(
  db: Db,
  applicationId: string,
  userId: string,
  upToMessageId?: string,
): Promise<void> {
  const upTo = upToMessageId
    ? sql`(select created_at from ${messages} where id = ${upToMessageId})`
    : sql`(select coalesce(max(created_at), now()) from ${messages} where application_id = ${applicationId})`;
  await db.execute(sql`
    insert into ${messageReads} (application_id, user_id, last_read_at)
    values (${applicationId}, ${userId}, ${upTo})
    on conflict (application_id, user_id)
    do update set last_read_at = greatest(${messageReads.lastReadAt}, excluded.last_read_at)`);
}

export interface ThreadMessage extends MessageRow {
  senderName: string | null;
}

/** Up to limit messages before the cursor message (or the newest), newest first. */
export async function threadPage(
  db: Db,
  applicationId: string,
  beforeId: string | null,
  limit: number,
): Promise<ThreadMessage[]> {
  const before = beforeId
    ? sql`(${messages.createdAt}, ${messages.id}) < (select created_at, id from ${messages} where id = ${beforeId})`
    : sql`true`;
  const rows = await db
    .select({ message: messages, senderName: users.displayName })
    .from(messages)
    .leftJoin(users, eq(users.id, messages.senderId))
    .where(and(eq(messages.applicationId, applicationId), before))
    .orderBy(desc(messages.createdAt), desc(messages.id))
    .limit(limit);
  return rows.map((r) => ({ ...r.message, senderName: r.senderName }));
}

/** Whether the message belongs to the thread (cursors and read marks name messages). */
export async function messageInThread(db: Db, applicationId: string, messageId: string): Promise<boolean> {
  const rows = await db
    .select({ id: messages.id })
    .from(messages)
    .where(and(eq(messages.id, messageId), eq(messages.applicationId, applicationId)));
  return rows.length > 0;
}

/**
 * Unread messages per thread for one user: in a candidate's own applications, the organisation's
 * messages; in their organisations' applications, the candidate's; each after the user's read mark.
 */
export async function unreadByThread(
  db: Db,
  userId: string,
): Promise<Array<{ applicationId: string; unread: number }>> {
  const result = await db.execute(sql`
    select a.id as application_id, count(*)::int as unread
    from ${applications} a
    join ${messages} m on m.application_id = a.id
    left join ${messageReads} r on r.application_id = a.id and r.user_id = ${userId}
    where (
        (a.candidate_id = ${userId} and m.sender_side = 'organisation')
        or (m.sender_side = 'candidate' and a.candidate_id <> ${userId} and a.organisation_id in (
          select organisation_id from ${organisationMembers} where user_id = ${userId}))
      )
      and (r.last_read_at is null or m.created_at > r.last_read_at)
    group by a.id
    order by a.id`);
  return rowsOf<{ application_id: string; unread: number }>(result).map((r) => ({
    applicationId: r.application_id,
    unread: Number(r.unread),
  }));
}

/** One thread's unread messages for a user on the given side. */
export async function unreadInThread(
  db: Db,
  applicationId: string,
  userId: string,
  side: SenderSide,
): Promise<number> {
  const other: SenderSide = side === 'candidate' ? 'organisation' : 'candidate';
  const result = await db.execute(sql`
    select count(*)::int as unread from ${messages} m
    left join ${messageReads} r on r.application_id = m.application_id and r.user_id = ${userId}
    where m.application_id = ${applicationId} and m.sender_side = ${other}
      and (r.last_read_at is null or m.created_at > r.last_read_at)`);
  return Number(rowsOf<{ unread: number }>(result)[0]?.unread ?? 0);
}
