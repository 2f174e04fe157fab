import { useTranslation } from 'react-i18next';
import { confirmDomainVerification } from '../../api/organisations';
import { errorMessage } from '../../i18n/errors';
import { usePageTitle } from '../../lib/usePageTitle';
import { spendOnce, useTokenLink } from '../../lib/useTokenLink';
import { Alert } from '../../ui/Alert';
import { ButtonLink } from '../../ui/ButtonLink';
import { LoadingState } from '../../ui/LoadingState';
import { AuthLayout } from '../auth/AuthLayout';
import { isolate } from './isolate';

const confirm = spendOnce(confirmDomainVerification);

/** /organisation/verify-domain?token=…: the link mailed to an address at the organisation's domain. */
export function VerifyDomainPage() {
  const { t } = useTranslation();
  usePageTitle(t('employer.verification.confirm.title'));
  const state = useTokenLink(confirm);

  if (state.status === 'pending')
    return (
      <AuthLayout title={t('employer.verification.confirm.title')}>
        <LoadingState label={t('employer.verification.confirm.pending')} />
      </AuthLayout>
    );
  if (state.status === 'confirmed') {
    const organisation = state.result;
    return (
      <AuthLayout title={t('employer.verification.confirm.successTitle')}>
        <div className="stack">
          <Alert tone="success">
            {t('employer.verification.confirm.successBody', {
              domain: isolate(organisation.domainVerification.domain ?? organisation.emailDomains[0] ?? ''),
              organisation: isolate(organisation.name),
            })}
          </Alert>
          <ButtonLink to={`/organisation/${organisation.id}`}>
            {t('employer.verification.confirm.toOrganisation')}
          </ButtonLink>
        </div>
      </AuthLayout>
    );
  }
  return (
    <AuthLayout title={t('employer.verification.confirm.failedTitle')}>
      <div className="stack">
        <Alert tone="danger">
          {state.error ? errorMessage(state.error, t) : t('employer.verification.confirm.missingToken')}
        </Alert>
        <ButtonLink to="/organisation">{t('employer.verification.confirm.toOrganisation')}</ButtonLink>
      </div>
    </AuthLayout>
  );
}
