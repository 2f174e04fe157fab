import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { deleteAccount } from '../../api/account';
import { useAuth } from '../../app/auth-context';
import { handleSubmit } from '../../lib/handleSubmit';
import { useFormSubmit } from '../../lib/useFormSubmit';
import { Dialog } from '../../ui/Dialog';
import { FormActions } from '../../ui/FormActions';
import { PasswordField } from '../../ui/PasswordField';
import { FormAlert } from '../auth/FormAlert';

interface DeleteAccountDialogProps {
  open: boolean;
  onClose: () => void;
}

/** Erasing an account takes the password, after saying plainly what goes. */
export function DeleteAccountDialog({ open, onClose }: DeleteAccountDialogProps) {
  const { t } = useTranslation();
  const { user, expire } = useAuth();
  const navigate = useNavigate();
  const form = useFormSubmit();
  const [password, setPassword] = useState('');
  const items =
    user?.accountType === 'candidate'
      ? (['account', 'sessions', 'profile'] as const)
      : (['account', 'sessions', 'memberships'] as const);

  const onSubmit = () =>
    form.submit(
      () => ({ password: password === '' ? t('validation.passwordRequired') : undefined }),
      async () => {
        await deleteAccount(password);
        // The server has ended the session; leave the private page before forgetting the user.
        navigate('/', { replace: true, flushSync: true, state: { accountDeleted: true } });
        expire();
      },
    );

  return (
    <Dialog
      open={open}
      title={t('account.data.delete.title')}
      onClose={() => {
        setPassword('');
        onClose();
      }}
    >
      <form ref={form.formRef} className="form" noValidate onSubmit={handleSubmit(onSubmit)}>
        <p>{t('account.data.delete.intro')}</p>
        <ul className="checklist-plain">
          {items.map((item) => (
            <li key={item}>{t(`account.data.delete.items.${item}`)}</li>
          ))}
        </ul>
        <p className="form__fineprint">{t('account.data.delete.irreversible')}</p>
        <FormAlert message={form.formError} alertRef={form.alertRef} />
        <PasswordField
          label={t('account.data.delete.password')}
          name="password"
          autoComplete="current-password"
          value={password}
          error={form.fieldErrors.password}
          onChange={(e) => setPassword(e.target.value)}
          required
        />
        <FormActions
          submit={t('account.data.delete.confirm')}
          variant="danger"
          pending={form.pending}
          onCancel={onClose}
        />
      </form>
    </Dialog>
  );
}
