import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchPlatformOutcomes } from '../../api/outcomes';
import { useLoad } from '../../lib/useLoad';
import { usePageTitle } from '../../lib/usePageTitle';
import { LoadBoundary } from '../../ui/LoadBoundary';
import { PageHeader } from '../../ui/PageHeader';
import { OutcomesDashboard } from './OutcomesDashboard';

/** /admin/outcomes: the platform's outcome figures. */
export function AdminOutcomesPage() {
  const { t } = useTranslation();
  usePageTitle(t('outcomes.adminTitle'));
  const load = useCallback(() => fetchPlatformOutcomes(), []);
  const state = useLoad(load);
  return (
    <div className="container page">
      <PageHeader
        eyebrow={t('nav.admin')}
        title={t('outcomes.adminTitle')}
        description={t('outcomes.adminIntro')}
      />
      <LoadBoundary state={state}>{(data) => <OutcomesDashboard outcomes={data} />}</LoadBoundary>
    </div>
  );
}
