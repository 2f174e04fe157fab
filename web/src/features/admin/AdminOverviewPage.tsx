import { useTranslation } from 'react-i18next';
import { fetchOverview } from '../../api/admin';
import { useLoad } from '../../lib/useLoad';
import { usePageTitle } from '../../lib/usePageTitle';
import { ButtonLink } from '../../ui/ButtonLink';
import { LoadBoundary } from '../../ui/LoadBoundary';
import { PageHeader } from '../../ui/PageHeader';
import { OverviewContent } from './OverviewContent';

export function AdminOverviewPage() {
  const { t } = useTranslation();
  usePageTitle(t('admin.overview.title'));
  const overview = useLoad(fetchOverview);
  return (
    <div className="container page">
      <PageHeader
        eyebrow={t('admin.eyebrow')}
        title={t('admin.overview.title')}
        description={t('admin.overview.intro')}
        actions={
          <ButtonLink to="/admin/verification" variant="secondary">
            {t('admin.overview.verification')}
          </ButtonLink>
        }
      />
      <LoadBoundary state={overview}>{(data) => <OverviewContent overview={data} />}</LoadBoundary>
    </div>
  );
}
