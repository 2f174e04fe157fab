import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { setupTestApp } from '../../../test/support/context.js';
import { signedInClient } from '../../../test/support/factories.js';
import { liveEvents, notifications } from '../../db/schema/index.js';
import { insertNotifications, type NotificationKind } from './notifications.repository.js';

const ctx = setupTestApp();

const notify = (userId: string, kind: NotificationKind, positionTitle = 'ML Engineer') =>
  insertNotifications(ctx.database.db, [
    { userId, kind, payload: { positionTitle }, link: `/applications/${kind}` },
  ]);

describe('in-app notifications', () => {
  it('lists unread first, newest first within each, in pages', async () => {
    const { client, user } = await signedInClient(ctx);
    for (const kind of ['strong_match', 'stage_change', 'offer', 'message'] as const)
      await notify(user.id, kind);
    const all = (await client.get('/api/notifications')).json();
    expect(all.unread).toBe(4);
    const offer = all.notifications.find((n: { kind: string }) => n.kind === 'offer');
    expect((await client.post(`/api/notifications/${offer.id}/read`)).json()).toEqual({ unread: 3 });

    const first = (await client.get('/api/notifications?limit=2')).json();
    expect(first.notifications.map((n: { kind: string }) => n.kind)).toEqual(['message', 'stage_change']);
    const second = (await client.get(`/api/notifications?limit=2&cursor=${first.nextCursor}`)).json();
    expect(second.notifications.map((n: { kind: string }) => n.kind)).toEqual(['strong_match', 'offer']);
    expect(second.notifications[1].readAt).not.toBeNull();
    expect(second.nextCursor).toBeNull();

    expect((await client.post('/api/notifications/read-all')).json()).toEqual({ unread: 0 });
    expect((await client.get('/api/notifications/unread')).json()).toEqual({ unread: 0 });
  });

  it("refuses to mark someone else's notification, and bad cursors", async () => {
    const owner = await signedInClient(ctx);
    const other = await signedInClient(ctx);
    await notify(owner.user.id, 'offer');
    const [row] = await ctx.database.db.select().from(notifications);
    const attempt = await other.client.post(`/api/notifications/${row?.id}/read`);
    expect(attempt.statusCode).toBe(404);
    expect(attempt.headers['content-type']).toContain('application/problem+json');
    expect((await owner.client.get('/api/notifications/unread')).json()).toEqual({ unread: 1 });
    expect((await other.client.get(`/api/notifications?cursor=u.${row?.id}`)).statusCode).toBe(400);
    expect((await other.client.get('/api/notifications?cursor=nonsense')).statusCode).toBe(400);
  });

  it('has per-kind settings with documented defaults; in-app off hides a kind and pushes nothing', async () => {
    const { client, user } = await signedInClient(ctx);
    const defaults = (await client.get('/api/notifications/settings')).json().settings;
    expect(defaults).toHaveLength(8);
    expect(defaults.find((s: { kind: string }) => s.kind === 'message')).toEqual({
      kind: 'message',
      inApp: true,
      email: 'instant',
      isDefault: true,
    });
    const put = await client.request('PUT', '/api/notifications/settings', {
      settings: [{ kind: 'strong_match', inApp: false, email: 'off' }],
    });
    expect(put.statusCode).toBe(200);
    expect(put.json().settings.find((s: { kind: string }) => s.kind === 'strong_match')).toEqual({
      kind: 'strong_match',
      inApp: false,
      email: 'off',
      isDefault: false,
    });
    const dup = await client.request('PUT', '/api/notifications/settings', {
      settings: [
        { kind: 'offer', inApp: true, email: 'off' },
        { kind: 'offer', inApp: true, email: 'daily' },
      ],
    });
    expect(dup.statusCode).toBe(400);
    const unknown = await client.request('PUT', '/api/notifications/settings', {
      settings: [{ kind: 'spam', inApp: true, email: 'off' }],
    });
    expect(unknown.statusCode).toBe(400);

    await notify(user.id, 'strong_match');
    await notify(user.id, 'offer');
    const list = (await client.get('/api/notifications')).json();
    expect(list.notifications.map((n: { kind: string }) => n.kind)).toEqual(['offer']);
    expect(list.unread).toBe(1);
    const live = await ctx.database.db.select().from(liveEvents).where(eq(liveEvents.userId, user.id));
    expect(live.map((e) => e.payload)).toEqual([{ id: list.notifications[0].id, kind: 'offer' }]);
  });
});
