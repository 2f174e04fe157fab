import { useTranslation } from 'react-i18next';
import { updateOrganisation } from '../../api/organisations';
import { Card } from '../../ui/Card';
import { OrganisationDetails } from './OrganisationDetails';
import { OrganisationForm } from './OrganisationForm';
import { useOrganisation } from './organisationContext';
import { draftFromOrganisation } from './organisationDraft';
import { VerificationCard } from './verification/VerificationCard';

/** The organisation's profile (editable by owners) beside the state of its verification. */
export function OverviewTab() {
  const { t } = useTranslation();
  const { organisation, reload } = useOrganisation();
  const isOwner = organisation.myRole === 'owner';
  return (
    <div className="org-overview">
      <VerificationCard organisation={organisation} onChanged={reload} />
      <Card
        title={isOwner ? t('employer.settings.title') : t('employer.settings.readTitle')}
        description={isOwner ? t('employer.settings.description') : t('employer.settings.readDescription')}
      >
        {isOwner ? (
          <OrganisationForm
            key={organisation.id}
            initial={draftFromOrganisation(organisation)}
            submitLabel={t('employer.settings.save')}
            savedMessage={t('employer.settings.saved')}
            onSave={async (body) => {
              await updateOrganisation(organisation.id, body);
              reload();
            }}
          />
        ) : (
          <OrganisationDetails organisation={organisation} />
        )}
      </Card>
    </div>
  );
}
