import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { usePageTitle } from '../../lib/usePageTitle';
import { Alert } from '../../ui/Alert';
import { AudienceSection } from './AudienceSection';
import { CtaBand } from './CtaBand';
import { FeatureGrid } from './FeatureGrid';
import { Hero } from './Hero';

export function LandingPage() {
  const { t } = useTranslation();
  usePageTitle(t('home.landing.pageTitle'));
  const { state } = useLocation();
  const deleted = Boolean(state && typeof state === 'object' && 'accountDeleted' in state);
  return (
    <div className="landing">
      {deleted ? (
        <div className="container landing__notice">
          <Alert tone="success" title={t('account.data.delete.doneTitle')}>
            {t('account.data.delete.doneBody')}
          </Alert>
        </div>
      ) : null}
      <Hero />
      <FeatureGrid />
      <AudienceSection />
      <CtaBand />
    </div>
  );
}
