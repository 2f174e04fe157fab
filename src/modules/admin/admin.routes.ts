import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  outboxListResponse,
  outboxMessageResponse,
  outboxParams,
  overviewResponse,
} from '../../contracts/admin.js';
import { problemResponses } from '../../server/responses.js';
import type { AdminService } from './admin.service.js';

const tags = ['admin'];

/** Admin-only routes. */
export async function adminRoutes(app: FastifyInstance, opts: { admin: AdminService }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/api/admin/overview', {
    config: { access: 'admin' },
    schema: { tags, summary: 'Marketplace counts', response: { 200: overviewResponse, ...problemResponses } },
    handler: () => opts.admin.overview(),
  });
  r.get('/api/admin/outbox', {
    config: { access: 'admin' },
    schema: {
      tags,
      summary: 'Mail written to the local outbox',
      response: { 200: outboxListResponse, ...problemResponses },
    },
    handler: async () => ({ messages: await opts.admin.listOutbox() }),
  });
  r.get('/api/admin/outbox/:id', {
    config: { access: 'admin' },
    schema: {
      tags,
      summary: 'One outbox message as text',
      params: outboxParams,
      response: { 200: outboxMessageResponse, ...problemResponses },
    },
    handler: (request) => opts.admin.readOutbox(request.params.id),
  });
}
