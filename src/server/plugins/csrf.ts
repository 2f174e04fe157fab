import fastifyCsrf from '@fastify/csrf-protection';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Double-submit CSRF protection on every state-changing API call: the token from GET /api/auth/csrf
 * must come back in the x-csrf-token header, matching the signed secret cookie. Sign-in and sign-up
 * are covered too, which also stops login CSRF.
 */
export const csrfPlugin = fp(async (app: FastifyInstance, opts: { secure: boolean }) => {
  await app.register(fastifyCsrf, {
    sessionPlugin: '@fastify/cookie',
    cookieKey: opts.secure ? '__Host-ath_csrf' : 'ath_csrf',
    cookieOpts: { signed: true, httpOnly: true, sameSite: 'lax', secure: opts.secure, path: '/' },
    getToken: (request) => {
      const header = request.headers['x-csrf-token'];
      return Array.isArray(header) ? header[0] : header;
    },
  });
  app.addHook('onRequest', (request, reply, done) => {
    if (!STATE_CHANGING.has(request.method) || !request.url.startsWith('/api/')) return done();
    app.csrfProtection(request, reply, done);
  });
});
