import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { verifyEmail } from '../../api/auth';
import { useAuth } from '../../app/auth-context';
import { errorMessage } from '../../i18n/errors';
import { usePageTitle } from '../../lib/usePageTitle';
import { spendOnce, useTokenLink } from '../../lib/useTokenLink';
import { Alert } from '../../ui/Alert';
import { ButtonLink } from '../../ui/ButtonLink';
import { LoadingState } from '../../ui/LoadingState';
import { AuthLayout } from './AuthLayout';
import { ResendVerification } from './ResendVerification';

const verify = spendOnce(verifyEmail);

export function VerifyPage() {
  const { t } = useTranslation();
  usePageTitle(t('auth.verify.title'));
  const { user, refresh } = useAuth();
  const state = useTokenLink(verify);

  // A confirmed address changes what the session may do: read it again.
  useEffect(() => {
    if (state.status === 'confirmed') void refresh();
  }, [state.status, refresh]);

  if (state.status === 'pending') {
    return (
      <AuthLayout title={t('auth.verify.title')}>
        <LoadingState label={t('auth.verify.pending')} />
      </AuthLayout>
    );
  }
  if (state.status === 'confirmed') {
    return (
      <AuthLayout title={t('auth.verify.successTitle')}>
        <div className="stack">
          <Alert tone="success">{t('auth.verify.successBody')}</Alert>
          {user ? (
            <ButtonLink to="/">{t('auth.verify.toDashboard')}</ButtonLink>
          ) : (
            <ButtonLink to="/sign-in">{t('auth.verify.toSignIn')}</ButtonLink>
          )}
        </div>
      </AuthLayout>
    );
  }
  return (
    <AuthLayout
      title={t('auth.verify.failedTitle')}
      footer={<Link to="/sign-in">{t('auth.verify.toSignIn')}</Link>}
    >
      <div className="stack">
        <Alert tone="danger">
          {state.error ? errorMessage(state.error, t) : t('auth.verify.missingToken')}
        </Alert>
        <h2 className="subheading">{t('auth.verify.requestNew')}</h2>
        <ResendVerification email={user?.email} variant="primary" />
      </div>
    </AuthLayout>
  );
}
