import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  decideOrganisation,
  fetchOrganisationQueue,
  type RegistrationStatus,
} from '../../api/adminVerification';
import { useCountryOptions } from '../../lib/countries';
import { useFormatters } from '../../lib/format';
import { useLoad } from '../../lib/useLoad';
import { Alert } from '../../ui/Alert';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { Card } from '../../ui/Card';
import { LoadBoundary } from '../../ui/LoadBoundary';
import { SelectField } from '../../ui/SelectField';
import { isolate } from '../employer/isolate';
import { TableScroll } from '../employer/TableScroll';
import { DecisionDialog, type PendingDecision } from './DecisionDialog';

const STATUSES: readonly RegistrationStatus[] = ['pending', 'approved', 'rejected', 'not_submitted'];
const DOMAIN_TONES = { unverified: 'neutral', pending: 'warning', verified: 'success' } as const;

/** Organisations by registration review state; pending ones can be approved or rejected with a reason. */
export function OrganisationQueue({ onDecided }: { onDecided: () => void }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const countries = useCountryOptions();
  const [status, setStatus] = useState<RegistrationStatus>('pending');
  const load = useCallback(() => fetchOrganisationQueue(status), [status]);
  const queue = useLoad(load);
  const [deciding, setDeciding] = useState<PendingDecision | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  return (
    <Card
      title={t('verification.organisations.title')}
      description={t('verification.organisations.description')}
      actions={
        <SelectField
          label={t('verification.organisations.show')}
          name="organisationStatus"
          value={status}
          onChange={(e) => setStatus(STATUSES.find((s) => s === e.target.value) ?? 'pending')}
        >
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`verification.organisations.statuses.${s}`)}
            </option>
          ))}
        </SelectField>
      }
    >
      {notice ? (
        <Alert tone="success" className="card__notice">
          {notice}
        </Alert>
      ) : null}
      <LoadBoundary state={queue}>
        {(organisations) =>
          organisations.length === 0 ? (
            <p className="muted">{t(`verification.organisations.empty.${status}`)}</p>
          ) : (
            <TableScroll label={t('verification.organisations.caption', { count: organisations.length })}>
              <table className="table">
                <caption className="visually-hidden">
                  {t('verification.organisations.caption', { count: organisations.length })}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{t('verification.organisations.organisation')}</th>
                    <th scope="col">{t('verification.organisations.registration')}</th>
                    <th scope="col">{t('verification.organisations.domain')}</th>
                    <th scope="col">{t('verification.organisations.decision')}</th>
                  </tr>
                </thead>
                <tbody>
                  {organisations.map((organisation) => (
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
                        <span className="ltr-value">
                          {organisation.registration.registrationNumber ?? '—'}
                        </span>
                        {organisation.registration.country ? (
                          <span className="queue__sub">
                            {countries.name(organisation.registration.country)}
                          </span>
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
                          <div className="button-row button-row--tight">
                            <Button
                              size="sm"
                              aria-label={t('verification.approveLabel', { subject: organisation.name })}
                              onClick={() =>
                                setDeciding({
                                  decision: 'approve',
                                  subject: organisation.name,
                                  run: async (decision) => {
                                    await decideOrganisation(organisation.id, decision);
                                    setNotice(
                                      t('verification.organisations.approved', {
                                        name: isolate(organisation.name),
                                      }),
                                    );
                                    queue.reload();
                                    onDecided();
                                  },
                                })
                              }
                            >
                              {t('verification.approve')}
                            </Button>
                            <Button
                              size="sm"
                              variant="danger"
                              aria-label={t('verification.rejectLabel', { subject: organisation.name })}
                              onClick={() =>
                                setDeciding({
                                  decision: 'reject',
                                  subject: organisation.name,
                                  run: async (decision) => {
                                    await decideOrganisation(organisation.id, decision);
                                    setNotice(
                                      t('verification.organisations.rejected', {
                                        name: isolate(organisation.name),
                                      }),
                                    );
                                    queue.reload();
                                    onDecided();
                                  },
                                })
                              }
                            >
                              {t('verification.reject')}
                            </Button>
                          </div>
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
                  ))}
                </tbody>
              </table>
            </TableScroll>
          )
        }
      </LoadBoundary>
      <DecisionDialog pending={deciding} onClose={() => setDeciding(null)} />
    </Card>
  );
}
