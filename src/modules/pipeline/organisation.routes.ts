import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { idParamsSchema } from '../../contracts/common.js';
import {
  introductionBody,
  introductionSchema,
  introductionsResponse,
  moveBody,
  offerBody,
  offerSchema,
  outcomesResponse,
  pipelineApplicationSchema,
  pipelineResponse,
  rejectBody,
  waitingResponse,
} from '../../contracts/pipeline.js';
import { ok, problemResponses } from '../../server/responses.js';
import { actorOf } from '../organisations/organisations.routes.js';
import type { BoardService } from './board.service.js';
import type { IntroductionService } from './introductions.service.js';
import type { OfferService } from './offers.service.js';
import type { OutcomeService } from './outcomes.service.js';

const tags = ['pipeline'];

/** The organisation's side: pipelines, introductions, offers and outcomes; admins' platform outcomes. */
export async function organisationPipelineRoutes(
  app: FastifyInstance,
  opts: {
    board: BoardService;
    introductions: IntroductionService;
    offers: OfferService;
    outcomes: OutcomeService;
  },
) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const employer = { access: 'employer' as const };

  r.get('/api/positions/:id/pipeline', {
    config: employer,
    schema: {
      tags,
      summary: 'A position’s applications by stage, with timestamps and who acted',
      params: idParamsSchema,
      response: ok(pipelineResponse),
    },
    handler: (request) => opts.board.pipeline(actorOf(request), request.params.id),
  });
  r.post('/api/positions/:id/introductions', {
    config: employer,
    schema: {
      tags,
      summary: 'Ask to be introduced to a candidate for this position, with a message',
      params: idParamsSchema,
      body: introductionBody,
      response: { 201: introductionSchema, ...problemResponses },
    },
    handler: async (request, reply) =>
      reply
        .code(201)
        .send(await opts.introductions.request(actorOf(request), request.params.id, request.body)),
  });
  r.post('/api/introductions/:id/cancel', {
    config: employer,
    schema: {
      tags,
      summary: 'Withdraw a pending introduction request (final for that position, like a decline)',
      params: idParamsSchema,
      response: ok(introductionSchema),
    },
    handler: (request) => opts.introductions.cancel(actorOf(request), request.params.id),
  });
  r.get('/api/positions/:id/introductions', {
    config: employer,
    schema: {
      tags,
      summary: 'The introductions this position asked for, and their answers',
      params: idParamsSchema,
      response: ok(introductionsResponse),
    },
    handler: async (request) => ({
      introductions: await opts.introductions.listForPosition(actorOf(request), request.params.id),
    }),
  });
  r.post('/api/applications/:id/moves', {
    config: employer,
    schema: {
      tags,
      summary: 'Move an application to another stage (the state machine decides what is allowed)',
      params: idParamsSchema,
      body: moveBody,
      response: ok(pipelineApplicationSchema),
    },
    handler: (request) => opts.board.move(actorOf(request), request.params.id, request.body),
  });
  r.post('/api/applications/:id/rejection', {
    config: employer,
    schema: {
      tags,
      summary: 'Reject with a reason from the list (shown to the candidate in kind words) and optional text',
      params: idParamsSchema,
      body: rejectBody,
      response: ok(pipelineApplicationSchema),
    },
    handler: (request) => opts.board.reject(actorOf(request), request.params.id, request.body),
  });
  r.post('/api/applications/:id/offers', {
    config: employer,
    schema: {
      tags,
      summary: 'Record an offer on an application at the offer stage',
      params: idParamsSchema,
      body: offerBody,
      response: { 201: offerSchema, ...problemResponses },
    },
    handler: async (request, reply) =>
      reply.code(201).send(await opts.offers.make(actorOf(request), request.params.id, request.body)),
  });
  r.get('/api/organisations/:id/pipeline/waiting', {
    config: employer,
    schema: {
      tags,
      summary: 'Applications that have waited on us more than five business days',
      params: idParamsSchema,
      response: ok(waitingResponse),
    },
    handler: (request) => opts.board.waiting(actorOf(request), request.params.id),
  });
  r.get('/api/organisations/:id/outcomes', {
    config: employer,
    schema: {
      tags,
      summary: 'Our outcome figures: time to hire, first response, conversion, engagement',
      params: idParamsSchema,
      response: ok(outcomesResponse),
    },
    handler: (request) => opts.outcomes.forOrganisation(actorOf(request), request.params.id),
  });
  r.get('/api/admin/outcomes', {
    config: { access: 'admin' },
    schema: { tags: ['admin'], summary: 'Platform-wide outcome figures', response: ok(outcomesResponse) },
    handler: () => opts.outcomes.platform(),
  });
}
