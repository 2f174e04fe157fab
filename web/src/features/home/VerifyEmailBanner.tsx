import { useTranslation } from 'react-i18next';
import { Alert } from '../../ui/Alert';
import { ResendVerification } from '../auth/ResendVerification';

export function VerifyEmailBanner({ email }: { email: string }) {
  const { t } = useTranslation();
  return (
    <Alert tone="warning" title={t('home.verifyBanner.title')} className="page__banner">
      <p>{t('home.verifyBanner.body', { email })}</p>
      <ResendVerification email={email} />
    </Alert>
  );
}
