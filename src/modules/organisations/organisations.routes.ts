import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParamsSchema } from '../../contracts/common.js';
import {
  adminOrganisationQuery,
  auditResponse,
  decisionBody,
  domainVerificationBody,
  invitationBody,
  invitationParams,
  invitationSchema,
  invitationsResponse,
  memberParams,
  memberRoleBody,
  membersResponse,
  organisationBody,
  organisationListResponse,
  organisationViewSchema,
  registrationBody,
  tokenBody,
} from '../../contracts/organisations.js';
import { requireSession } from '../../server/plugins/session.js';
import { problemResponses } from '../../server/responses.js';
import type { Actor, OrganisationService } from './organisations.service.js';

const tags = ['organisations'];
const ok = (schema: z.ZodType) => ({ 200: schema, ...problemResponses });
const noContent = { 204: z.null(), ...problemResponses };

export function actorOf(request: FastifyRequest): Actor {
  const { user } = requireSession(request);
  return {
    id: user.id,
    displayName: user.displayName,
    email: user.email,
    locale: user.locale,
    accountType: user.accountType,
  };
}

/** Organisations, members, invitations and verification; admins' review queue. */
export async function organisationRoutes(app: FastifyInstance, opts: { organisations: OrganisationService }) {
  const s = opts.organisations;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const employer = { access: 'employer' as const };
  const admin = { access: 'admin' as const };

  r.post('/api/organisations', {
    config: employer,
    schema: {
      tags,
      summary: 'Create an organisation; I become its owner',
      body: organisationBody,
      response: { 201: organisationViewSchema, ...problemResponses },
    },
    handler: async (request, reply) => reply.code(201).send(await s.create(actorOf(request), request.body)),
  });
  r.get('/api/organisations', {
    config: employer,
    schema: { tags, summary: 'My organisations', response: ok(organisationListResponse) },
    handler: async (request) => ({ organisations: await s.listMine(actorOf(request)) }),
  });
  r.get('/api/organisations/:id', {
    config: employer,
    schema: {
      tags,
      summary: 'One of my organisations',
      params: idParamsSchema,
      response: ok(organisationViewSchema),
    },
    handler: (request) => s.get(actorOf(request), request.params.id),
  });
  r.patch('/api/organisations/:id', {
    config: employer,
    schema: {
      tags,
      summary: 'Edit the organisation (owners)',
      params: idParamsSchema,
      body: organisationBody,
      response: ok(organisationViewSchema),
    },
    handler: (request) => s.update(actorOf(request), request.params.id, request.body),
  });

  r.get('/api/organisations/:id/members', {
    config: employer,
    schema: {
      tags,
      summary: 'Members and their roles',
      params: idParamsSchema,
      response: ok(membersResponse),
    },
    handler: async (request) => ({ members: await s.members(actorOf(request), request.params.id) }),
  });
  r.patch('/api/organisations/:id/members/:userId', {
    config: employer,
    schema: {
      tags,
      summary: "Change a member's role (owners)",
      params: memberParams,
      body: memberRoleBody,
      response: ok(membersResponse),
    },
    handler: async (request) => ({
      members: await s.setMemberRole(
        actorOf(request),
        request.params.id,
        request.params.userId,
        request.body.role,
      ),
    }),
  });
  r.delete('/api/organisations/:id/members/:userId', {
    config: employer,
    schema: {
      tags,
      summary: 'Remove a member (owners), or leave (myself)',
      params: memberParams,
      response: noContent,
    },
    handler: async (request, reply) => {
      await s.removeMember(actorOf(request), request.params.id, request.params.userId);
      return reply.code(204).send(null);
    },
  });

  r.get('/api/organisations/:id/invitations', {
    config: employer,
    schema: {
      tags,
      summary: 'Pending invitations (owners)',
      params: idParamsSchema,
      response: ok(invitationsResponse),
    },
    handler: async (request) => ({ invitations: await s.invitations(actorOf(request), request.params.id) }),
  });
  r.post('/api/organisations/:id/invitations', {
    config: employer,
    schema: {
      tags,
      summary: 'Invite someone by email (owners)',
      params: idParamsSchema,
      body: invitationBody,
      response: { 201: invitationSchema, ...problemResponses },
    },
    handler: async (request, reply) =>
      reply
        .code(201)
        .send(await s.invite(actorOf(request), request.params.id, request.body.email, request.body.role)),
  });
  r.delete('/api/organisations/:id/invitations/:invitationId', {
    config: employer,
    schema: { tags, summary: 'Revoke an invitation (owners)', params: invitationParams, response: noContent },
    handler: async (request, reply) => {
      await s.revokeInvitation(actorOf(request), request.params.id, request.params.invitationId);
      return reply.code(204).send(null);
    },
  });
  r.post('/api/invitations/accept', {
    config: { access: 'user' },
    schema: {
      tags,
      summary: 'Accept an invitation sent to my email',
      body: tokenBody,
      response: ok(organisationViewSchema),
    },
    handler: (request) => s.acceptInvitation(actorOf(request), request.body.token),
  });

  r.post('/api/organisations/:id/domain-verification', {
    config: employer,
    schema: {
      tags,
      summary: "Mail a token to an address at the organisation's domain",
      params: idParamsSchema,
      body: domainVerificationBody,
      response: { 202: z.object({ sentTo: z.string() }), ...problemResponses },
    },
    handler: async (request, reply) =>
      reply
        .code(202)
        .send(await s.requestDomainVerification(actorOf(request), request.params.id, request.body.email)),
  });
  r.post('/api/domain-verification/confirm', {
    config: employer,
    schema: {
      tags,
      summary: 'Confirm domain control with the mailed token',
      body: tokenBody,
      response: ok(organisationViewSchema),
    },
    handler: (request) => s.confirmDomain(actorOf(request), request.body.token),
  });
  r.post('/api/organisations/:id/registration', {
    config: employer,
    schema: {
      tags,
      summary: 'Submit the registration details for admin review (owners)',
      params: idParamsSchema,
      body: registrationBody,
      response: ok(organisationViewSchema),
    },
    handler: (request) => s.submitRegistration(actorOf(request), request.params.id, request.body),
  });
  r.get('/api/organisations/:id/audit', {
    config: employer,
    schema: {
      tags,
      summary: 'Verification and lifecycle decisions',
      params: idParamsSchema,
      response: ok(auditResponse),
    },
    handler: async (request) => ({ entries: await s.auditTrail(actorOf(request), request.params.id) }),
  });

  r.get('/api/admin/organisations', {
    config: admin,
    schema: {
      tags: ['admin'],
      summary: 'Organisations by registration review status',
      querystring: adminOrganisationQuery,
      response: ok(organisationListResponse),
    },
    handler: async (request) => ({ organisations: await s.byRegistration(request.query.status) }),
  });
  r.post('/api/admin/organisations/:id/decision', {
    config: admin,
    schema: {
      tags: ['admin'],
      summary: 'Approve or reject a registration',
      params: idParamsSchema,
      body: decisionBody,
      response: ok(organisationViewSchema),
    },
    handler: (request) =>
      s.decide(actorOf(request), request.params.id, request.body.decision, request.body.reason),
  });
  r.get('/api/admin/audit', {
    config: admin,
    schema: { tags: ['admin'], summary: 'The platform audit trail', response: ok(auditResponse) },
    handler: async () => ({ entries: await s.platformAudit() }),
  });
}
