import { useTranslation } from 'react-i18next';
import { useAuth } from '../../app/auth-context';
import { SignOutButton } from '../../app/SignOutButton';
import { usePageTitle } from '../../lib/usePageTitle';
import { Card } from '../../ui/Card';
import { PageHeader } from '../../ui/PageHeader';
import { DataRightsCard } from './DataRightsCard';
import { ProfileForm } from './ProfileForm';
import { SessionsCard } from './SessionsCard';

export function AccountPage() {
  const { t } = useTranslation();
  usePageTitle(t('account.title'));
  const { user } = useAuth();
  if (!user) return null;
  return (
    <div className="container page">
      <PageHeader title={t('account.title')} description={t('account.intro')} />
      <div className="account-grid">
        <ProfileForm user={user} />
        <div className="stack stack--gap-6">
          <SessionsCard />
          <DataRightsCard />
          <Card title={t('account.signOut.title')} description={t('account.signOut.body')}>
            <SignOutButton />
          </Card>
        </div>
      </div>
    </div>
  );
}
