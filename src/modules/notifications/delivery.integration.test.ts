import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { setupTestApp } from '../../../test/support/context.js';
import { buildUser, signedInClient } from '../../../test/support/factories.js';
import { linkIn } from '../../../test/support/smtp.js';
import { applicationThread } from '../../../test/support/threads.js';
import { notifications } from '../../db/schema/index.js';
import { insertNotifications, type NotificationKind } from './notifications.repository.js';

const ctx = setupTestApp();
const DAY_MS = 24 * 60 * 60 * 1000;

const notify = (userId: string, kind: NotificationKind, positionTitle = 'Senior ML Engineer') =>
  insertNotifications(ctx.database.db, [
    { userId, kind, payload: { positionTitle, organisationName: 'Falcon Vision Labs' }, link: '/messages/x' },
  ]);
const run = () => ctx.app.notificationDelivery.runOnce();
const tokenOf = (url: URL) => url.searchParams.get('token') ?? '';

describe('notification email', () => {
  it('sends instant kinds once, in the user’s language, with an unsubscribe link and header', async () => {
    const en = await buildUser(ctx.database);
    const ar = await buildUser(ctx.database, { locale: 'ar' });
    await notify(en.id, 'message');
    await notify(ar.id, 'offer');
    await notify(en.id, 'strong_match'); // daily by default: not now
    expect(await run()).toEqual({ instant: 2, digests: 0 });

    const mail = await ctx.smtp.waitFor(en.email);
    expect(mail.subject).toBe('A new message about Senior ML Engineer (Falcon Vision Labs)');
    expect(mail.text).toContain('http://127.0.0.1:3000/messages/x');
    const unsubscribe = linkIn(mail, '/unsubscribe');
    expect(mail.headers['list-unsubscribe']).toBe(`List-Unsubscribe: <${unsubscribe.href}>`);
    const arabic = await ctx.smtp.waitFor(ar.email);
    expect(arabic.subject).toBe('مستجدات عرض عمل: Senior ML Engineer (Falcon Vision Labs)');

    expect(await run()).toEqual({ instant: 0, digests: 0 });
    expect(ctx.smtp.messages).toHaveLength(2);
    const pending = await ctx.database.db.select().from(notifications).where(eq(notifications.userId, en.id));
    expect(pending.find((n) => n.kind === 'message')?.emailedAt).not.toBeNull();
    expect(pending.find((n) => n.kind === 'strong_match')?.emailedAt).toBeNull();
  });

  it('mails a busy thread once until it is read', async () => {
    const { owner, candidate, application } = await applicationThread(ctx);
    const url = `/api/applications/${application.id}/messages`;
    await owner.client.post(url, { body: 'one' });
    await owner.client.post(url, { body: 'two' });
    expect(await run()).toEqual({ instant: 1, digests: 0 });
    await owner.client.post(url, { body: 'three' });
    expect(await run()).toEqual({ instant: 0, digests: 0 });
    await candidate.client.post(`${url}/read`);
    await owner.client.post(url, { body: 'four' });
    expect(await run()).toEqual({ instant: 1, digests: 0 });
    expect(ctx.smtp.messages.filter((m) => m.to.includes(candidate.user.email))).toHaveLength(2);
  });

  it('sends nothing for kinds set to off, or to unverified addresses', async () => {
    const { client, user } = await signedInClient(ctx);
    await client.request('PUT', '/api/notifications/settings', {
      settings: [{ kind: 'message', inApp: true, email: 'off' }],
    });
    const unverified = await buildUser(ctx.database, { emailVerifiedAt: null });
    await notify(user.id, 'message');
    await notify(unverified.id, 'message');
    expect(await run()).toEqual({ instant: 0, digests: 0 });
  });

  it('sends one digest per user the next day, listing that day’s daily kinds', async () => {
    const { client, user } = await signedInClient(ctx);
    const other = await buildUser(ctx.database);
    await client.request('PUT', '/api/notifications/settings', {
      settings: [{ kind: 'stage_change', inApp: true, email: 'daily' }],
    });
    await notify(user.id, 'strong_match', 'Speech Scientist');
    await notify(user.id, 'application_received', 'Data Engineer');
    await notify(user.id, 'stage_change', 'MLOps Lead');
    await notify(other.id, 'position_closed', 'Vision Researcher');
    expect(await run()).toEqual({ instant: 0, digests: 0 });

    ctx.clock.advance(DAY_MS);
    expect(await run()).toEqual({ instant: 0, digests: 2 });
    const digest = await ctx.smtp.waitFor(user.email);
    const day = new Date(Date.now()).toISOString().slice(0, 10);
    expect(digest.subject).toBe(`Your AI Talent Hub digest for ${day} (3)`);
    expect(digest.text).toContain('A strong new match: Speech Scientist');
    expect(digest.text).toContain('A new application: Data Engineer');
    expect(digest.text).toContain('Application update: MLOps Lead');
    expect(digest.headers['list-unsubscribe']).toContain('/unsubscribe?token=');
    expect(ctx.smtp.messages.filter((m) => m.to.includes(user.email))).toHaveLength(1);
    expect(await run()).toEqual({ instant: 0, digests: 0 });
  });
});

