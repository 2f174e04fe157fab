/** A window event pages fire after marking notifications read; detail is the new unread count, if known. */
export const NOTIFICATIONS_CHANGED = 'ath:notifications-changed';

export function announceNotificationsChanged(unread: number | null): void {
  window.dispatchEvent(new CustomEvent(NOTIFICATIONS_CHANGED, { detail: unread }));
}
