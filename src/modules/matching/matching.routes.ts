import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParamsSchema } from '../../contracts/common.js';
import {
  candidateMatchesQuery,
  candidateMatchesResponse,
  dismissReasonSchema,
  explainQuery,
  jobMatchesQuery,
  jobMatchesResponse,
  matchActionBody,
  matchActionSchema,
  matchPairParams,
  matchResultSchema,
} from '../../contracts/matching.js';
import { AppError } from '../../core/errors.js';
import { problemResponses } from '../../server/responses.js';
import { actorOf } from '../organisations/organisations.routes.js';
import type { MatchingService } from './matching.service.js';

const tags = ['matching'];
const ok = (schema: z.ZodType) => ({ 200: schema, ...problemResponses });

/** Ranked matches both ways, one pair's explanation, and recruiters' actions. */
export async function matchingRoutes(app: FastifyInstance, opts: { matching: MatchingService }) {
  const s = opts.matching;
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/matches/jobs', {
    config: { access: 'candidate' },
    schema: {
      tags,
      summary: 'Open positions for me, best first, each score explained',
      querystring: jobMatchesQuery,
      response: ok(jobMatchesResponse),
    },
    handler: (request) => s.jobsForCandidate(actorOf(request), request.query),
  });
  r.get('/api/positions/:id/candidates', {
    config: { access: 'employer' },
    schema: {
      tags,
      summary: "Candidates for one of my organisation's positions, best first",
      params: idParamsSchema,
      querystring: candidateMatchesQuery,
      response: ok(candidateMatchesResponse),
    },
    handler: (request) => s.candidatesForPosition(actorOf(request), request.params.id, request.query),
  });
  r.get('/api/matches/explain', {
    config: { access: 'user' },
    schema: {
      tags,
      summary: 'One pair explained: a candidate about a position, or a member about a candidate',
      querystring: explainQuery,
      response: ok(matchResultSchema),
    },
    handler: (request) => {
      const actor = actorOf(request);
      if (actor.accountType === 'admin')
        throw new AppError('forbidden', 'Matches are for candidates and employers.');
      return s.explain(actor, request.query.positionId, request.query.candidateId);
    },
  });
  r.post('/api/positions/:id/candidates/:candidateId/actions', {
    config: { access: 'employer' },
    schema: {
      tags,
      summary: 'Save, shortlist or dismiss (with a reason) a ranked candidate',
      params: matchPairParams,
      body: matchActionBody,
      response: {
        201: z.object({
          action: matchActionSchema,
          reason: dismissReasonSchema.nullable(),
          at: z.iso.datetime(),
        }),
        ...problemResponses,
      },
    },
    handler: async (request, reply) =>
      reply
        .code(201)
        .send(
          await s.recordAction(actorOf(request), request.params.id, request.params.candidateId, request.body),
        ),
  });
}
