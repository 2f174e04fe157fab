import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { careerModelSchema, careerQuerySchema } from '../../contracts/career.js';
import {
  careerModelBody,
  careerModelResponse,
  careerPageResponse,
  careerProgressResponse,
  careerVersionParams,
} from '../../contracts/career-progress.js';
import { requireSession } from '../../server/plugins/session.js';
import { ok } from '../../server/responses.js';
import type { CareerService } from './career.service.js';

const tags = ['career'];

/** The candidate's Career page and its progress; admins' versioned career model. */
export async function careerRoutes(app: FastifyInstance, opts: { career: CareerService }) {
  const s = opts.career;
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/career', {
    config: { access: 'candidate' },
    schema: {
      tags,
      summary: 'My stage, readiness toward a target, ranked skill gaps with unlock counts, projects, tracks',
      querystring: careerQuerySchema,
      response: ok(careerPageResponse),
    },
    handler: (request) => s.page(requireSession(request).user.id, request.query),
  });
  r.get('/api/career/progress', {
    config: { access: 'candidate' },
    schema: { tags, summary: 'My career snapshots over time', response: ok(careerProgressResponse) },
    handler: (request) => s.progress(requireSession(request).user.id),
  });
  r.get('/api/admin/career-model', {
    config: { access: 'admin' },
    schema: {
      tags,
      summary: 'The career model in force and its versions',
      response: ok(careerModelResponse),
    },
    handler: () => s.model(),
  });
  r.get('/api/admin/career-model/versions/:version', {
    config: { access: 'admin' },
    schema: {
      tags,
      summary: 'One earlier version of the career model (0: as shipped)',
      params: careerVersionParams,
      response: ok(careerModelSchema),
    },
    handler: (request) => s.modelVersion(request.params.version),
  });
  r.put('/api/admin/career-model', {
    config: { access: 'admin' },
    schema: {
      tags,
      summary: 'Save an edited career model as the next version',
      body: careerModelBody,
      response: ok(careerModelResponse),
    },
    handler: (request) => s.saveModel(requireSession(request).user.id, request.body),
  });
}
