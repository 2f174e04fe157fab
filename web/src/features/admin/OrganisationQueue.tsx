import { useTranslation } from 'react-i18next';
import {
  decideOrganisation,
  fetchOrganisationQueue,
  type RegistrationStatus,
} from '../../api/adminVerification';
import { useCountryOptions } from '../../lib/countries';
import { useFormatters } from '../../lib/format';
import { Badge } from '../../ui/Badge';
import { isolate } from '../employer/isolate';
import { DecisionButtons } from './DecisionButtons';
import { DecisionQueueCard } from './DecisionQueueCard';
import { useDecisionQueue } from './useDecisionQueue';

const STATUSES: readonly [RegistrationStatus, ...RegistrationStatus[]] = [
  'pending',
  'approved',
  'rejected',
  'not_submitted',
];
const DOMAIN_TONES = { unverified: 'neutral', pending: 'warning', verified: 'success' } as const;

/** Organisations by registration review state; pending ones can be approved or rejected with a reason. */
export function OrganisationQueue({ onDecided }: { onDecided: () => void }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const countries = useCountryOptions();
  const queue = useDecisionQueue(fetchOrganisationQueue, STATUSES, onDecided);

  return (
    <DecisionQueueCard
      queue={queue}
      title={t('verification.organisations.title')}
      description={t('verification.organisations.description')}
      show={{
        label: t('verification.organisations.show'),
        name: 'organisationStatus',
        option: (s) => t(`verification.organisations.statuses.${s}`),
      }}
      empty={t(`verification.organisations.empty.${queue.filter}`)}
      caption={(count) => t('verification.organisations.caption', { count })}
      columns={[
        t('verification.organisations.organisation'),
        t('verification.organisations.registration'),
        t('verification.organisations.domain'),
        t('verification.organisations.decision'),
      ]}
      row={(organisation) => (
        <tr key={organisation.id}>
          <th scope="row">
            <span className="queue__name" dir="auto">
              {organisation.name}
            </span>
            <span className="queue__sub">
              {countries.name(organisation.country)}
              {organisation.website ? (
                <>
                  {' · '}
                  <a
                    href={organisation.website}
                    rel="noopener noreferrer"
                    target="_blank"
                    className="ltr-value"
                  >
                    {organisation.website.replace(/^https?:\/\//, '')}
                  </a>
                </>
              ) : null}
            </span>
          </th>
          <td>
            <span className="ltr-value">{organisation.registration.registrationNumber ?? '—'}</span>
            {organisation.registration.country ? (
              <span className="queue__sub">{countries.name(organisation.registration.country)}</span>
            ) : null}
            {organisation.registration.reason ? (
              <span className="queue__sub" dir="auto">
                {organisation.registration.reason}
              </span>
            ) : null}
          </td>
          <td>
            <Badge tone={DOMAIN_TONES[organisation.domainVerification.status]}>
              {t(`employer.verification.domain.status.${organisation.domainVerification.status}`)}
            </Badge>
            <span className="queue__sub ltr-value">
              {organisation.domainVerification.domain ?? organisation.emailDomains.join(', ')}
            </span>
          </td>
          <td>
            {organisation.registration.status === 'pending' ? (
              <DecisionButtons
                subject={organisation.name}
                onDecide={(decision) =>
                  queue.ask(
                    decision,
                    organisation.name,
                    (body) => decideOrganisation(organisation.id, body),
                    t(
                      decision === 'approve'
                        ? 'verification.organisations.approved'
                        : 'verification.organisations.rejected',
                      { name: isolate(organisation.name) },
                    ),
                  )
                }
              />
            ) : (
              <span className="queue__sub">
                {t(`verification.organisations.statuses.${organisation.registration.status}`)}
                {organisation.registration.decidedAt
                  ? ` · ${format.date(organisation.registration.decidedAt)}`
                  : ''}
              </span>
            )}
          </td>
        </tr>
      )}
    />
  );
}
