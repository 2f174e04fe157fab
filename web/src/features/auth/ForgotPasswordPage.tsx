import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { requestPasswordReset } from '../../api/auth';
import { handleSubmit } from '../../lib/handleSubmit';
import { useFormSubmit } from '../../lib/useFormSubmit';
import { usePageTitle } from '../../lib/usePageTitle';
import { checkEmail } from '../../lib/validate';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/TextField';
import { AuthLayout } from './AuthLayout';
import { FormAlert } from './FormAlert';

export function ForgotPasswordPage() {
  const { t } = useTranslation();
  usePageTitle(t('auth.forgot.title'));
  const form = useFormSubmit();
  const [email, setEmail] = useState('');
  const [sentTo, setSentTo] = useState<string | null>(null);

  const onSubmit = () =>
    form.submit(
      () => ({ email: checkEmail(email, t) }),
      async () => {
        await requestPasswordReset(email.trim());
        setSentTo(email.trim());
      },
    );

  return (
    <AuthLayout
      title={t('auth.forgot.title')}
      intro={sentTo ? undefined : t('auth.forgot.intro')}
      footer={<Link to="/sign-in">{t('auth.forgot.backToSignIn')}</Link>}
    >
      {sentTo ? (
        <Alert tone="success" title={t('auth.forgot.sentTitle')}>
          {t('auth.forgot.sentBody', { email: sentTo })}
        </Alert>
      ) : (
        <form ref={form.formRef} className="form" noValidate onSubmit={handleSubmit(onSubmit)}>
          <FormAlert message={form.formError} alertRef={form.alertRef} />
          <TextField
            label={t('auth.fields.email')}
            name="email"
            type="email"
            autoComplete="email"
            inputMode="email"
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            error={form.fieldErrors.email}
            required
          />
          <Button type="submit" block pending={form.pending}>
            {t('auth.forgot.submit')}
          </Button>
        </form>
      )}
    </AuthLayout>
  );
}
