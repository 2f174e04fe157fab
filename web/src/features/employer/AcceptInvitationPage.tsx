import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { acceptInvitation } from '../../api/organisations';
import { errorMessage } from '../../i18n/errors';
import { usePageTitle } from '../../lib/usePageTitle';
import { spendOnce, useTokenLink } from '../../lib/useTokenLink';
import { Alert } from '../../ui/Alert';
import { ButtonLink } from '../../ui/ButtonLink';
import { LoadingState } from '../../ui/LoadingState';
import { AuthLayout } from '../auth/AuthLayout';

const accept = spendOnce(acceptInvitation);

/** /invitations/accept?token=…: signed in (the route guard sees to that), join and go to the organisation. */
export function AcceptInvitationPage() {
  const { t } = useTranslation();
  usePageTitle(t('employer.invitations.accept.title'));
  const state = useTokenLink(accept);

  if (state.status === 'confirmed')
    return <Navigate to={`/organisation/${state.result.id}`} replace state={{ joined: true }} />;
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
