import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { usePageTitle } from '../../lib/usePageTitle';
import { MailIcon } from '../../ui/icons';
import { AuthLayout } from './AuthLayout';
import { ResendVerification } from './ResendVerification';

function emailFromState(state: unknown): string | undefined {
  if (typeof state !== 'object' || state === null || !('email' in state)) return undefined;
  return typeof state.email === 'string' ? state.email : undefined;
}

export function CheckEmailPage() {
  const { t } = useTranslation();
  usePageTitle(t('auth.checkEmail.title'));
  const email = emailFromState(useLocation().state);
  return (
    <AuthLayout
      title={t('auth.checkEmail.title')}
      icon={<MailIcon className="auth-card__icon" />}
      footer={<Link to="/sign-in">{t('auth.checkEmail.toSignIn')}</Link>}
    >
      <div className="stack">
        <p>{email ? t('auth.checkEmail.bodyWithEmail', { email }) : t('auth.checkEmail.body')}</p>
        <p className="muted">{t('auth.checkEmail.spam')}</p>
        <h2 className="subheading">{t('auth.checkEmail.notArrived')}</h2>
        <ResendVerification email={email} />
      </div>
    </AuthLayout>
  );
}
