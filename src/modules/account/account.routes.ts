import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { sessionSchema, userSchema } from '../../contracts/auth.js';
import { deleteAccountBody, profileSchema } from '../../contracts/profile.js';
import { clearSessionCookie, requireSession, type SessionCookie } from '../../server/plugins/session.js';
import { problemResponses } from '../../server/responses.js';
import type { AccountService } from './account.service.js';

const tags = ['account'];
const dataExportResponse = z.object({
  exportedAt: z.iso.datetime(),
  account: userSchema,
  sessions: z.array(sessionSchema),
  memberships: z.array(z.object({ organisation: z.string(), role: z.string(), since: z.iso.datetime() })),
  profile: profileSchema.nullable(),
  /** Applications and their moves, introductions, offers, messages sent, notifications and settings, career snapshots, profile views. */
  marketplace: z.record(z.string(), z.array(z.record(z.string(), z.unknown()))),
});

/** Download all my data; delete my account. */
export async function accountRoutes(
  app: FastifyInstance,
  opts: { account: AccountService; cookie: SessionCookie },
) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/api/account/data', {
    config: { access: 'user' },
    schema: {
      tags,
      summary: 'Everything we hold about me, as JSON',
      response: { 200: dataExportResponse, ...problemResponses },
    },
    handler: async (request, reply) => {
      const { user, sessionId } = requireSession(request);
      reply.header('content-disposition', 'attachment; filename="ai-talent-hub-data.json"');
      return opts.account.exportData(user.id, sessionId);
    },
  });
  r.delete('/api/account', {
    config: { access: 'user' },
    schema: {
      tags,
      summary: 'Delete my account and personal data',
      body: deleteAccountBody,
      response: { 204: z.null(), ...problemResponses },
    },
    handler: async (request, reply) => {
      await opts.account.deleteAccount(requireSession(request).user.id, request.body.password);
      clearSessionCookie(reply, opts.cookie);
      return reply.code(204).send(null);
    },
  });
}
