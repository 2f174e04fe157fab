import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { fetchOutboxMessage } from '../../api/admin';
import { useFormatters } from '../../lib/format';
import { useLoad } from '../../lib/useLoad';
import { usePageTitle } from '../../lib/usePageTitle';
import { ArrowIcon } from '../../ui/icons';
import { LoadBoundary } from '../../ui/LoadBoundary';
import { PageHeader } from '../../ui/PageHeader';
import { LinkifiedText } from './LinkifiedText';

export function OutboxMessagePage() {
  const { t } = useTranslation();
  const format = useFormatters();
  const { id = '' } = useParams();
  const message = useLoad(useCallback(() => fetchOutboxMessage(id), [id]));
  usePageTitle(message.data?.subject ?? t('admin.message.title'));

  return (
    <div className="container page">
      <p className="back-link">
        <Link to="/admin/outbox">
          <ArrowIcon className="icon-back" />
          {t('admin.message.back')}
        </Link>
      </p>
      <LoadBoundary state={message}>
        {(mail) => (
          <>
            <PageHeader eyebrow={t('admin.message.title')} title={mail.subject} />
            <div className="card">
              <dl className="details details--compact">
                <div className="details__row">
                  <dt>{t('admin.message.from')}</dt>
                  <dd>
                    <span className="ltr-value">{mail.from}</span>
                  </dd>
                </div>
                <div className="details__row">
                  <dt>{t('admin.message.to')}</dt>
                  <dd>
                    <span className="ltr-value">{mail.to}</span>
                  </dd>
                </div>
                <div className="details__row">
                  <dt>{t('admin.message.sentAt')}</dt>
                  <dd>
                    <time dateTime={mail.sentAt}>{format.dateTime(mail.sentAt)}</time>
                  </dd>
                </div>
              </dl>
              <h2 className="visually-hidden">{t('admin.message.body')}</h2>
              <LinkifiedText text={mail.text} />
            </div>
          </>
        )}
      </LoadBoundary>
    </div>
  );
}
