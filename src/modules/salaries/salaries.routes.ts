import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  salaryBenchmarkResponse,
  salaryLevelsQuerySchema,
  salaryLevelsResponse,
  salaryOfferResponse,
  salaryPremiumsQuerySchema,
  salaryPremiumsResponse,
  salaryReferenceQuerySchema,
  salaryReferenceResponse,
  salaryRegionsQuerySchema,
  salaryRegionsResponse,
  salarySliceQuerySchema,
} from '../../contracts/salaries.js';
import { offerRequestSchema } from '../../contracts/salary-offer.js';
import { ok } from '../../server/responses.js';
import type { SalaryService } from './salaries.service.js';

const tags = ['salaries'];

/** Salary benchmarks and the Gulf offer calculator: public, so anyone can negotiate from facts. */
export async function salaryRoutes(app: FastifyInstance, opts: { salaries: SalaryService }) {
  const s = opts.salaries;
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/salaries/benchmark', {
    config: { access: 'public' },
    schema: {
      tags,
      summary: 'Percentiles of one slice (role family, level, country or region, skill, year), with fallback',
      querystring: salarySliceQuerySchema,
      response: ok(salaryBenchmarkResponse),
    },
    handler: (request) => s.benchmark(request.query),
  });
  r.get('/api/salaries/levels', {
    config: { access: 'public' },
    schema: {
      tags,
      summary: 'The same slice at each career level, for a distribution chart',
      querystring: salaryLevelsQuerySchema,
      response: ok(salaryLevelsResponse),
    },
    handler: (request) => s.levels(request.query),
  });
  r.get('/api/salaries/regions', {
    config: { access: 'public' },
    schema: {
      tags,
      summary: 'The same slice in each region and globally',
      querystring: salaryRegionsQuerySchema,
      response: ok(salaryRegionsResponse),
    },
    handler: (request) => s.regions(request.query),
  });
  r.get('/api/salaries/premiums', {
    config: { access: 'public' },
    schema: {
      tags,
      summary: "Measured skill premiums with intervals, beside the career guide's published ones",
      querystring: salaryPremiumsQuerySchema,
      response: ok(salaryPremiumsResponse),
    },
    handler: (request) => s.premiums(request.query),
  });
  r.get('/api/salaries/reference', {
    config: { access: 'public' },
    schema: {
      tags,
      summary: "The career guide's published salary table (a labelled reference, not measured data)",
      querystring: salaryReferenceQuerySchema,
      response: ok(salaryReferenceResponse),
    },
    handler: (request) => s.reference(request.query.currency),
  });
  r.post('/api/salaries/offer', {
    config: { access: 'public' },
    schema: {
      tags,
      summary:
        'A Gulf offer as annual and monthly totals with gratuity, compared and placed in the benchmark',
      body: offerRequestSchema,
      response: ok(salaryOfferResponse),
    },
    handler: (request) => s.offer(request.body),
  });
}
