import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParamsSchema } from '../../contracts/common.js';
import { decisionBody } from '../../contracts/organisations.js';
import {
  adminPositionQuery,
  createPositionBody,
  fundingBody,
  fxRateBody,
  fxRateParams,
  fxRatesResponse,
  jobImportBody,
  jobImportResponse,
  positionBody,
  positionListResponse,
  positionViewSchema,
  transitionBody,
} from '../../contracts/positions.js';
import { renderMarkdown } from '../../core/positions/markdown.js';
import { problemResponses } from '../../server/responses.js';
import { actorOf } from '../organisations/organisations.routes.js';
import type { FxService } from './fx.service.js';
import type { PositionService } from './positions.service.js';

const tags = ['positions'];
const ok = (schema: z.ZodType) => ({ 200: schema, ...problemResponses });

/** Members draft, fund and run positions; admins verify funding and keep the rate table. */
export async function positionRoutes(
  app: FastifyInstance,
  opts: { positions: PositionService; fx: FxService },
) {
  const s = opts.positions;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const employer = { access: 'employer' as const };
  const admin = { access: 'admin' as const };

  r.post('/api/positions', {
    config: employer,
    schema: {
      tags,
      summary: 'Draft a position',
      body: createPositionBody,
      response: { 201: positionViewSchema, ...problemResponses },
    },
    handler: async (request, reply) => {
      const { organisationId, ...body } = request.body;
      return reply.code(201).send(await s.create(actorOf(request), organisationId, body));
    },
  });
  r.get('/api/organisations/:id/positions', {
    config: employer,
    schema: {
      tags,
      summary: "The organisation's positions in every status",
      params: idParamsSchema,
      response: ok(positionListResponse),
    },
    handler: async (request) => ({
      positions: await s.listForOrganisation(actorOf(request), request.params.id),
    }),
  });
  r.get('/api/positions/:id', {
    config: employer,
    schema: {
      tags,
      summary: 'One position, as its members see it',
      params: idParamsSchema,
      response: ok(positionViewSchema),
    },
    handler: (request) => s.get(actorOf(request), request.params.id),
  });
  r.put('/api/positions/:id', {
    config: employer,
    schema: {
      tags,
      summary: 'Edit a position',
      params: idParamsSchema,
      body: positionBody,
      response: ok(positionViewSchema),
    },
    handler: (request) => s.update(actorOf(request), request.params.id, request.body),
  });
  r.post('/api/positions/:id/funding', {
    config: employer,
    schema: {
      tags,
      summary: 'Attest headcount and budget approval (hiring managers and owners)',
      params: idParamsSchema,
      body: fundingBody,
      response: ok(positionViewSchema),
    },
    handler: (request) => s.attestFunding(actorOf(request), request.params.id, request.body),
  });
  r.post('/api/positions/:id/transitions', {
    config: employer,
    schema: {
      tags,
      summary: 'Submit, withdraw, pause, resume, close or renew',
      params: idParamsSchema,
      body: transitionBody,
      response: ok(positionViewSchema),
    },
    handler: (request) => s.transition(actorOf(request), request.params.id, request.body),
  });
  r.get('/api/positions/:id/job.json', {
    config: employer,
    schema: {
      tags,
      summary: 'Export as a JSON Resume job document',
      params: idParamsSchema,
      response: ok(z.record(z.string(), z.unknown())),
    },
    handler: async (request, reply) => {
      const job = await s.exportJob(actorOf(request), request.params.id);
      return reply.header('content-disposition', 'attachment; filename="position.job.json"').send(job);
    },
  });
  r.post('/api/positions/import-job', {
    config: employer,
    schema: {
      tags,
      summary: 'Import a JSON Resume job document as a draft',
      body: jobImportBody,
      response: { 201: jobImportResponse, ...problemResponses },
    },
    handler: async (request, reply) =>
      reply
        .code(201)
        .send(await s.importJob(actorOf(request), request.body.organisationId, request.body.job)),
  });
  r.post('/api/markdown/preview', {
    config: { access: 'user' },
    schema: {
      tags,
      summary: 'Render Markdown as the position page will (sanitised)',
      body: z.strictObject({ text: z.string().max(20_000, 'Use at most 20,000 characters') }),
      response: ok(z.object({ html: z.string() })),
    },
    handler: (request) => ({ html: renderMarkdown(request.body.text) }),
  });

  r.get('/api/admin/positions', {
    config: admin,
    schema: {
      tags: ['admin'],
      summary: 'Positions by funding status',
      querystring: adminPositionQuery,
      response: ok(positionListResponse),
    },
    handler: async (request) => ({ positions: await s.byFunding(request.query.funding) }),
  });
  r.post('/api/admin/positions/:id/funding-decision', {
    config: admin,
    schema: {
      tags: ['admin'],
      summary: 'Verify or reject attested funding; verifying opens a position pending review',
      params: idParamsSchema,
      body: decisionBody,
      response: ok(positionViewSchema),
    },
    handler: (request) =>
      s.decideFunding(actorOf(request), request.params.id, request.body.decision, request.body.reason),
  });
  r.get('/api/fx-rates', {
    config: { access: 'public' },
    schema: {
      tags,
      summary: 'Rates used to compare pay, with their dates and sources',
      response: ok(fxRatesResponse),
    },
    handler: async () => ({ rates: await opts.fx.rates() }),
  });
  r.put('/api/admin/fx-rates/:currency', {
    config: admin,
    schema: {
      tags: ['admin'],
      summary: "Set a floating currency's rate",
      params: fxRateParams,
      body: fxRateBody,
      response: ok(fxRatesResponse),
    },
    handler: async (request) => ({
      rates: await opts.fx.setRate(actorOf(request), request.params.currency, request.body),
    }),
  });
}
