import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  skillExtractBody,
  skillExtractResponse,
  skillSearchQuery,
  skillSearchResponse,
} from '../../contracts/skills.js';
import { problemResponses } from '../../server/responses.js';
import type { SkillsService } from './skills.service.js';

const tags = ['skills'];

/** The skills taxonomy: autocomplete for the skill picker, and extraction from free text. */
export async function skillsRoutes(app: FastifyInstance, opts: { skills: SkillsService }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/api/skills/search', {
    config: { access: 'public' },
    schema: {
      tags,
      summary: 'Search skills by name or alias',
      querystring: skillSearchQuery,
      response: { 200: skillSearchResponse, ...problemResponses },
    },
    handler: async (request) => ({ skills: opts.skills.search(request.query.q, request.query.limit) }),
  });
  r.post('/api/skills/extract', {
    config: { access: 'user' },
    schema: {
      tags,
      summary: 'Find taxonomy skills in a text',
      body: skillExtractBody,
      response: { 200: skillExtractResponse, ...problemResponses },
    },
    handler: async (request) => ({ skills: opts.skills.extract(request.body.text) }),
  });
}
