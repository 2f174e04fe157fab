import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, useRouteError } from 'react-router';
import { usePageTitle } from '../lib/usePageTitle';
import { NotFoundPage } from './NotFoundPage';

/** Last-resort screen when rendering a route throws, so visitors never see a blank page. */
export function RouteErrorPage() {
  const { t } = useTranslation();
  const error = useRouteError();
  usePageTitle(t('routeError.title'));
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  return (
    <main id="main" className="container narrow status-page">
      <h1>{t('routeError.title')}</h1>
      <p className="lead">{t('routeError.body')}</p>
      <a className="btn btn--primary" href="/">
        {t('routeError.reload')}
      </a>
    </main>
  );
}