describe('unsubscribe links', () => {
  async function mailedToken() {
    const { client, user } = await signedInClient(ctx);
    await notify(user.id, 'message');
    await run();
    return { client, user, token: tokenOf(linkIn(await ctx.smtp.waitFor(user.email), '/unsubscribe')) };
  }
  const emailOf = async (client: Awaited<ReturnType<typeof signedInClient>>['client'], kind: string) =>
    (await client.get('/api/notifications/settings'))
      .json()
      .settings.find((s: { kind: string }) => s.kind === kind).email;

  it('turns the named kind off, once; a replay changes nothing', async () => {
    const { client, token } = await mailedToken();
    const anonymous = ctx.client();
    const used = await anonymous.post('/api/notifications/unsubscribe', { token });
    expect(used.statusCode).toBe(200);
    expect(used.json()).toEqual({ scope: 'message', emailOff: ['message'] });
    expect(await emailOf(client, 'message')).toBe('off');
    expect(await emailOf(client, 'offer')).toBe('instant');

    await client.request('PUT', '/api/notifications/settings', {
      settings: [{ kind: 'message', inApp: true, email: 'daily' }],
    });
    const replay = await anonymous.post('/api/notifications/unsubscribe', { token });
    expect(replay.statusCode).toBe(400);
    expect(replay.headers['content-type']).toContain('application/problem+json');
    expect(replay.json().code).toBe('invalid_token');
    expect(await emailOf(client, 'message')).toBe('daily');
  });

  it('refuses forged and expired tokens with problem+json', async () => {
    const { client, token } = await mailedToken();
    const [version, body, signature] = token.split('.');
    const claims = JSON.parse(Buffer.from(body ?? '', 'base64url').toString());
    const forgedBody = Buffer.from(JSON.stringify({ ...claims, k: 'all' })).toString('base64url');
    for (const forged of [`${version}.${forgedBody}.${signature}`, `${token}x`, 'u1.e30.AAAA']) {
      const response = await ctx.client().post('/api/notifications/unsubscribe', { token: forged });
      expect(response.statusCode).toBe(400);
      expect(response.json().code).toBe('invalid_token');
    }
    ctx.clock.advance(61 * DAY_MS);
    const expired = await ctx.client().post('/api/notifications/unsubscribe', { token });
    expect(expired.statusCode).toBe(400);
    expect(expired.json().detail).toBe('This unsubscribe link has expired.');
    ctx.clock.reset();
    expect(await emailOf(client, 'message')).toBe('instant');
    expect(await ctx.database.query('select count(*)::int as n from unsubscribe_uses')).toEqual([{ n: 0 }]);
  });

  it("a digest's link turns every kind's email off", async () => {
    const { client, user } = await signedInClient(ctx);
    await notify(user.id, 'strong_match');
    ctx.clock.advance(DAY_MS);
    await run();
    const token = tokenOf(linkIn(await ctx.smtp.waitFor(user.email), '/unsubscribe'));
    const response = await ctx.client().post('/api/notifications/unsubscribe', { token });
    expect(response.json().scope).toBe('all');
    const settings = (await client.get('/api/notifications/settings')).json().settings;
    expect(settings.every((s: { email: string; inApp: boolean }) => s.email === 'off' && s.inApp)).toBe(true);
  });
});
