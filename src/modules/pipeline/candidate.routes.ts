import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { idParamsSchema } from '../../contracts/common.js';
import {
  acceptOfferBody,
  activityResponse,
  applyBody,
  candidateApplicationSchema,
  candidateApplicationsResponse,
  declineIntroductionBody,
  declineOfferBody,
  introductionSchema,
  introductionsResponse,
  offerSchema,
  organisationResponsivenessSchema,
  withdrawBody,
} from '../../contracts/pipeline.js';
import { slugParams } from '../../contracts/positions.js';
import { ok, problemResponses } from '../../server/responses.js';
import { actorOf } from '../organisations/organisations.routes.js';
import type { ActivityService } from './activity.service.js';
import type { ApplicationService } from './applications.service.js';
import type { IntroductionService } from './introductions.service.js';
import type { OfferService } from './offers.service.js';

const tags = ['pipeline'];

/**
 * The candidate's side: applications, introductions addressed to them, offers, who looked at them;
 * and, for anyone, how a live position's organisation answers applications.
 */
export async function candidatePipelineRoutes(
  app: FastifyInstance,
  opts: {
    applications: ApplicationService;
    introductions: IntroductionService;
    offers: OfferService;
    activity: ActivityService;
  },
) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const candidate = { access: 'candidate' as const };

  r.post('/api/applications', {
    config: candidate,
    schema: {
      tags,
      summary: 'Apply to an open position with a note (shares my name and contacts with its organisation)',
      body: applyBody,
      response: { 201: candidateApplicationSchema, ...problemResponses },
    },
    handler: async (request, reply) =>
      reply.code(201).send(await opts.applications.apply(actorOf(request), request.body)),
  });
  r.get('/api/applications', {
    config: candidate,
    schema: {
      tags,
      summary: 'My applications with their stage, timeline and each organisation’s responsiveness',
      response: ok(candidateApplicationsResponse),
    },
    handler: async (request) => ({ applications: await opts.applications.list(actorOf(request)) }),
  });
  r.get('/api/applications/:id', {
    config: candidate,
    schema: {
      tags,
      summary: 'One of my applications',
      params: idParamsSchema,
      response: ok(candidateApplicationSchema),
    },
    handler: (request) => opts.applications.own(actorOf(request), request.params.id),
  });
  r.post('/api/applications/:id/withdraw', {
    config: candidate,
    schema: {
      tags,
      summary: 'Withdraw my application, with an optional reason',
      params: idParamsSchema,
      body: withdrawBody,
      response: ok(candidateApplicationSchema),
    },
    handler: (request) => opts.applications.withdraw(actorOf(request), request.params.id, request.body),
  });
  r.get('/api/introductions', {
    config: candidate,
    schema: {
      tags,
      summary: 'Introduction requests addressed to me, pending first',
      response: ok(introductionsResponse),
    },
    handler: async (request) => ({
      introductions: await opts.introductions.listForCandidate(actorOf(request)),
    }),
  });
  r.post('/api/introductions/:id/accept', {
    config: candidate,
    schema: {
      tags,
      summary: 'Accept: my identity is revealed to that organisation only, and I enter its pipeline',
      params: idParamsSchema,
      response: ok(introductionSchema),
    },
    handler: (request) => opts.introductions.accept(actorOf(request), request.params.id),
  });
  r.post('/api/introductions/:id/decline', {
    config: candidate,
    schema: {
      tags,
      summary: 'Decline, with an optional reason; I stay anonymous to them',
      params: idParamsSchema,
      body: declineIntroductionBody,
      response: ok(introductionSchema),
    },
    handler: (request) => opts.introductions.decline(actorOf(request), request.params.id, request.body),
  });
  r.post('/api/offers/:id/accept', {
    config: candidate,
    schema: {
      tags,
      summary: 'Accept an offer (I am hired); optionally share it anonymised with the salary benchmarks',
      params: idParamsSchema,
      body: acceptOfferBody,
      response: ok(offerSchema),
    },
    handler: (request) => opts.offers.accept(actorOf(request), request.params.id, request.body),
  });
  r.post('/api/offers/:id/decline', {
    config: candidate,
    schema: {
      tags,
      summary: 'Decline an offer',
      params: idParamsSchema,
      body: declineOfferBody,
      response: ok(offerSchema),
    },
    handler: (request) => opts.offers.decline(actorOf(request), request.params.id, request.body),
  });
  r.get('/api/jobs/:slug/responsiveness', {
    config: { access: 'public' },
    schema: {
      tags,
      summary: 'How the position’s organisation answers applications: median first response and rate',
      params: slugParams,
      response: ok(organisationResponsivenessSchema),
    },
    handler: (request) => opts.applications.responsivenessOfPosition(request.params.slug),
  });
  r.get('/api/activity', {
    config: candidate,
    schema: {
      tags,
      summary:
        'Which verified organisations viewed my profile, and how often I was saved, shortlisted or asked',
      response: ok(activityResponse),
    },
    handler: (request) => opts.activity.forCandidate(actorOf(request)),
  });
}
