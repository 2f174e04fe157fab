import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { idParamsSchema } from '../../contracts/common.js';
import {
  markReadResponse,
  messageBody,
  messageSchema,
  threadQuery,
  threadResponse,
  unreadResponse,
} from '../../contracts/messages.js';
import { requireSession } from '../../server/plugins/session.js';
import { ok, problemResponses } from '../../server/responses.js';
import type { MessageService } from './messages.service.js';

const tags = ['messages'];
const user = { access: 'user' as const };
// A message is at most 10,000 characters; anything much larger is refused before it is parsed.
const MESSAGE_BODY_LIMIT = 64 * 1024;

/** Application threads between a candidate and the organisation's members. */
export async function messageRoutes(app: FastifyInstance, opts: { messages: MessageService }) {
  const s = opts.messages;
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/applications/:id/messages', {
    config: user,
    schema: {
      tags,
      summary: "An application's thread, newest last (its candidate and the organisation's members only)",
      params: idParamsSchema,
      querystring: threadQuery,
      response: ok(threadResponse),
    },
    handler: (request) => s.thread(requireSession(request).user.id, request.params.id, request.query),
  });
  r.post('/api/applications/:id/messages', {
    config: user,
    bodyLimit: MESSAGE_BODY_LIMIT,
    schema: {
      tags,
      summary: 'Post a message (light Markdown, at most 10,000 characters); notifies the other side',
      params: idParamsSchema,
      body: messageBody,
      response: { 201: messageSchema, ...problemResponses },
    },
    handler: async (request, reply) => {
      const { user: sender } = requireSession(request);
      return reply.code(201).send(await s.post(sender, request.params.id, request.body));
    },
  });
  r.post('/api/applications/:id/messages/read', {
    config: user,
    schema: {
      tags,
      summary: 'Mark the thread read up to its newest message',
      params: idParamsSchema,
      response: ok(markReadResponse),
    },
    handler: (request) => s.markRead(requireSession(request).user.id, request.params.id),
  });
  r.get('/api/messages/unread', {
    config: user,
    schema: { tags, summary: 'My unread messages, per thread and in total', response: ok(unreadResponse) },
    handler: (request) => s.unread(requireSession(request).user.id),
  });
}
