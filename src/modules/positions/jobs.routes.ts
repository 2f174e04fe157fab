import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  positionSearchQuery,
  positionSearchResponse,
  positionViewSchema,
  slugParams,
} from '../../contracts/positions.js';
import { AppError } from '../../core/errors.js';
import { problemResponses } from '../../server/responses.js';
import { type PageLocale, renderJobNotFound, renderJobPage } from './job-page.js';
import type { JobsService } from './jobs.service.js';

const tags = ['jobs'];

// ?lang= wins, then Accept-Language, then English: the page has no client code to remember a choice.
function pageLocale(request: FastifyRequest): PageLocale {
  const lang = (request.query as { lang?: unknown } | undefined)?.lang;
  if (lang === 'ar' || lang === 'en') return lang;
  return /^ar\b/i.test(request.headers['accept-language'] ?? '') ? 'ar' : 'en';
}

/** Public search, the public position API, and the server-rendered position page. */
export async function jobsRoutes(app: FastifyInstance, opts: { jobs: JobsService; publicUrl: string }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const open = { access: 'public' as const };

  r.get('/api/jobs', {
    config: open,
    schema: {
      tags,
      summary: 'Search open, verified and funded positions',
      querystring: positionSearchQuery,
      response: { 200: positionSearchResponse, ...problemResponses },
    },
    handler: (request) => opts.jobs.search(request.query),
  });
  r.get('/api/jobs/:slug', {
    config: open,
    schema: {
      tags,
      summary: 'One open position, by its slug or its id',
      params: slugParams,
      response: { 200: positionViewSchema, ...problemResponses },
    },
    handler: (request) => opts.jobs.byKey(request.params.slug),
  });
  r.get('/jobs/:slug', {
    config: open,
    schema: {
      hide: true,
      params: slugParams,
      querystring: z.object({ lang: z.string().optional() }).passthrough(),
    },
    handler: async (request, reply) => {
      const locale = pageLocale(request);
      reply
        .type('text/html; charset=utf-8')
        .header('content-language', locale)
        .header('vary', 'accept-language');
      try {
        const view = await opts.jobs.bySlug(request.params.slug);
        return reply
          .header('cache-control', 'public, max-age=60')
          .send(renderJobPage(view, opts.publicUrl, locale));
      } catch (error) {
        if (error instanceof AppError && error.code === 'not_found') {
          return reply.code(404).send(renderJobNotFound(locale, `/jobs/${request.params.slug}`));
        }
        throw error;
      }
    },
  });
}
