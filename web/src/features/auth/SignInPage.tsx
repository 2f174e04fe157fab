import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { useAuth } from '../../app/auth-context';
import { handleSubmit } from '../../lib/handleSubmit';
import { safeNext } from '../../lib/safeNext';
import { useFormSubmit } from '../../lib/useFormSubmit';
import { usePageTitle } from '../../lib/usePageTitle';
import { checkEmail } from '../../lib/validate';
import { Button } from '../../ui/Button';
import { PasswordField } from '../../ui/PasswordField';
import { TextField } from '../../ui/TextField';
import { AuthLayout } from './AuthLayout';
import { FormAlert } from './FormAlert';

export function SignInPage() {
  const { t } = useTranslation();
  usePageTitle(t('auth.signIn.title'));
  const { user, signIn } = useAuth();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const form = useFormSubmit();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');

  if (user && !form.pending) return <Navigate to={next} replace />;

  const onSubmit = () =>
    form.submit(
      () => ({
        email: checkEmail(email, t),
        password: password === '' ? t('validation.passwordRequired') : undefined,
      }),
      async () => {
        await signIn({ email: email.trim(), password });
        navigate(next, { replace: true });
      },
    );

  return (
    <AuthLayout
      title={t('auth.signIn.title')}
      intro={t('auth.signIn.intro')}
      footer={
        <p>
          {t('auth.signIn.noAccount')} <Link to="/sign-up">{t('auth.signIn.createAccount')}</Link>
        </p>
      }
    >
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
        <PasswordField
          label={t('auth.fields.password')}
          name="password"
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={form.fieldErrors.password}
          required
        />
        <p className="form__aside">
          <Link to="/forgot-password">{t('auth.signIn.forgot')}</Link>
        </p>
        <Button type="submit" block pending={form.pending}>
          {t('auth.signIn.submit')}
        </Button>
      </form>
    </AuthLayout>
  );
}
