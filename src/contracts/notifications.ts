import { z } from 'zod';

export const notificationKindSchema = z.enum([
  'strong_match',
  'introduction_request',
  'introduction_answer',
  'application_received',
  'stage_change',
  'message',
  'position_closed',
  'offer',
]);
export type NotificationKind = z.infer<typeof notificationKindSchema>;

export const emailChoiceSchema = z.enum(['off', 'instant', 'daily']);
export type EmailChoice = z.infer<typeof emailChoiceSchema>;

export interface NotificationSetting {
  kind: NotificationKind;
  inApp: boolean;
  email: EmailChoice;
}

/**
 * What a kind does until the user changes it. In-app is on for every kind. Email is instant for what
 * asks for an answer or changes an application (introductions, stage changes, messages, offers) and
 * daily for what can wait (new strong matches, applications received, positions closed).
 */
export const DEFAULT_NOTIFICATION_SETTINGS: Readonly<
  Record<NotificationKind, Omit<NotificationSetting, 'kind'>>
> = {
  strong_match: { inApp: true, email: 'daily' },
  introduction_request: { inApp: true, email: 'instant' },
  introduction_answer: { inApp: true, email: 'instant' },
  application_received: { inApp: true, email: 'daily' },
  stage_change: { inApp: true, email: 'instant' },
  message: { inApp: true, email: 'instant' },
  position_closed: { inApp: true, email: 'daily' },
  offer: { inApp: true, email: 'instant' },
};

export const notificationSchema = z
  .object({
    id: z.uuid(),
    kind: notificationKindSchema,
    /** What the web app needs to phrase it in the reader's language (ids, titles, stage names). */
    payload: z.record(z.string(), z.unknown()),
    /** A web-app path. */
    link: z.string(),
    createdAt: z.iso.datetime(),
    readAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'Notification' });
export type NotificationView = z.infer<typeof notificationSchema>;

export const notificationListQuery = z.strictObject({
  /** An opaque cursor from the previous page's nextCursor. */
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(30),
});
export type NotificationListQuery = z.infer<typeof notificationListQuery>;

export const notificationListResponse = z.object({
  /** Unread first, then read; newest first within each. Kinds turned off in-app are left out. */
  notifications: z.array(notificationSchema),
  nextCursor: z.string().nullable(),
  unread: z.number().int(),
});
export type NotificationListResponse = z.infer<typeof notificationListResponse>;

export const unreadNotificationsResponse = z.object({ unread: z.number().int() });

export const notificationSettingSchema = z.strictObject({
  kind: notificationKindSchema,
  inApp: z.boolean(),
  email: emailChoiceSchema,
});

export const notificationSettingsResponse = z.object({
  /** Every kind, in a fixed order; isDefault tells whether the user has changed it. */
  settings: z.array(notificationSettingSchema.extend({ isDefault: z.boolean() })),
});
export type NotificationSettingsResponse = z.infer<typeof notificationSettingsResponse>;

/** The kinds to change (others stay as they are); a kind at most once. */
export const notificationSettingsBody = z.strictObject({
  settings: z
    .array(notificationSettingSchema)
    .min(1)
    .max(notificationKindSchema.options.length)
    .refine((list) => new Set(list.map((s) => s.kind)).size === list.length, 'Each kind at most once'),
});
export type NotificationSettingsBody = z.infer<typeof notificationSettingsBody>;

export const unsubscribeBody = z.strictObject({ token: z.string().min(1).max(1000) });

export const unsubscribeResponse = z.object({
  /** The kind the link named, or all. */
  scope: z.union([notificationKindSchema, z.literal('all')]),
  /** The kinds whose email is now off. */
  emailOff: z.array(notificationKindSchema),
});
export type UnsubscribeResponse = z.infer<typeof unsubscribeResponse>;

/** The events GET /api/events streams (the SSE event name is the kind). */
export const liveEventSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('notification'),
    payload: z.object({ id: z.uuid(), kind: notificationKindSchema }),
  }),
  z.object({
    kind: z.literal('message'),
    payload: z.object({
      applicationId: z.uuid(),
      messageId: z.uuid(),
      senderSide: z.enum(['candidate', 'organisation']),
    }),
  }),
  z.object({
    kind: z.literal('unread'),
    payload: z.object({ applicationId: z.uuid(), unread: z.number().int(), total: z.number().int() }),
  }),
]);
export type LiveEvent = z.infer<typeof liveEventSchema>;
