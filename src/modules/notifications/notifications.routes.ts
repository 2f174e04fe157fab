import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { idParamsSchema } from '../../contracts/common.js';
import {
  notificationListQuery,
  notificationListResponse,
  notificationSettingsBody,
  notificationSettingsResponse,
  unreadNotificationsResponse,
  unsubscribeBody,
  unsubscribeResponse,
} from '../../contracts/notifications.js';
import { requireSession } from '../../server/plugins/session.js';
import { ok } from '../../server/responses.js';
import type { NotificationService } from './notifications.service.js';

const tags = ['notifications'];
const user = { access: 'user' as const };
const me = (request: FastifyRequest) => requireSession(request).user.id;

/** The in-app list, read marks, per-kind settings, and the unsubscribe links' landing. */
export async function notificationRoutes(app: FastifyInstance, opts: { notifications: NotificationService }) {
  const s = opts.notifications;
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/notifications', {
    config: user,
    schema: {
      tags,
      summary: 'My notifications: unread first, newest first within each',
      querystring: notificationListQuery,
      response: ok(notificationListResponse),
    },
    handler: (request) => s.list(me(request), request.query),
  });
  r.get('/api/notifications/unread', {
    config: user,
    schema: {
      tags,
      summary: 'How many of my notifications are unread',
      response: ok(unreadNotificationsResponse),
    },
    handler: (request) => s.unread(me(request)),
  });
  r.post('/api/notifications/:id/read', {
    config: user,
    schema: {
      tags,
      summary: 'Mark one of my notifications read',
      params: idParamsSchema,
      response: ok(unreadNotificationsResponse),
    },
    handler: (request) => s.markRead(me(request), request.params.id),
  });
  r.post('/api/notifications/read-all', {
    config: user,
    schema: { tags, summary: 'Mark all my notifications read', response: ok(unreadNotificationsResponse) },
    handler: (request) => s.markAllRead(me(request)),
  });
  r.get('/api/notifications/settings', {
    config: user,
    schema: {
      tags,
      summary: 'Per-kind settings (in-app on or off; email off, instant or daily), defaults filled in',
      response: ok(notificationSettingsResponse),
    },
    handler: (request) => s.settings(me(request)),
  });
  r.put('/api/notifications/settings', {
    config: user,
    schema: {
      tags,
      summary: 'Change the settings of some kinds',
      body: notificationSettingsBody,
      response: ok(notificationSettingsResponse),
    },
    handler: (request) => s.updateSettings(me(request), request.body),
  });
  r.post('/api/notifications/unsubscribe', {
    config: { access: 'public' },
    schema: {
      tags,
      summary: "Turn off the email an unsubscribe link names (the link's signed token is the credential)",
      body: unsubscribeBody,
      response: ok(unsubscribeResponse),
    },
    handler: (request) => s.unsubscribe(request.body.token),
  });
}
