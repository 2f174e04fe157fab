import { z } from 'zod';

/** A message's Markdown source is capped here; the route's body limit refuses anything far larger. */
export const MESSAGE_MAX_CHARS = 10_000;

export const messageBody = z.strictObject({
  body: z
    .string()
    .trim()
    .min(1, 'Write a message')
    .max(MESSAGE_MAX_CHARS, `Use at most ${MESSAGE_MAX_CHARS} characters`),
});
export type MessageBody = z.infer<typeof messageBody>;

export const threadSideSchema = z.enum(['candidate', 'organisation']);
export type ThreadSide = z.infer<typeof threadSideSchema>;

export const messageSchema = z
  .object({
    id: z.uuid(),
    applicationId: z.uuid(),
    senderId: z.uuid().nullable(),
    senderName: z.string().nullable(),
    senderSide: threadSideSchema,
    /** True for the caller's own messages. */
    mine: z.boolean(),
    /** The Markdown source as written. */
    body: z.string(),
    /** The source rendered to sanitised HTML (light Markdown: emphasis, lists, quotes, code, links). */
    html: z.string(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'Message' });
export type MessageView = z.infer<typeof messageSchema>;

export const threadQuery = z.strictObject({
  /** The olderCursor of a previous page: the messages before it. */
  before: z.uuid().optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});
export type ThreadQuery = z.infer<typeof threadQuery>;

export const threadResponse = z.object({
  applicationId: z.uuid(),
  /** Which side of the thread the caller is on. */
  side: threadSideSchema,
  /** Oldest first, newest last. */
  messages: z.array(messageSchema),
  /** Pass as ?before= for the older page; null at the start of the thread. */
  olderCursor: z.string().nullable(),
  /** The caller's unread messages in this thread (messages of the other side after their last read). */
  unread: z.number().int(),
});
export type ThreadResponse = z.infer<typeof threadResponse>;

export const markReadResponse = z.object({
  applicationId: z.uuid(),
  unread: z.number().int(),
  /** The caller's unread messages over all their threads. */
  total: z.number().int(),
});

export const unreadResponse = z.object({
  total: z.number().int(),
  /** Only threads with unread messages. */
  threads: z.array(z.object({ applicationId: z.uuid(), unread: z.number().int() })),
});
export type UnreadResponse = z.infer<typeof unreadResponse>;
