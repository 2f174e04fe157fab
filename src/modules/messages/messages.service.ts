import type {
  MessageBody,
  MessageView,
  ThreadQuery,
  ThreadResponse,
  ThreadSide,
  UnreadResponse,
} from '../../contracts/messages.js';
import { AppError, fieldError } from '../../core/errors.js';
import { renderMessageMarkdown } from '../../core/messages/markdown.js';
import type { Db } from '../../db/client.js';
import {
  insertLiveEvents,
  insertNotifications,
  markThreadNotificationsRead,
  type NewLiveEvent,
} from '../notifications/notifications.repository.js';
import type { RateLimiter, RateLimitRule } from '../ratelimit/rate-limit.service.js';
import * as repo from './messages.repository.js';

export interface MessageDeps {
  db: Db;
  limiter: RateLimiter;
  now: () => Date;
}

/** Enough for a lively conversation; a script posting in a loop is stopped. */
export const messageLimit: RateLimitRule = { limit: 30, windowSeconds: 60 };

export type MessageService = ReturnType<typeof createMessageService>;

/** The thread's web-app page, for both sides. */
const threadLink = (applicationId: string) => `/messages/${applicationId}`;

/**
 * A thread per application between its candidate and its organisation's members. Anyone else is told
 * the thread does not exist, so its existence does not leak.
 */
export function createMessageService(deps: MessageDeps) {
  const { db } = deps;

  async function open(applicationId: string, userId: string, tx: Db = db) {
    const thread = await repo.findThread(tx, applicationId, userId);
    const side: ThreadSide | null = !thread
      ? null
      : thread.candidateId === userId
        ? 'candidate'
        : thread.askerIsMember
          ? 'organisation'
          : null;
    if (!thread || !side) throw new AppError('not_found', 'No such conversation');
    return { thread, side };
  }

  /**
   * A message as the viewer sees it. Candidates' names are left out for the organisation's side:
   * whether an anonymous candidate's identity is revealed is the pipeline's decision, shown there.
   */
  function toView(row: repo.ThreadMessage, viewerId: string, viewerSide: ThreadSide): MessageView {
    const nameShown = row.senderSide === 'organisation' || viewerSide === 'candidate';
    return {
      id: row.id,
      applicationId: row.applicationId,
      senderId: row.senderId,
      senderName: nameShown ? row.senderName : null,
      senderSide: row.senderSide,
      mine: row.senderId === viewerId,
      body: row.body,
      html: renderMessageMarkdown(row.body),
      createdAt: row.createdAt.toISOString(),
    };
  }

  /** One thread's unread count and the total over all threads, from a single read of the counts. */
  async function unreadCounts(userId: string, applicationId: string, tx: Db) {
    const threads = await repo.unreadByThread(tx, userId);
    return {
      unread: threads.find((t) => t.applicationId === applicationId)?.unread ?? 0,
      total: threads.reduce((sum, t) => sum + t.unread, 0),
    };
  }

  return {
    /** A page of the thread, newest last; ?before= pages back. */
    async thread(userId: string, applicationId: string, query: ThreadQuery): Promise<ThreadResponse> {
      const { side } = await open(applicationId, userId);
      if (query.before && !(await repo.messageInThread(db, applicationId, query.before)))
        throw fieldError('before', 'Not a cursor from this conversation');
      const rows = await repo.threadPage(db, applicationId, query.before ?? null, query.limit + 1);
      const page = rows.slice(0, query.limit).reverse();
      return {
        applicationId,
        side,
        messages: page.map((row) => toView(row, userId, side)),
        olderCursor: rows.length > query.limit ? (page[0]?.id ?? null) : null,
        unread: await repo.unreadInThread(db, applicationId, userId, side),
      };
    },

    /**
     * Posts a message: the other side is notified (never the sender), every participant's open pages
     * get it live, and the recipients' unread counts are pushed.
     */
    async post(
      sender: { id: string; displayName: string },
      applicationId: string,
      body: MessageBody,
    ): Promise<MessageView> {
      // Outsiders are refused before they count against anything.
      await open(applicationId, sender.id);
      await deps.limiter.consume([{ key: `message:${sender.id}`, rule: messageLimit }]);
      return db.transaction(async (tx) => {
        const { thread, side } = await open(applicationId, sender.id, tx);
        const message = await repo.insertMessage(tx, {
          applicationId,
          senderId: sender.id,
          senderSide: side,
          body: body.body,
        });
        // Writing is reading: the sender's own thread is read up to their message.
        await repo.markRead(tx, applicationId, sender.id, message.id);
        if (side === 'organisation') await repo.markFirstResponse(tx, applicationId);
        const members = await repo.memberIds(tx, thread.organisationId);
        const participants = [...new Set([thread.candidateId, ...members])];
        const recipients = (side === 'candidate' ? members : [thread.candidateId]).filter(
          (id) => id !== sender.id,
        );
        await insertNotifications(
          tx,
          recipients.map((userId) => ({
            userId,
            kind: 'message' as const,
            payload: {
              applicationId,
              messageId: message.id,
              senderSide: side,
              positionTitle: thread.positionTitle,
              organisationName: thread.organisationName,
              ...(side === 'organisation' ? { senderName: sender.displayName } : {}),
            },
            link: threadLink(applicationId),
          })),
        );
        const live: NewLiveEvent[] = participants.map((userId) => ({
          userId,
          kind: 'message',
          payload: { applicationId, messageId: message.id, senderSide: side },
        }));
        for (const userId of recipients) {
          const { unread, total } = await unreadCounts(userId, applicationId, tx);
          live.push({ userId, kind: 'unread', payload: { applicationId, unread, total } });
        }
        await insertLiveEvents(tx, live);
        return toView({ ...message, senderName: sender.displayName }, sender.id, side);
      });
    },

    /**
     * Marks the thread read up to its newest message, and the message notifications that pointed at
     * it; the caller's other pages hear of it.
     */
    async markRead(userId: string, applicationId: string) {
      return db.transaction(async (tx) => {
        await open(applicationId, userId, tx);
        await repo.markRead(tx, applicationId, userId);
        await markThreadNotificationsRead(tx, userId, applicationId, deps.now());
        const { unread, total } = await unreadCounts(userId, applicationId, tx);
        await insertLiveEvents(tx, [{ userId, kind: 'unread', payload: { applicationId, unread, total } }]);
        return { applicationId, unread, total };
      });
    },

    /** Unread messages over all the caller's threads (their applications, or their organisations'). */
    async unread(userId: string): Promise<UnreadResponse> {
      const threads = await repo.unreadByThread(db, userId);
      return { total: threads.reduce((sum, t) => sum + t.unread, 0), threads };
    },
  };
}
