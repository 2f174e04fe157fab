import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../lib/usePageTitle';
import { ButtonLink } from '../ui/ButtonLink';

export function NotAllowedPage({ reason = 'admin' }: { reason?: 'admin' | 'candidate' | 'employer' }) {
  const { t } = useTranslation();
  usePageTitle(t('notAllowed.title'));
  return (
    <div className="container narrow status-page">
      <p className="status-page__code">403</p>
      <h1>{t('notAllowed.title')}</h1>
      <p className="lead">{t(`notAllowed.body.${reason}`)}</p>
      <ButtonLink to="/">{t('notAllowed.back')}</ButtonLink>
    </div>
  );
}
