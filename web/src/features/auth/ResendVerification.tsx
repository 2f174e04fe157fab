import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { resendVerification } from '../../api/auth';
import { handleSubmit } from '../../lib/handleSubmit';
import { useFormSubmit } from '../../lib/useFormSubmit';
import { checkEmail } from '../../lib/validate';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/TextField';
import { FormAlert } from './FormAlert';

interface ResendVerificationProps {
  /** When known (signed in, or just signed up) only a button is shown. */
  email?: string;
  variant?: 'primary' | 'secondary';
}

export function ResendVerification({ email: knownEmail, variant = 'secondary' }: ResendVerificationProps) {
  const { t } = useTranslation();
  const form = useFormSubmit();
  const [email, setEmail] = useState(knownEmail ?? '');
  const [sent, setSent] = useState(false);

  const onSubmit = () =>
    form.submit(
      () => ({ email: checkEmail(email, t) }),
      async () => {
        await resendVerification(email.trim());
        setSent(true);
      },
    );

  return (
    <form ref={form.formRef} className="form form--inline" noValidate onSubmit={handleSubmit(onSubmit)}>
      <FormAlert message={form.formError} alertRef={form.alertRef} />
      {sent ? <Alert tone="success">{t('auth.resend.sent')}</Alert> : null}
      {knownEmail ? null : (
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
      )}
      <Button type="submit" variant={variant} pending={form.pending}>
        {t('auth.resend.button')}
      </Button>
    </form>
  );
}
