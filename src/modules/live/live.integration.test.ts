// Server-sent events across two app instances on one database, as two server processes behind a load
// balancer would run: a message posted through one must reach a stream held open by the other, through
// the live_events feed alone (NOTIFY on PostgreSQL, the poll everywhere).
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSecondApp, setupTestApp } from '../../../test/support/context.js';
import type { TestClient } from '../../../test/support/http-client.js';
import { applicationThread } from '../../../test/support/threads.js';

const ctx = setupTestApp();
let second: FastifyInstance;
let secondUrl: string;

beforeAll(async () => {
  second = await buildSecondApp(ctx);
  secondUrl = await second.listen({ port: 0, host: '127.0.0.1' });
});
afterAll(async () => {
  await second.close();
});

interface ReceivedEvent {
  id: number;
  event: string;
  data: unknown;
}

const cookieOf = (client: TestClient) => [...client.cookies].map(([k, v]) => `${k}=${v}`).join('; ');

/** A streaming fetch of /api/events that parses frames as they arrive. */
async function subscribe(client: TestClient, headers: Record<string, string> = {}) {
  const controller = new AbortController();
  const response = await fetch(`${secondUrl}/api/events`, {
    headers: { cookie: cookieOf(client), ...headers },
    signal: controller.signal,
  });
  const events: ReceivedEvent[] = [];
  const comments: string[] = [];
  const body = response.body;
  if (!body) throw new Error('no body');
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  const reading = (async () => {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      buffer += decoder.decode(value, { stream: true });
      for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const fields = new Map<string, string>();
        for (const line of block.split('\n')) {
          if (line.startsWith(':')) comments.push(line.slice(1).trim());
          else {
            const colon = line.indexOf(':');
            fields.set(line.slice(0, colon), line.slice(colon + 1).trimStart());
          }
        }
        if (fields.has('data'))
          events.push({
            id: Number(fields.get('id')),
            event: fields.get('event') ?? 'message',
            data: JSON.parse(fields.get('data') ?? 'null'),
          });
      }
    }
  })().catch(() => undefined);
  await expect.poll(() => comments, { timeout: 2000, interval: 20 }).toContain('connected');
  return {
    response,
    events,
    comments,
    async close() {
      controller.abort();
      await reading;
    },
  };
}

describe('live events across two server processes', () => {
  it('delivers a message posted through one process to a stream open on the other', async () => {
    const { owner, candidate, application } = await applicationThread(ctx);
    const stream = await subscribe(owner.client);
    expect(stream.response.status).toBe(200);
    expect(stream.response.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    expect(stream.response.headers.get('x-request-id')).toBeTruthy();

    const posted = await candidate.client.post(`/api/applications/${application.id}/messages`, {
      body: 'Hello',
    });
    expect(posted.statusCode).toBe(201);
    await expect
      .poll(() => stream.events.map((e) => e.event).sort(), { timeout: 2000, interval: 20 })
      .toEqual(['message', 'notification', 'unread']);
    expect(stream.events.find((e) => e.event === 'message')?.data).toEqual({
      applicationId: application.id,
      messageId: posted.json().id,
      senderSide: 'candidate',
    });
    expect(stream.events.find((e) => e.event === 'unread')?.data).toEqual({
      applicationId: application.id,
      unread: 1,
      total: 1,
    });
    expect(stream.events.find((e) => e.event === 'notification')?.data).toMatchObject({ kind: 'message' });
    await stream.close();
  });

  it("sends nobody else's events, resumes after Last-Event-ID, and forgets closed streams", async () => {
    const { owner, candidate, outsider, application } = await applicationThread(ctx);
    const url = `/api/applications/${application.id}/messages`;
    const mine = await subscribe(candidate.client);
    const theirs = await subscribe(outsider.client);
    await owner.client.post(url, { body: 'first' });
    await expect.poll(() => mine.events.length, { timeout: 2000, interval: 20 }).toBe(3);
    const lastSeen = Math.max(...mine.events.map((e) => e.id));
    await mine.close();
    await expect.poll(() => second.live.streamCount(), { timeout: 2000, interval: 20 }).toBe(1);

    // Missed while away: read again after reconnecting with the last id seen.
    await owner.client.post(url, { body: 'second' });
    const resumed = await subscribe(candidate.client, { 'last-event-id': String(lastSeen) });
    await expect.poll(() => resumed.events.length, { timeout: 2000, interval: 20 }).toBe(3);
    expect(resumed.events.every((e) => e.id > lastSeen)).toBe(true);
    expect(theirs.events).toEqual([]);
    await resumed.close();
    await theirs.close();
    await expect.poll(() => second.live.streamCount(), { timeout: 2000, interval: 20 }).toBe(0);
  });

  it('ends a stream once its session is signed out', async () => {
    const { candidate } = await applicationThread(ctx);
    const stream = await subscribe(candidate.client);
    expect(second.live.streamCount()).toBe(1);
    // Signed out through the other process; the next session check ends the stream.
    expect((await candidate.client.post('/api/auth/sign-out')).statusCode).toBeLessThan(300);
    await second.live.checkSessions();
    await expect.poll(() => second.live.streamCount(), { timeout: 2000, interval: 20 }).toBe(0);
    await stream.close();
  });

  it('refuses anonymous callers with problem+json', async () => {
    const response = await fetch(`${secondUrl}/api/events`);
    expect(response.status).toBe(401);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
  });
});
