import { useTranslation } from 'react-i18next';
import { fetchProfile } from '../../api/profile';
import { useLoad } from '../../lib/useLoad';
import { usePageTitle } from '../../lib/usePageTitle';
import { LoadBoundary } from '../../ui/LoadBoundary';
import { PageHeader } from '../../ui/PageHeader';
import { ProfileEditor } from './ProfileEditor';
import { ProfileTabs } from './ProfileTabs';

export function ProfilePage() {
  const { t } = useTranslation();
  usePageTitle(t('profile.title'));
  const profile = useLoad(fetchProfile);
  return (
    <div className="container page">
      <PageHeader title={t('profile.title')} description={t('profile.intro')} />
      <ProfileTabs />
      <LoadBoundary state={profile}>{(data) => <ProfileEditor initial={data} />}</LoadBoundary>
    </div>
  );
}
