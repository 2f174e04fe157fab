import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../ui/ButtonLink';
import { Card } from '../../ui/Card';

export function AdminShortcuts() {
  const { t } = useTranslation();
  return (
    <Card title={t('home.adminShortcuts.title')} description={t('home.adminShortcuts.body')}>
      <div className="button-row">
        <ButtonLink to="/admin" variant="secondary">
          {t('home.adminShortcuts.overview')}
        </ButtonLink>
        <ButtonLink to="/admin/outbox" variant="secondary">
          {t('home.adminShortcuts.outbox')}
        </ButtonLink>
      </div>
    </Card>
  );
}
