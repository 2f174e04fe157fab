import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../lib/usePageTitle';
import { ButtonLink } from '../ui/ButtonLink';

export function NotFoundPage() {
  const { t } = useTranslation();
  usePageTitle(t('notFound.title'));
  return (
    <div className="container narrow status-page">
      <p className="status-page__code">404</p>
      <h1>{t('notFound.title')}</h1>
      <p className="lead">{t('notFound.body')}</p>
      <ButtonLink to="/">{t('notFound.back')}</ButtonLink>
    </div>
  );
}
