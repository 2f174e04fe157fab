import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { signUp } from '../../api/auth';
import { useAuth } from '../../app/auth-context';
import { toLocale } from '../../i18n/locale';
import { handleSubmit } from '../../lib/handleSubmit';
import { useFormSubmit } from '../../lib/useFormSubmit';
import { usePageTitle } from '../../lib/usePageTitle';
import { checkEmail, checkNewPassword, checkRequired } from '../../lib/validate';
import { Button } from '../../ui/Button';
import { PasswordField } from '../../ui/PasswordField';
import { TextField } from '../../ui/TextField';
import { AccountTypeField, type SignUpAccountType } from './AccountTypeField';
import { AuthLayout } from './AuthLayout';
import { FormAlert } from './FormAlert';

export function SignUpPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('auth.signUp.title'));
  const { user } = useAuth();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const form = useFormSubmit();
  const [accountType, setAccountType] = useState<SignUpAccountType>(
    params.get('type') === 'employer' ? 'employer' : 'candidate',
  );
  const [displayName, setDisplayName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');

  if (user) return <Navigate to="/" replace />;

  const onSubmit = () =>
    form.submit(
      () => ({
        displayName: checkRequired(displayName, t('validation.nameRequired')),
        email: checkEmail(email, t),
        password: checkNewPassword(password, t),
      }),
      async () => {
        const address = email.trim();
        await signUp({
          accountType,
          displayName: displayName.trim(),
          email: address,
          password,
          locale: toLocale(i18n.language),
        });
        navigate('/check-email', { state: { email: address } });
      },
    );

  return (
    <AuthLayout
      title={t('auth.signUp.title')}
      intro={t('auth.signUp.intro')}
      footer={
        <p>
          {t('auth.signUp.haveAccount')} <Link to="/sign-in">{t('auth.signUp.signIn')}</Link>
        </p>
      }
    >
      <form ref={form.formRef} className="form" noValidate onSubmit={handleSubmit(onSubmit)}>
        <FormAlert message={form.formError} alertRef={form.alertRef} />
        <AccountTypeField
          value={accountType}
          onChange={setAccountType}
          error={form.fieldErrors.accountType}
        />
        <TextField
          label={t('auth.fields.displayName')}
          name="displayName"
          autoComplete="name"
          value={displayName}
          onChange={(e) => setDisplayName(e.target.value)}
          error={form.fieldErrors.displayName}
          maxLength={120}
          required
        />
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
          autoComplete="new-password"
          hint={t('auth.passwordRule')}
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={form.fieldErrors.password}
          required
        />
        <Button type="submit" block pending={form.pending}>
          {t('auth.signUp.submit')}
        </Button>
        <p className="form__fineprint">{t('auth.signUp.fineprint')}</p>
      </form>
    </AuthLayout>
  );
}
