import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { User } from '../../../../src/contracts/auth.js';
import { useFormatters } from '../../lib/format';
import { Badge } from '../../ui/Badge';
import { Card } from '../../ui/Card';

export function AccountStatusCard({ user }: { user: User }) {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <Card title={t('home.status.title')} actions={<Link to="/account">{t('home.status.manage')}</Link>}>
      <dl className="details">
        <div className="details__row">
          <dt>{t('home.status.email')}</dt>
          <dd>
            <span className="details__value ltr-value">{user.email}</span>
            {user.emailVerified ? (
              <Badge tone="success">{t('home.status.verified')}</Badge>
            ) : (
              <Badge tone="warning">{t('home.status.unverified')}</Badge>
            )}
          </dd>
        </div>
        <div className="details__row">
          <dt>{t('home.status.accountType')}</dt>
          <dd>
            {t(`roles.${user.accountType}`)}
            {user.isAdmin && user.accountType !== 'admin' ? (
              <Badge tone="accent">{t('roles.admin')}</Badge>
            ) : null}
          </dd>
        </div>
        <div className="details__row">
          <dt>{t('home.status.language')}</dt>
          <dd>{t(`language.names.${user.locale}`)}</dd>
        </div>
        <div className="details__row">
          <dt>{t('home.status.memberSince')}</dt>
          <dd>{format.date(user.createdAt)}</dd>
        </div>
      </dl>
    </Card>
  );
}
