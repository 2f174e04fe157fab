import { useTranslation } from 'react-i18next';
import type { User } from '../../../../src/contracts/auth.js';
import { roleKey } from '../../app/user-display';
import { usePageTitle } from '../../lib/usePageTitle';
import { PageHeader } from '../../ui/PageHeader';
import { AccountStatusCard } from './AccountStatusCard';
import { AdminShortcuts } from './AdminShortcuts';
import { NextStepsCard } from './NextStepsCard';
import { VerifyEmailBanner } from './VerifyEmailBanner';

export function Dashboard({ user }: { user: User }) {
  const { t } = useTranslation();
  usePageTitle(t('home.dashboard.pageTitle'));
  return (
    <div className="container page">
      <PageHeader
        eyebrow={t(roleKey(user))}
        title={t('home.dashboard.greeting', { name: user.displayName })}
        description={t(`home.dashboard.intro.${user.accountType}`)}
      />
      {user.emailVerified ? null : <VerifyEmailBanner email={user.email} />}
      <div className="dashboard-grid">
        <div className="stack">
          <NextStepsCard user={user} />
          {user.isAdmin && user.accountType !== 'admin' ? <AdminShortcuts /> : null}
        </div>
        <AccountStatusCard user={user} />
      </div>
    </div>
  );
}
