import type {
  NotificationListQuery,
  NotificationListResponse,
  NotificationSettingsBody,
  NotificationSettingsResponse,
  NotificationView,
  UnsubscribeResponse,
} from '../../contracts/notifications.js';
import { AppError, fieldError } from '../../core/errors.js';
import { effectiveSettings, emailOffRows, hiddenKinds } from '../../core/notifications/settings.js';
import type { Db } from '../../db/client.js';
import { tokenDigest } from '../auth/tokens.js';
import * as repo from './notifications.repository.js';
import type { UnsubscribeTokens } from './unsubscribe-token.js';

export interface NotificationDeps {
  db: Db;
  now: () => Date;
  tokens: UnsubscribeTokens;
}

export type NotificationService = ReturnType<typeof createNotificationService>;

function toView(row: repo.NotificationRow): NotificationView {
  return {
    id: row.id,
    kind: row.kind,
    payload: (row.payload ?? {}) as Record<string, unknown>,
    link: row.link,
    createdAt: row.createdAt.toISOString(),
    readAt: row.readAt ? row.readAt.toISOString() : null,
  };
}

// A list cursor names the last row shown and whether it was in the unread part of the list.
const CURSOR = /^([ur])\.([0-9a-f-]{36})$/;
const encodeCursor = (row: repo.NotificationRow) => `${row.readAt ? 'r' : 'u'}.${row.id}`;
function decodeCursor(cursor: string | undefined): { id: string; unread: boolean } | null {
  if (cursor === undefined) return null;
  const match = CURSOR.exec(cursor);
  if (!match?.[2]) throw fieldError('cursor', 'Not a cursor from this list');
  return { id: match[2], unread: match[1] === 'u' };
}

/** The in-app list, read marks, per-kind settings and the unsubscribe links' landing. */
export function createNotificationService(deps: NotificationDeps) {
  const { db, now } = deps;

  async function hidden(userId: string) {
    return hiddenKinds(await repo.settingsOf(db, userId));
  }

  return {
    async list(userId: string, query: NotificationListQuery): Promise<NotificationListResponse> {
      const after = decodeCursor(query.cursor);
      const hide = await hidden(userId);
      if (after && !(await repo.findNotification(db, userId, after.id)))
        throw fieldError('cursor', 'Not a cursor from this list');
      const rows = await repo.listNotifications(db, userId, hide, after, query.limit + 1);
      const page = rows.slice(0, query.limit);
      const last = page.at(-1);
      return {
        notifications: page.map(toView),
        nextCursor: rows.length > query.limit && last ? encodeCursor(last) : null,
        unread: await repo.countUnread(db, userId, hide),
      };
    },

    async unread(userId: string): Promise<{ unread: number }> {
      return { unread: await repo.countUnread(db, userId, await hidden(userId)) };
    },

    /** Marks one of the caller's notifications read; someone else's is not found. */
    async markRead(userId: string, id: string): Promise<{ unread: number }> {
      if (!(await repo.markRead(db, userId, id, now())))
        throw new AppError('not_found', 'No such notification');
      return this.unread(userId);
    },

    async markAllRead(userId: string): Promise<{ unread: number }> {
      await repo.markAllRead(db, userId, now());
      return this.unread(userId);
    },

    async settings(userId: string): Promise<NotificationSettingsResponse> {
      return { settings: effectiveSettings(await repo.settingsOf(db, userId)) };
    },

    /** Writes the kinds given; the others keep their setting (or default). */
    async updateSettings(
      userId: string,
      body: NotificationSettingsBody,
    ): Promise<NotificationSettingsResponse> {
      await repo.upsertSettings(
        db,
        body.settings.map((s) => ({ userId, kind: s.kind, inApp: s.inApp, email: s.email })),
      );
      return this.settings(userId);
    },

    /**
     * Turns email off for the kind (or all kinds) the signed token names. Forged, expired and used
     * tokens are refused; a used one changes nothing, even if the user turned email back on since.
     */
    async unsubscribe(token: string): Promise<UnsubscribeResponse> {
      const check = deps.tokens.verify(token, now());
      if (!check.ok)
        throw new AppError(
          'invalid_token',
          check.reason === 'expired'
            ? 'This unsubscribe link has expired.'
            : 'This unsubscribe link is not valid.',
        );
      const { u: userId, k: scope } = check.claims;
      return db.transaction(async (tx) => {
        if (!(await repo.userExists(tx, userId)))
          throw new AppError('invalid_token', 'This unsubscribe link is not valid.');
        if (!(await repo.recordUnsubscribeUse(tx, tokenDigest(token))))
          throw new AppError('invalid_token', 'This unsubscribe link has already been used.');
        const rows = emailOffRows(await repo.settingsOf(tx, userId), scope);
        await repo.setEmailOff(
          tx,
          rows.map((r) => ({ userId, ...r })),
        );
        return { scope, emailOff: rows.map((r) => r.kind) };
      });
    },
  };
}
