import { useTranslation } from 'react-i18next';
import type { OrganisationView } from '../../../api/organisations';
import { useFormatters } from '../../../lib/format';
import { Alert } from '../../../ui/Alert';
import { Card } from '../../../ui/Card';
import { DomainSection } from './DomainSection';
import { RegistrationSection } from './RegistrationSection';

interface VerificationCardProps {
  organisation: OrganisationView;
  onChanged: () => void;
}

/** The two checks behind the "Verified employer" badge, each with what to do next. */
export function VerificationCard({ organisation, onChanged }: VerificationCardProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <Card title={t('employer.verification.title')} description={t('employer.verification.description')}>
      <div className="stack stack--gap-6">
        {organisation.verified ? (
          <Alert tone="success" title={t('employer.verification.verifiedTitle')}>
            {organisation.verifiedAt
              ? t('employer.verification.verifiedSince', { date: format.date(organisation.verifiedAt) })
              : null}
          </Alert>
        ) : (
          <Alert tone="info">{t('employer.verification.notYet')}</Alert>
        )}
        <DomainSection organisation={organisation} onChanged={onChanged} />
        <RegistrationSection organisation={organisation} onChanged={onChanged} />
      </div>
    </Card>
  );
}
