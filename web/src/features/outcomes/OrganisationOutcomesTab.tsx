import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchOrganisationOutcomes } from '../../api/outcomes';
import { useLoad } from '../../lib/useLoad';
import { LoadBoundary } from '../../ui/LoadBoundary';
import { useOrganisation } from '../employer/organisationContext';
import { WaitingCard } from '../pipeline/WaitingCard';
import { OutcomesDashboard } from './OutcomesDashboard';

/** /organisation/:id/outcomes: the organisation's own outcome figures. */
export function OrganisationOutcomesTab() {
  const { t } = useTranslation();
  const { organisation } = useOrganisation();
  const load = useCallback(() => fetchOrganisationOutcomes(organisation.id), [organisation.id]);
  const state = useLoad(load);
  return (
    <section aria-labelledby="org-outcomes-title">
      <h2 id="org-outcomes-title" className="section-title">
        {t('outcomes.orgTitle')}
      </h2>
      <p className="muted">{t('outcomes.orgIntro')}</p>
      <WaitingCard organisationId={organisation.id} />
      <LoadBoundary state={state}>{(data) => <OutcomesDashboard outcomes={data} />}</LoadBoundary>
    </section>
  );
}
