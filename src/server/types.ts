import type { ResolvedSession } from '../modules/auth/auth.service.js';
import type { LiveHub } from '../modules/live/live.hub.js';
import type { MatchIndexes } from '../modules/matching/matching.indexes.js';
import type { NotificationDelivery } from '../modules/notifications/notifications.delivery.js';
import type { PositionService } from '../modules/positions/positions.service.js';
import type { SalaryIndexes } from '../modules/salaries/salaries.indexes.js';

/**
 * Who may call a route. Every /api route declares one in its config; buildApp refuses to start
 * when one is missing, and the authorization suite checks each declaration by behaviour.
 */
export type Access = 'public' | 'user' | 'candidate' | 'employer' | 'admin';

export interface RouteEntry {
  method: string;
  url: string;
  access: Access | undefined;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Every route registered, for the authorization suite and the OpenAPI completeness test. */
    routeCatalogue: RouteEntry[];
    /** For the expiry sweep that server.ts runs beside the HTTP server. */
    positions: PositionService;
    /** The matcher's in-memory indexes: server.ts starts them; tests sync and rebuild them. */
    matchIndexes: MatchIndexes;
    /** The salary indexes: server.ts starts them; tests refresh them after writing records. */
    salaryIndexes: SalaryIndexes;
    /** Notification emails (instant and the daily digest): server.ts starts it; tests run it once. */
    notificationDelivery: NotificationDelivery;
    /** Server-sent events: every process tails live_events and feeds its open streams. */
    live: LiveHub;
  }
  interface FastifyContextConfig {
    access?: Access;
  }
  interface FastifyRequest {
    /** The signed-in session, resolved from the cookie before any handler runs. */
    auth: ResolvedSession | null;
  }
}
