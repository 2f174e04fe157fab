import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import {
  fetchNotifications,
  markAllNotificationsRead,
  markNotificationRead,
  type NotificationView,
} from '../../api/notifications';
import { errorMessage } from '../../i18n/errors';
import { useFormatters } from '../../lib/format';
import { useLoad } from '../../lib/useLoad';
import { usePageTitle } from '../../lib/usePageTitle';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { LoadBoundary } from '../../ui/LoadBoundary';
import { PageHeader } from '../../ui/PageHeader';
import { LiveStatusNote } from './LiveStatusNote';
import { useLiveEvents } from './liveContext';
import { announceNotificationsChanged } from './notificationsChanged';
import { notificationText } from './notificationText';

interface Listing {
  notifications: NotificationView[];
  nextCursor: string | null;
  unread: number;
}

/** /notifications: unread first, newest first; each one marks read when opened or on request. */
export function NotificationsPage() {
  const { t } = useTranslation();
  usePageTitle(t('notifications.title'));
  const load = useCallback(() => fetchNotifications(), []);
  const first = useLoad(load);
  const live = useLiveEvents((event) => {
    if (event.kind === 'notification') first.reload();
  });

  return (
    <div className="container page narrow-page">
      <PageHeader
        title={t('notifications.title')}
        description={t('notifications.intro')}
        actions={
          <Link to="/settings/notifications" className="btn btn--secondary btn--sm">
            {t('notifications.settingsLink')}
          </Link>
        }
      />
      <LiveStatusNote status={live} onRefresh={first.reload} />
      <LoadBoundary state={first}>{(data) => <NotificationList initial={data} />}</LoadBoundary>
    </div>
  );
}

function NotificationList({ initial }: { initial: Listing }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const navigate = useNavigate();
  const [listing, setListing] = useState(initial);
  // A live notification reloads the first page; it replaces what is shown.
  useEffect(() => setListing(initial), [initial]);
  const [pending, setPending] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');

  const markedRead = (ids: readonly string[] | 'all', unread: number) => {
    const now = new Date().toISOString();
    setListing((current) => ({
      ...current,
      unread,
      notifications: current.notifications.map((n) =>
        ids === 'all' || ids.includes(n.id) ? { ...n, readAt: n.readAt ?? now } : n,
      ),
    }));
    announceNotificationsChanged(unread);
  };

  const run = async (key: string, action: () => Promise<void>) => {
    setPending(key);
    setError(null);
    try {
      await action();
    } catch (caught) {
      setError(errorMessage(caught, t));
    } finally {
      setPending(null);
    }
  };

  const markOne = (notification: NotificationView) =>
    run(notification.id, async () => {
      markedRead([notification.id], await markNotificationRead(notification.id));
      setStatus(t('notifications.markedOne'));
    });

  const open = (notification: NotificationView) =>
    run(notification.id, async () => {
      if (!notification.readAt) markedRead([notification.id], await markNotificationRead(notification.id));
      navigate(notification.link);
    });

  const loadMore = () =>
    run('more', async () => {
      if (!listing.nextCursor) return;
      const next = await fetchNotifications(listing.nextCursor);
      setListing((current) => ({
        notifications: [...current.notifications, ...next.notifications],
        nextCursor: next.nextCursor,
        unread: next.unread,
      }));
    });

  return (
    <section className="card notification-card" aria-labelledby="notifications-list-title">
      <div className="card__header">
        <h2 id="notifications-list-title" className="card__title">
          {t('notifications.unreadCount', { count: listing.unread })}
        </h2>
        <div className="card__actions">
          <Button
            size="sm"
            variant="secondary"
            disabled={listing.unread === 0}
            pending={pending === 'all'}
            onClick={() =>
              void run('all', async () => {
                markedRead('all', await markAllNotificationsRead());
                setStatus(t('notifications.markedAll'));
              })
            }
          >
            {t('notifications.markAll')}
          </Button>
        </div>
      </div>
      <p className="visually-hidden" role="status">
        {status}
      </p>
      {error ? (
        <Alert tone="danger" className="page__banner">
          {error}
        </Alert>
      ) : null}
      {listing.notifications.length === 0 ? (
        <p className="empty-state">{t('notifications.empty')}</p>
      ) : (
        <ul className="notification-list">
          {listing.notifications.map((notification) => {
            const sentence = notificationText(notification, t);
            return (
              <li
                key={notification.id}
                className={notification.readAt ? 'notification' : 'notification notification--unread'}
              >
                <div className="notification__body">
                  {notification.readAt ? null : (
                    <span className="notification__dot">
                      <span className="visually-hidden">{t('notifications.unread')}</span>
                    </span>
                  )}
                  <a
                    href={notification.link}
                    className="notification__link"
                    onClick={(event) => {
                      event.preventDefault();
                      void open(notification);
                    }}
                  >
                    {sentence}
                  </a>
                  <span className="notification__meta">
                    {t(`notifications.kinds.${notification.kind}`)} ·{' '}
                    {format.dateTime(notification.createdAt)}
                  </span>
                </div>
                {notification.readAt ? null : (
                  <Button
                    size="sm"
                    variant="ghost"
                    pending={pending === notification.id}
                    aria-label={t('notifications.markReadLabel', { text: sentence })}
                    onClick={() => void markOne(notification)}
                  >
                    {t('notifications.markRead')}
                  </Button>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {listing.nextCursor ? (
        <div className="button-row">
          <Button variant="secondary" size="sm" pending={pending === 'more'} onClick={() => void loadMore()}>
            {t('notifications.loadMore')}
          </Button>
        </div>
      ) : null}
    </section>
  );
}
