import type { ResolvedSession } from '../modules/auth/auth.service.js';

/**
 * Who may call a route. Every /api route declares one in its config; buildApp refuses to start
 * when one is missing, and the authorization suite checks each declaration by behaviour.
 */
export type Access = 'public' | 'user' | 'candidate' | 'employer' | 'admin';

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
  }
  interface FastifyRequest {
    /** The signed-in session, resolved from the cookie before any handler runs. */
    auth: ResolvedSession | null;
  }
}
