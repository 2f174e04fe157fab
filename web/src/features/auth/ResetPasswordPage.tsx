import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { confirmPasswordReset } from '../../api/auth';
import { handleSubmit } from '../../lib/handleSubmit';
import { useFormSubmit } from '../../lib/useFormSubmit';
import { usePageTitle } from '../../lib/usePageTitle';
import { checkNewPassword } from '../../lib/validate';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { ButtonLink } from '../../ui/ButtonLink';
import { PasswordField } from '../../ui/PasswordField';
import { AuthLayout } from './AuthLayout';
import { FormAlert } from './FormAlert';

export function ResetPasswordPage() {
  const { t } = useTranslation();
  usePageTitle(t('auth.reset.title'));
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const form = useFormSubmit();
  const [password, setPassword] = useState('');
  const [done, setDone] = useState(false);

  if (!token) {
    return (
      <AuthLayout title={t('auth.reset.title')}>
        <div className="stack">
          <Alert tone="danger">{t('auth.reset.missingToken')}</Alert>
          <ButtonLink to="/forgot-password">{t('auth.reset.requestNew')}</ButtonLink>
        </div>
      </AuthLayout>
    );
  }

  if (done) {
    return (
      <AuthLayout title={t('auth.reset.doneTitle')}>
        <div className="stack">
          <Alert tone="success">{t('auth.reset.doneBody')}</Alert>
          <ButtonLink to="/sign-in">{t('auth.reset.toSignIn')}</ButtonLink>
        </div>
      </AuthLayout>
    );
  }

  const onSubmit = () =>
    form.submit(
      () => ({ password: checkNewPassword(password, t) }),
      async () => {
        await confirmPasswordReset(token, password);
        setDone(true);
      },
    );

  return (
    <AuthLayout title={t('auth.reset.title')} intro={t('auth.reset.intro')}>
      <form ref={form.formRef} className="form" noValidate onSubmit={handleSubmit(onSubmit)}>
        <FormAlert message={form.formError} alertRef={form.alertRef}>
          {form.errorCode === 'invalid_token' ? (
            <p>
              <Link to="/forgot-password">{t('auth.reset.requestNew')}</Link>
            </p>
          ) : null}
        </FormAlert>
        <PasswordField
          label={t('auth.fields.newPassword')}
          name="password"
          autoComplete="new-password"
          hint={t('auth.passwordRule')}
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={form.fieldErrors.password}
          required
        />
        <Button type="submit" block pending={form.pending}>
          {t('auth.reset.submit')}
        </Button>
      </form>
    </AuthLayout>
  );
}
