import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireSession } from '../../server/plugins/session.js';
import { problemResponses } from '../../server/responses.js';
import type { AuthService } from '../auth/auth.service.js';
import type { LiveHub } from './live.hub.js';

const eventId = z.coerce.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
const eventsQuery = z.strictObject({
  /** For clients that cannot send the Last-Event-ID header. */
  lastEventId: eventId.optional(),
});

/** GET /api/events: the signed-in user's live updates as server-sent events. */
export async function liveRoutes(
  app: FastifyInstance,
  opts: { live: LiveHub; auth: AuthService; cookieName: string },
) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/api/events', {
    config: { access: 'user' },
    schema: {
      tags: ['live'],
      summary:
        'Server-sent events for me: notification, message (a new message in one of my threads) and unread (counts). Resumes after Last-Event-ID (kept one hour).',
      querystring: eventsQuery,
      response: { 200: z.string().describe('text/event-stream'), ...problemResponses },
    },
    handler: async (request, reply) => {
      const { user, sessionId } = requireSession(request);
      const token = request.cookies[opts.cookieName] ?? '';
      const stillSignedIn = async () => (await opts.auth.resolveSession(token))?.sessionId === sessionId;
      const raw = request.headers['last-event-id'];
      const header = typeof raw === 'string' && raw.trim() !== '' ? eventId.safeParse(raw) : null;
      const lastEventId = header?.success ? header.data : request.query.lastEventId;
      // Before the reply is taken over, so a database failure still answers with problem+json.
      await opts.live.start();
      reply.hijack();
      try {
        await opts.live.open(user.id, reply.raw, reply.getHeaders(), lastEventId, stillSignedIn);
      } catch (error) {
        request.log.error({ err: error }, 'event stream failed');
        reply.raw.end();
      }
    },
  });
}
