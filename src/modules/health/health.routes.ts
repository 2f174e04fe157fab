import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { healthResponse, readyResponse } from '../../contracts/health.js';
import { problemResponses } from '../../server/responses.js';
import type { HealthService } from './health.service.js';

/** Liveness and readiness probes for load balancers and orchestrators. */
export async function healthRoutes(app: FastifyInstance, opts: { health: HealthService }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/api/health', {
    config: { access: 'public' },
    schema: {
      tags: ['health'],
      summary: 'The process is alive',
      response: { 200: healthResponse, ...problemResponses },
    },
    handler: async () => ({ status: 'ok' as const, uptimeSeconds: Math.round(process.uptime()) }),
  });
  r.get('/api/ready', {
    config: { access: 'public' },
    schema: {
      tags: ['health'],
      summary: 'The database is reachable and fully migrated',
      response: { 200: readyResponse, ...problemResponses },
    },
    handler: async () => opts.health.readiness(),
  });
}
