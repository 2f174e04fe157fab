import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { createOrganisation } from '../../api/organisations';
import { usePageTitle } from '../../lib/usePageTitle';
import { Card } from '../../ui/Card';
import { PageHeader } from '../../ui/PageHeader';
import { OrganisationForm } from './OrganisationForm';
import { EMPTY_ORGANISATION } from './organisationDraft';

/** An employer's first step: describe the organisation, then verify it from its page. */
export function OnboardingPage() {
  const { t } = useTranslation();
  usePageTitle(t('employer.onboarding.title'));
  const navigate = useNavigate();
  return (
    <div className="container page">
      <PageHeader
        eyebrow={t('employer.eyebrow')}
        title={t('employer.onboarding.title')}
        description={t('employer.onboarding.intro')}
      />
      <div className="onboarding">
        <Card
          title={t('employer.onboarding.cardTitle')}
          description={t('employer.onboarding.cardDescription')}
        >
          <OrganisationForm
            initial={EMPTY_ORGANISATION}
            submitLabel={t('employer.onboarding.submit')}
            onSave={async (body) => {
              const organisation = await createOrganisation(body);
              navigate(`/organisation/${organisation.id}`, { state: { created: true } });
            }}
          />
        </Card>
        <aside className="card onboarding__aside" aria-labelledby="onboarding-next">
          <h2 id="onboarding-next" className="card__title">
            {t('employer.onboarding.nextTitle')}
          </h2>
          <ol className="steps-list">
            <li>{t('employer.onboarding.next.domain')}</li>
            <li>{t('employer.onboarding.next.registration')}</li>
            <li>{t('employer.onboarding.next.positions')}</li>
          </ol>
        </aside>
      </div>
    </div>
  );
}
