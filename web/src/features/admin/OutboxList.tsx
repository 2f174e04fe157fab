import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { OutboxSummary } from '../../api/admin';
import { useFormatters } from '../../lib/format';
import { MailIcon } from '../../ui/icons';

/** An inbox-style list rather than a table, so it reads well on a phone as well as a desktop. */
export function OutboxList({ messages }: { messages: OutboxSummary[] }) {
  const { t } = useTranslation();
  const format = useFormatters();
  if (messages.length === 0) {
    return (
      <div className="card empty-state">
        <MailIcon className="empty-state__icon" />
        <p>{t('admin.outbox.empty')}</p>
      </div>
    );
  }
  return (
    <div className="card card--flush">
      <h2 className="visually-hidden">{t('admin.outbox.caption', { count: messages.length })}</h2>
      <ul className="mail-list">
        {messages.map((message) => (
          <li key={message.id} className="mail-list__item">
            <MailIcon className="mail-list__icon" />
            <div className="mail-list__main">
              <Link
                to={`/admin/outbox/${encodeURIComponent(message.id)}`}
                className="mail-list__subject"
                dir="auto"
              >
                {message.subject}
              </Link>
              <p className="mail-list__meta">
                <span>{t('admin.outbox.to')}</span> <span className="ltr-value">{message.to}</span>
              </p>
            </div>
            <time className="mail-list__time" dateTime={message.sentAt}>
              {format.dateTime(message.sentAt)}
            </time>
          </li>
        ))}
      </ul>
    </div>
  );
}
