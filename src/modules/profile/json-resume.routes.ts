import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { jsonResumeImportBody, jsonResumeImportResponse } from '../../contracts/profile.js';
import { requireSession } from '../../server/plugins/session.js';
import { problemResponses } from '../../server/responses.js';
import type { JsonResumeService } from './json-resume.service.js';

const tags = ['profile'];

/** JSON Resume import (dry-run preview, then merge or replace) and export. */
export async function jsonResumeRoutes(app: FastifyInstance, opts: { jsonResume: JsonResumeService }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.post('/api/profile/import/json-resume', {
    config: { access: 'candidate' },
    schema: {
      tags,
      summary: 'Import a JSON Resume: preview with dryRun, then merge or replace',
      body: jsonResumeImportBody,
      response: { 200: jsonResumeImportResponse, ...problemResponses },
    },
    handler: (request) => opts.jsonResume.importResume(requireSession(request).user.id, request.body),
  });
  r.get('/api/profile/export/json-resume', {
    config: { access: 'candidate' },
    schema: {
      tags,
      summary: 'My profile as a JSON Resume (schema v1), with our extras under x-aitalenthub',
      response: { 200: z.record(z.string(), z.unknown()), ...problemResponses },
    },
    handler: async (request, reply) => {
      reply.header('content-disposition', 'attachment; filename="resume.json"');
      return (await opts.jsonResume.exportResume(requireSession(request).user.id)) as Record<string, unknown>;
    },
  });
}
