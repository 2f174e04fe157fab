import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { AppError } from '../../core/errors.js';
import type { AuthService, ResolvedSession } from '../../modules/auth/auth.service.js';
import type { Access } from '../types.js';

export interface SessionCookie {
  name: string;
  secure: boolean;
}

/** The cookie name; the __Host- prefix pins it to this origin whenever it can be Secure. */
export function sessionCookie(secure: boolean): SessionCookie {
  return { name: secure ? '__Host-ath_session' : 'ath_session', secure };
}

/** Sets the session cookie: httpOnly, SameSite=Lax, Secure on https. */
export function setSessionCookie(
  reply: FastifyReply,
  cookie: SessionCookie,
  token: string,
  expires: Date,
): void {
  reply.setCookie(cookie.name, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: cookie.secure,
    path: '/',
    expires,
  });
}

export function clearSessionCookie(reply: FastifyReply, cookie: SessionCookie): void {
  reply.clearCookie(cookie.name, { httpOnly: true, sameSite: 'lax', secure: cookie.secure, path: '/' });
}

/** The signed-in session; routes with a non-public access rule guarantee it, this keeps types honest. */
export function requireSession(request: FastifyRequest): ResolvedSession {
  if (!request.auth) throw new AppError('unauthenticated', 'Sign in to continue.');
  return request.auth;
}

function allows(access: Access, request: FastifyRequest): boolean {
  const user = request.auth?.user;
  if (access === 'public') return true;
  if (!user) throw new AppError('unauthenticated', 'Sign in to continue.');
  if (access === 'user') return true;
  if (access === 'admin') return user.isAdmin;
  return user.accountType === access;
}

/** Resolves the session cookie and enforces each route's declared access before anything else runs. */
export const sessionPlugin = fp(
  async (app: FastifyInstance, opts: { auth: AuthService; cookie: SessionCookie }) => {
    app.decorateRequest('auth', null);
    app.addHook('onRequest', async (request) => {
      const token = request.cookies[opts.cookie.name];
      request.auth = token ? ((await opts.auth.resolveSession(token)) ?? null) : null;
      const access = request.routeOptions.config.access;
      if (access && !allows(access, request)) throw new AppError('forbidden', 'Your account cannot do this.');
    });
  },
);
