import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParamsSchema } from '../../contracts/common.js';
import {
  basicsSchema,
  candidateViewSchema,
  completenessSchema,
  goalsSchema,
  profileItemBodySchema,
  profileItemSchema,
  profileSchema,
  skillsBodySchema,
  visibilitySettingsSchema,
} from '../../contracts/profile.js';
import { requireSession } from '../../server/plugins/session.js';
import { problemResponses } from '../../server/responses.js';
import type { ProfileService } from './profile.service.js';

const tags = ['profile'];
const previewQuery = z.strictObject({ mode: z.enum(['verified_employers', 'anonymous']) });

/** The candidate's own profile sections, and the employer view of a candidate. */
export async function profileRoutes(app: FastifyInstance, opts: { profile: ProfileService }) {
  const { profile } = opts;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const mine = { access: 'candidate' as const };
  const ok = (schema: z.ZodType) => ({ 200: schema, ...problemResponses });

  r.get('/api/profile', {
    config: mine,
    schema: { tags, summary: 'My profile', response: ok(profileSchema) },
    handler: (request) => profile.get(requireSession(request).user.id),
  });
  r.put('/api/profile/basics', {
    config: mine,
    schema: {
      tags,
      summary: 'Save headline, summary, location, years and languages',
      body: basicsSchema,
      response: ok(profileSchema),
    },
    handler: (request) => profile.updateBasics(requireSession(request).user.id, request.body),
  });
  r.put('/api/profile/goals', {
    config: mine,
    schema: { tags, summary: 'Save career goals', body: goalsSchema, response: ok(profileSchema) },
    handler: (request) => profile.updateGoals(requireSession(request).user.id, request.body),
  });
  r.put('/api/profile/visibility', {
    config: mine,
    schema: {
      tags,
      summary: 'Choose who sees me, and block employer domains',
      body: visibilitySettingsSchema,
      response: ok(profileSchema),
    },
    handler: (request) => profile.updateVisibility(requireSession(request).user.id, request.body),
  });
  r.put('/api/profile/skills', {
    config: mine,
    schema: {
      tags,
      summary: 'Replace my skills and their evidence',
      body: skillsBodySchema,
      response: ok(profileSchema),
    },
    handler: (request) => profile.replaceSkills(requireSession(request).user.id, request.body),
  });
  r.post('/api/profile/items', {
    config: mine,
    schema: {
      tags,
      summary: 'Add a project, certification, publication, role or education',
      body: profileItemBodySchema,
      response: { 201: profileItemSchema, ...problemResponses },
    },
    handler: async (request, reply) =>
      reply.code(201).send(await profile.addItem(requireSession(request).user.id, request.body)),
  });
  r.put('/api/profile/items/:id', {
    config: mine,
    schema: {
      tags,
      summary: 'Replace one of my items',
      params: idParamsSchema,
      body: profileItemBodySchema,
      response: ok(profileItemSchema),
    },
    handler: (request) =>
      profile.updateItem(requireSession(request).user.id, request.params.id, request.body),
  });
  r.delete('/api/profile/items/:id', {
    config: mine,
    schema: {
      tags,
      summary: 'Delete one of my items',
      params: idParamsSchema,
      response: { 204: z.null(), ...problemResponses },
    },
    handler: async (request, reply) => {
      await profile.deleteItem(requireSession(request).user.id, request.params.id);
      return reply.code(204).send(null);
    },
  });
  r.get('/api/profile/completeness', {
    config: mine,
    schema: {
      tags,
      summary: 'Completeness score and the three most valuable next steps',
      response: ok(completenessSchema),
    },
    handler: (request) => profile.completeness(requireSession(request).user.id),
  });
  r.get('/api/profile/preview', {
    config: mine,
    schema: {
      tags,
      summary: 'See my profile exactly as employers see it',
      querystring: previewQuery,
      response: ok(candidateViewSchema),
    },
    handler: (request) => profile.preview(requireSession(request).user.id, request.query.mode),
  });
  r.get('/api/candidates/:id', {
    config: { access: 'employer' },
    schema: {
      tags: ['candidates'],
      summary: "A candidate's profile as my verified organisation may see it",
      params: idParamsSchema,
      response: ok(candidateViewSchema),
    },
    handler: (request) => profile.viewAsEmployer(requireSession(request).user.id, request.params.id),
  });
}
