import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, useLocation } from 'react-router';
import { fetchUnreadNotifications } from '../../api/notifications';
import { useFormatters } from '../../lib/format';
import { useLiveEvents } from './liveContext';
import { NOTIFICATIONS_CHANGED } from './notificationsChanged';

/** The header's bell: a link to the notification list, with the unread count kept live. */
export function NotificationBell() {
  const { t } = useTranslation();
  const format = useFormatters();
  const { pathname } = useLocation();
  const [unread, setUnread] = useState(0);

  const refresh = useCallback(() => {
    fetchUnreadNotifications().then(setUnread, () => undefined);
  }, []);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a page change is a cheap moment to re-count.
  useEffect(() => refresh(), [refresh, pathname]);
  useEffect(() => {
    const onChanged = (event: Event) => {
      const count = (event as CustomEvent<number | null>).detail;
      if (typeof count === 'number') setUnread(count);
      else refresh();
    };
    window.addEventListener(NOTIFICATIONS_CHANGED, onChanged);
    return () => window.removeEventListener(NOTIFICATIONS_CHANGED, onChanged);
  }, [refresh]);
  useLiveEvents((event) => {
    if (event.kind === 'notification') refresh();
  });

  const label = unread > 0 ? t('notifications.bellUnread', { count: unread }) : t('notifications.bell');
  return (
    <NavLink to="/notifications" className="bell" title={label}>
      <span className="visually-hidden">{label}</span>
      <svg className="bell__icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true">
        <path
          d="M12 3a6 6 0 0 0-6 6v3.6l-1.6 2.7A1 1 0 0 0 5.3 17h13.4a1 1 0 0 0 .9-1.7L18 12.6V9a6 6 0 0 0-6-6Zm-2.2 15.5a2.3 2.3 0 0 0 4.4 0"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.8"
          strokeLinejoin="round"
        />
      </svg>
      {unread > 0 ? (
        <span className="bell__count" aria-hidden="true">
          {unread > 99 ? `${format.number(99)}+` : format.number(unread)}
        </span>
      ) : null}
    </NavLink>
  );
}
