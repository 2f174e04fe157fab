import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { verifyEmail } from '../../api/auth';
import { useAuth } from '../../app/auth-context';
import { errorMessage } from '../../i18n/errors';
import { usePageTitle } from '../../lib/usePageTitle';
import { Alert } from '../../ui/Alert';
import { ButtonLink } from '../../ui/ButtonLink';
import { LoadingState } from '../../ui/LoadingState';
import { AuthLayout } from './AuthLayout';
import { ResendVerification } from './ResendVerification';

// Tokens are single-use: remember each attempt so a re-mounted effect (StrictMode) cannot spend it twice.
const attempts = new Map<string, Promise<unknown>>();

type State = { status: 'pending' } | { status: 'verified' } | { status: 'failed'; error: unknown };

export function VerifyPage() {
  const { t } = useTranslation();
  usePageTitle(t('auth.verify.title'));
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const { user, refresh } = useAuth();
  const [state, setState] = useState<State>(
    token ? { status: 'pending' } : { status: 'failed', error: null },
  );

  useEffect(() => {
    if (!token) return;
    let cancelled = false;
    let attempt = attempts.get(token);
    if (!attempt) {
      attempt = verifyEmail(token);
      attempts.set(token, attempt);
    }
    attempt.then(
      () => {
        if (cancelled) return;
        setState({ status: 'verified' });
        void refresh();
      },
      (error: unknown) => {
        if (!cancelled) setState({ status: 'failed', error });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [token, refresh]);

  if (state.status === 'pending') {
    return (
      <AuthLayout title={t('auth.verify.title')}>
        <LoadingState label={t('auth.verify.pending')} />
      </AuthLayout>
    );
  }
  if (state.status === 'verified') {
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
