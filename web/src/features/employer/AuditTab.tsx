import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchOrganisationAudit } from '../../api/organisations';
import { useLoad } from '../../lib/useLoad';
import { Card } from '../../ui/Card';
import { LoadBoundary } from '../../ui/LoadBoundary';
import { AuditTable } from './AuditTable';
import { useOrganisation } from './organisationContext';

/** The organisation's audit trail: verification, membership and position decisions. */
export function AuditTab() {
  const { t } = useTranslation();
  const { organisation } = useOrganisation();
  const load = useCallback(() => fetchOrganisationAudit(organisation.id), [organisation.id]);
  const entries = useLoad(load);
  return (
    <Card title={t('employer.audit.title')} description={t('employer.audit.description')}>
      <LoadBoundary state={entries}>
        {(list) => <AuditTable entries={list} caption={t('employer.audit.title')} />}
      </LoadBoundary>
    </Card>
  );
}
