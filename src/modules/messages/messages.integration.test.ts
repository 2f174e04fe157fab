import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { setupTestApp } from '../../../test/support/context.js';
import { buildUser, signedInAdmin, signedInClient } from '../../../test/support/factories.js';
import { applicationThread } from '../../../test/support/threads.js';
import {
  applications,
  liveEvents,
  messages,
  notifications,
  organisationMembers,
} from '../../db/schema/index.js';

const ctx = setupTestApp();

describe('application threads', () => {
  it('lets the candidate and the members write, newest last, rendered and sanitised', async () => {
    const { owner, candidate, application } = await applicationThread(ctx);
    const url = `/api/applications/${application.id}/messages`;
    const first = await candidate.client.post(url, {
      body: 'Hello **team**,\nany news? <script>alert(1)</script>',
    });
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({ senderSide: 'candidate', mine: true });
    expect(first.json().html).toBe(
      '<p>Hello <strong>team</strong>,<br />\nany news? &lt;script&gt;alert(1)&lt;/script&gt;</p>',
    );
    expect(
      (await owner.client.post(url, { body: 'Yes: [the plan](https://example.com/plan)' })).statusCode,
    ).toBe(201);

    const seenByOwner = await owner.client.get(url);
    expect(seenByOwner.statusCode).toBe(200);
    const thread = seenByOwner.json();
    expect(thread.side).toBe('organisation');
    expect(thread.messages.map((m: { senderSide: string }) => m.senderSide)).toEqual([
      'candidate',
      'organisation',
    ]);
    expect(thread.messages[0]).toMatchObject({ mine: false, senderName: null });
    expect(thread.messages[1]).toMatchObject({ mine: true, senderName: owner.user.displayName });
    expect(thread.messages[1].html).toContain(
      '<a href="https://example.com/plan" rel="nofollow noopener ugc">',
    );
    // Stored as written; rendered on read.
    const [stored] = await ctx.database.db.select().from(messages).where(eq(messages.id, first.json().id));
    expect(stored?.body).toContain('<script>');
    // The organisation's first message is its first response.
    const [row] = await ctx.database.db
      .select()
      .from(applications)
      .where(eq(applications.id, application.id));
    expect(row?.firstResponseAt).not.toBeNull();
  });

  it('pages back from the newest', async () => {
    const { candidate, application } = await applicationThread(ctx);
    const url = `/api/applications/${application.id}/messages`;
    for (let i = 1; i <= 5; i++) await candidate.client.post(url, { body: `message ${i}` });
    const newest = (await candidate.client.get(`${url}?limit=2`)).json();
    expect(newest.messages.map((m: { body: string }) => m.body)).toEqual(['message 4', 'message 5']);
    const older = (await candidate.client.get(`${url}?limit=2&before=${newest.olderCursor}`)).json();
    expect(older.messages.map((m: { body: string }) => m.body)).toEqual(['message 2', 'message 3']);
    const oldest = (await candidate.client.get(`${url}?limit=2&before=${older.olderCursor}`)).json();
    expect(oldest.messages.map((m: { body: string }) => m.body)).toEqual(['message 1']);
    expect(oldest.olderCursor).toBeNull();
  });

  it('notifies the other side of each message, never the sender', async () => {
    const { owner, candidate, application } = await applicationThread(ctx);
    const colleague = await buildUser(ctx.database, { accountType: 'employer' });
    await ctx.database.db
      .insert(organisationMembers)
      .values({ organisationId: owner.organisation.id, userId: colleague.id, role: 'recruiter' });
    const url = `/api/applications/${application.id}/messages`;
    await candidate.client.post(url, { body: 'one' });
    await candidate.client.post(url, { body: 'two' });
    await owner.client.post(url, { body: 'three' });

    const rows = await ctx.database.db.select().from(notifications);
    const count = (userId: string) => rows.filter((n) => n.userId === userId && n.kind === 'message').length;
    expect(count(owner.user.id)).toBe(2);
    expect(count(colleague.id)).toBe(2);
    expect(count(candidate.user.id)).toBe(1);
    expect(rows).toHaveLength(5);
    expect(rows.find((n) => n.userId === candidate.user.id)).toMatchObject({
      link: `/messages/${application.id}`,
      payload: {
        applicationId: application.id,
        senderSide: 'organisation',
        senderName: owner.user.displayName,
      },
    });
    // Every participant's pages hear of each message; the recipients hear their new unread counts.
    const live = await ctx.database.db
      .select()
      .from(liveEvents)
      .where(eq(liveEvents.userId, candidate.user.id));
    expect(live.map((e) => e.kind).sort()).toEqual([
      'message',
      'message',
      'message',
      'notification',
      'unread',
    ]);
    expect(live.find((e) => e.kind === 'unread')?.payload).toEqual({
      applicationId: application.id,
      unread: 1,
      total: 1,
    });
  });

  it('counts unread messages per thread and in total, and marks a thread read', async () => {
    const first = await applicationThread(ctx);
    const second = await applicationThread(ctx);
    const post = (c: typeof first.owner.client, id: string, body: string) =>
      c.post(`/api/applications/${id}/messages`, { body });
    await post(first.candidate.client, first.application.id, 'c');
    await post(second.candidate.client, second.application.id, 'd');
    expect((await first.owner.client.get('/api/messages/unread')).json()).toEqual({
      total: 1,
      threads: [{ applicationId: first.application.id, unread: 1 }],
    });
    // Writing is reading: the owner's replies mark the candidate's message read for them.
    await post(first.owner.client, first.application.id, 'a');
    await post(first.owner.client, first.application.id, 'b');
    expect((await first.owner.client.get('/api/messages/unread')).json().total).toBe(0);
    expect((await first.candidate.client.get('/api/messages/unread')).json()).toEqual({
      total: 2,
      threads: [{ applicationId: first.application.id, unread: 2 }],
    });
    expect(
      (await first.candidate.client.get(`/api/applications/${first.application.id}/messages`)).json().unread,
    ).toBe(2);

    const read = await first.candidate.client.post(`/api/applications/${first.application.id}/messages/read`);
    expect(read.statusCode).toBe(200);
    expect(read.json()).toEqual({ applicationId: first.application.id, unread: 0, total: 0 });
    expect((await first.candidate.client.get('/api/messages/unread')).json()).toEqual({
      total: 0,
      threads: [],
    });
    await post(first.owner.client, first.application.id, 'e');
    expect((await first.candidate.client.get('/api/messages/unread')).json().total).toBe(1);
  });

  it('reads the message notifications of a thread when the thread is read', async () => {
    const { owner, candidate, application } = await applicationThread(ctx);
    await owner.client.post(`/api/applications/${application.id}/messages`, {
      body: 'Are you free on Monday?',
    });
    expect((await candidate.client.get('/api/notifications/unread')).json()).toEqual({ unread: 1 });
    await candidate.client.post(`/api/applications/${application.id}/messages/read`);
    expect((await candidate.client.get('/api/notifications/unread')).json()).toEqual({ unread: 0 });
  });

  it('stops a sender posting more than 30 messages a minute', async () => {
    const { candidate, application } = await applicationThread(ctx);
    const url = `/api/applications/${application.id}/messages`;
    for (let i = 0; i < 30; i++)
      expect((await candidate.client.post(url, { body: `m${i}` })).statusCode).toBe(201);
    const refused = await candidate.client.post(url, { body: 'one too many' });
    expect(refused.statusCode).toBe(429);
    expect(refused.json().code).toBe('rate_limited');
    expect(await ctx.database.query('select count(*)::int as n from messages')).toEqual([{ n: 30 }]);
  });

  it('hides the thread from everyone else, and they change nothing', async () => {
    const { candidate, outsider, application } = await applicationThread(ctx);
    const otherCandidate = await signedInClient(ctx, { accountType: 'candidate' });
    const admin = await signedInAdmin(ctx);
    await candidate.client.post(`/api/applications/${application.id}/messages`, { body: 'private' });
    const before = await ctx.database.query('select count(*)::int as n from messages');
    for (const who of [outsider.client, otherCandidate.client, admin.client]) {
      const url = `/api/applications/${application.id}/messages`;
      for (const response of [
        await who.get(url),
        await who.post(url, { body: 'let me in' }),
        await who.post(`${url}/read`),
      ]) {
        expect(response.statusCode).toBe(404);
        expect(response.headers['content-type']).toContain('application/problem+json');
      }
      expect((await who.get('/api/messages/unread')).json()).toEqual({ total: 0, threads: [] });
    }
    expect(await ctx.database.query('select count(*)::int as n from messages')).toEqual(before);
    expect(await ctx.database.query('select count(*)::int as n from message_reads')).toEqual([{ n: 1 }]);
    expect(
      await ctx.database.query("select count(*)::int as n from notifications where kind = 'message'"),
    ).toEqual([{ n: 1 }]);
  });

  it('refuses a 1 MB message and one over 10,000 characters with problem+json, storing nothing', async () => {
    const { candidate, application } = await applicationThread(ctx);
    const url = `/api/applications/${application.id}/messages`;
    const huge = await candidate.client.post(url, { body: 'x'.repeat(1024 * 1024) });
    expect(huge.statusCode).toBe(413);
    expect(huge.headers['content-type']).toContain('application/problem+json');
    expect(huge.json().code).toBe('body_too_large');
    const long = await candidate.client.post(url, { body: 'x'.repeat(10_001) });
    expect(long.statusCode).toBe(400);
    expect(long.json().errors[0].path).toBe('body');
    const blank = await candidate.client.post(url, { body: '   ' });
    expect(blank.statusCode).toBe(400);
    expect((await candidate.client.post(url, { body: 'x'.repeat(10_000) })).statusCode).toBe(201);
    expect(await ctx.database.query('select count(*)::int as n from messages')).toEqual([{ n: 1 }]);
  });

  it('refuses a cursor from another thread', async () => {
    const first = await applicationThread(ctx);
    const second = await applicationThread(ctx);
    const posted = await first.candidate.client.post(`/api/applications/${first.application.id}/messages`, {
      body: 'hi',
    });
    const response = await second.candidate.client.get(
      `/api/applications/${second.application.id}/messages?before=${posted.json().id}`,
    );
    expect(response.statusCode).toBe(400);
  });
});
