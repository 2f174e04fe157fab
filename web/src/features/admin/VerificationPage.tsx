import { useTranslation } from 'react-i18next';
import { fetchAdminAudit } from '../../api/adminVerification';
import { useLoad } from '../../lib/useLoad';
import { usePageTitle } from '../../lib/usePageTitle';
import { Button } from '../../ui/Button';
import { Card } from '../../ui/Card';
import { LoadBoundary } from '../../ui/LoadBoundary';
import { PageHeader } from '../../ui/PageHeader';
import { AuditTable } from '../employer/AuditTable';
import { FundingQueue } from './FundingQueue';
import { FxRatesCard } from './FxRatesCard';
import { OrganisationQueue } from './OrganisationQueue';

/** /admin/verification: the two review queues, the audit trail they write, and the exchange rates. */
export function VerificationPage() {
  const { t } = useTranslation();
  usePageTitle(t('verification.title'));
  const audit = useLoad(fetchAdminAudit);
  // A decision writes to the audit trail, so the trail is fetched again after each one.
  const decided = audit.reload;
  return (
    <div className="container page">
      <PageHeader
        eyebrow={t('admin.eyebrow')}
        title={t('verification.title')}
        description={t('verification.intro')}
      />
      <div className="stack stack--gap-6">
        <OrganisationQueue onDecided={decided} />
        <FundingQueue onDecided={decided} />
        <Card
          title={t('verification.audit.title')}
          description={t('verification.audit.description')}
          actions={
            <Button variant="secondary" size="sm" onClick={audit.reload}>
              {t('admin.outbox.refresh')}
            </Button>
          }
        >
          <LoadBoundary state={audit}>
            {(entries) => <AuditTable entries={entries} caption={t('verification.audit.title')} />}
          </LoadBoundary>
        </Card>
        <FxRatesCard />
      </div>
    </div>
  );
}
