import {
  type NotificationListResponse,
  type NotificationSettingsBody,
  type NotificationSettingsResponse,
  type NotificationView,
  notificationListResponse,
  notificationSettingsResponse,
  type UnsubscribeResponse,
  unreadNotificationsResponse,
  unsubscribeResponse,
} from '../../../src/contracts/notifications.js';
import { requestJson } from './client';

export type { NotificationListResponse, NotificationSettingsResponse, NotificationView, UnsubscribeResponse };

export function fetchNotifications(cursor?: string): Promise<NotificationListResponse> {
  const query = cursor ? `?cursor=${encodeURIComponent(cursor)}` : '';
  return requestJson('GET', `/api/notifications${query}`, notificationListResponse);
}

export async function fetchUnreadNotifications(): Promise<number> {
  return (await requestJson('GET', '/api/notifications/unread', unreadNotificationsResponse)).unread;
}

/** Marks one read; answers with the unread count left. */
export async function markNotificationRead(notificationId: string): Promise<number> {
  return (
    await requestJson(
      'POST',
      `/api/notifications/${encodeURIComponent(notificationId)}/read`,
      unreadNotificationsResponse,
    )
  ).unread;
}

export async function markAllNotificationsRead(): Promise<number> {
  return (await requestJson('POST', '/api/notifications/read-all', unreadNotificationsResponse)).unread;
}

export function fetchNotificationSettings(): Promise<NotificationSettingsResponse> {
  return requestJson('GET', '/api/notifications/settings', notificationSettingsResponse);
}

export function saveNotificationSettings(
  body: NotificationSettingsBody,
): Promise<NotificationSettingsResponse> {
  return requestJson('PUT', '/api/notifications/settings', notificationSettingsResponse, body);
}

/** Spends an email's unsubscribe token (forged, expired or used tokens come back as problems). */
export function unsubscribe(token: string): Promise<UnsubscribeResponse> {
  return requestJson('POST', '/api/notifications/unsubscribe', unsubscribeResponse, { token });
}
