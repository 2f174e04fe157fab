import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  acceptedResponse,
  csrfResponse,
  emailOnlyBody,
  meResponse,
  passwordResetConfirmBody,
  passwordResetConfirmResponse,
  sessionListResponse,
  signInBody,
  signInResponse,
  signUpBody,
  updateMeBody,
  verifyEmailBody,
  verifyEmailResponse,
} from '../../contracts/auth.js';
import { idParamsSchema } from '../../contracts/common.js';
import {
  clearSessionCookie,
  requireSession,
  type SessionCookie,
  setSessionCookie,
} from '../../server/plugins/session.js';
import { problemResponses } from '../../server/responses.js';
import type { AuthService } from './auth.service.js';
import { toUserView } from './user-view.js';

const tags = ['auth'];
const accepted = (message: string) => ({ status: 'accepted' as const, message });
const client = (request: FastifyRequest) => ({ ip: request.ip, userAgent: request.headers['user-agent'] });

/** Account routes: sign-up, sign-in, verification, reset, the current user and their sessions. */
export async function authRoutes(app: FastifyInstance, opts: { auth: AuthService; cookie: SessionCookie }) {
  const { auth, cookie } = opts;
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/auth/csrf', {
    config: { access: 'public' },
    schema: {
      tags,
      summary: 'Issue a CSRF token for state-changing calls',
      response: { 200: csrfResponse, ...problemResponses },
    },
    handler: async (_request, reply) => ({ token: reply.generateCsrf() }),
  });

  r.post('/api/auth/sign-up', {
    config: { access: 'public' },
    schema: {
      tags,
      summary: 'Create an account',
      body: signUpBody,
      response: { 202: acceptedResponse, ...problemResponses },
    },
    handler: async (request, reply) => {
      await auth.signUp(request.body, client(request));
      return reply.code(202).send(accepted('If the address can be used, a confirmation mail is on its way.'));
    },
  });

  r.post('/api/auth/verify-email', {
    config: { access: 'public' },
    schema: {
      tags,
      summary: 'Confirm an email address',
      body: verifyEmailBody,
      response: { 200: verifyEmailResponse, ...problemResponses },
    },
    handler: async (request) => {
      await auth.verifyEmail(request.body.token);
      return { status: 'verified' as const };
    },
  });

  r.post('/api/auth/resend-verification', {
    config: { access: 'public' },
    schema: {
      tags,
      summary: 'Send the confirmation mail again',
      body: emailOnlyBody,
      response: { 202: acceptedResponse, ...problemResponses },
    },
    handler: async (request, reply) => {
      await auth.resendVerification(request.body.email, client(request));
      return reply
        .code(202)
        .send(accepted('If the account exists and is unconfirmed, a new mail is on its way.'));
    },
  });

  r.post('/api/auth/sign-in', {
    config: { access: 'public' },
    schema: {
      tags,
      summary: 'Sign in and receive a session cookie',
      body: signInBody,
      response: { 200: signInResponse, ...problemResponses },
    },
    handler: async (request, reply) => {
      const session = await auth.signIn(request.body, client(request));
      setSessionCookie(reply, cookie, session.token, session.expiresAt);
      return { user: session.user };
    },
  });

  r.post('/api/auth/sign-out', {
    config: { access: 'user' },
    schema: { tags, summary: 'End the current session', response: { 204: z.null(), ...problemResponses } },
    handler: async (request, reply) => {
      const { user, sessionId } = requireSession(request);
      await auth.signOut(user.id, sessionId);
      clearSessionCookie(reply, cookie);
      return reply.code(204).send(null);
    },
  });

  r.post('/api/auth/password-reset/request', {
    config: { access: 'public' },
    schema: {
      tags,
      summary: 'Mail a password-reset link',
      body: emailOnlyBody,
      response: { 202: acceptedResponse, ...problemResponses },
    },
    handler: async (request, reply) => {
      await auth.requestPasswordReset(request.body.email, client(request));
      return reply.code(202).send(accepted('If the address has an account, a reset link is on its way.'));
    },
  });

  r.post('/api/auth/password-reset/confirm', {
    config: { access: 'public' },
    schema: {
      tags,
      summary: 'Set a new password with a mailed token',
      body: passwordResetConfirmBody,
      response: { 200: passwordResetConfirmResponse, ...problemResponses },
    },
    handler: async (request) => {
      await auth.confirmPasswordReset(request.body.token, request.body.password);
      return { status: 'password_changed' as const };
    },
  });

  r.get('/api/auth/me', {
    config: { access: 'user' },
    schema: { tags, summary: 'The signed-in account', response: { 200: meResponse, ...problemResponses } },
    handler: async (request) => ({ user: toUserView(requireSession(request).user) }),
  });

  r.patch('/api/auth/me', {
    config: { access: 'user' },
    schema: {
      tags,
      summary: 'Change name or language',
      body: updateMeBody,
      response: { 200: meResponse, ...problemResponses },
    },
    handler: async (request) => ({
      user: await auth.updateMe(requireSession(request).user.id, request.body),
    }),
  });

  r.get('/api/auth/sessions', {
    config: { access: 'user' },
    schema: {
      tags,
      summary: 'My live sessions',
      response: { 200: sessionListResponse, ...problemResponses },
    },
    handler: async (request) => {
      const { user, sessionId } = requireSession(request);
      return { sessions: await auth.listSessions(user.id, sessionId) };
    },
  });

  r.delete('/api/auth/sessions/:id', {
    config: { access: 'user' },
    schema: {
      tags,
      summary: 'Revoke one of my sessions',
      params: idParamsSchema,
      response: { 204: z.null(), ...problemResponses },
    },
    handler: async (request, reply) => {
      const { user, sessionId } = requireSession(request);
      await auth.revokeSession(user.id, request.params.id);
      if (request.params.id === sessionId) clearSessionCookie(reply, cookie);
      return reply.code(204).send(null);
    },
  });
}
