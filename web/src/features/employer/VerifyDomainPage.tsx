import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { confirmDomainVerification, type OrganisationView } from '../../api/organisations';
import { errorMessage } from '../../i18n/errors';
import { usePageTitle } from '../../lib/usePageTitle';
import { Alert } from '../../ui/Alert';
import { ButtonLink } from '../../ui/ButtonLink';
import { LoadingState } from '../../ui/LoadingState';
import { AuthLayout } from '../auth/AuthLayout';
import { isolate } from './isolate';

const attempts = new Map<string, Promise<OrganisationView>>();

type State =
  | { status: 'pending' }
  | { status: 'verified'; organisation: OrganisationView }
  | { status: 'failed'; error: unknown };

/** /organisation/verify-domain?token=…: the link mailed to an address at the organisation's domain. */
export function VerifyDomainPage() {
  const { t } = useTranslation();
  usePageTitle(t('employer.verification.confirm.title'));
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [state, setState] = useState<State>(
    token ? { status: 'pending' } : { status: 'failed', error: null },
  );

  useEffect(() => {
    if (!token) return;
    let cancelled = false;
    let attempt = attempts.get(token);
    if (!attempt) {
      attempt = confirmDomainVerification(token);
      attempts.set(token, attempt);
    }
    attempt.then(
      (organisation) => {
        if (!cancelled) setState({ status: 'verified', organisation });
      },
      (error: unknown) => {
        if (!cancelled) setState({ status: 'failed', error });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [token]);

  if (state.status === 'pending')
    return (
      <AuthLayout title={t('employer.verification.confirm.title')}>
        <LoadingState label={t('employer.verification.confirm.pending')} />
      </AuthLayout>
    );
  if (state.status === 'verified') {
    const { organisation } = state;
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
