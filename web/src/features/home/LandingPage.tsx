import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../lib/usePageTitle';
import { AudienceSection } from './AudienceSection';
import { CtaBand } from './CtaBand';
import { FeatureGrid } from './FeatureGrid';
import { Hero } from './Hero';

export function LandingPage() {
  const { t } = useTranslation();
  usePageTitle(t('home.landing.pageTitle'));
  return (
    <div className="landing">
      <Hero />
      <FeatureGrid />
      <AudienceSection />
      <CtaBand />
    </div>
  );
}
