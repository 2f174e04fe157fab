import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useSearchParams } from 'react-router';
import { acceptInvitation, type OrganisationView } from '../../api/organisations';
import { errorMessage } from '../../i18n/errors';
import { usePageTitle } from '../../lib/usePageTitle';
import { Alert } from '../../ui/Alert';
import { ButtonLink } from '../../ui/ButtonLink';
import { LoadingState } from '../../ui/LoadingState';
import { AuthLayout } from '../auth/AuthLayout';

// Tokens are single-use: one attempt per token, even if StrictMode mounts the effect twice.
const attempts = new Map<string, Promise<OrganisationView>>();

type State =
  | { status: 'pending' }
  | { status: 'joined'; organisation: OrganisationView }
  | { status: 'failed'; error: unknown };

/** /invitations/accept?token=…: signed in (the route guard sees to that), join and go to the organisation. */
export function AcceptInvitationPage() {
  const { t } = useTranslation();
  usePageTitle(t('employer.invitations.accept.title'));
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
      attempt = acceptInvitation(token);
      attempts.set(token, attempt);
    }
    attempt.then(
      (organisation) => {
        if (!cancelled) setState({ status: 'joined', organisation });
      },
      (error: unknown) => {
        if (!cancelled) setState({ status: 'failed', error });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [token]);

  if (state.status === 'joined')
    return <Navigate to={`/organisation/${state.organisation.id}`} replace state={{ joined: true }} />;
  if (state.status === 'pending')
    return (
      <AuthLayout title={t('employer.invitations.accept.title')}>
        <LoadingState label={t('employer.invitations.accept.pending')} />
      </AuthLayout>
    );
  return (
    <AuthLayout title={t('employer.invitations.accept.failedTitle')}>
      <div className="stack">
        <Alert tone="danger">
          {state.error ? errorMessage(state.error, t) : t('employer.invitations.accept.missingToken')}
        </Alert>
        <p className="muted">{t('employer.invitations.accept.failedHint')}</p>
        <ButtonLink to="/">{t('notAllowed.back')}</ButtonLink>
      </div>
    </AuthLayout>
  );
}
