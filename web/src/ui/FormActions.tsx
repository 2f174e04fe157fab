import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, type ButtonVariant } from './Button';

/** A form's submit button and a Cancel beside it, as every dialog form ends. */
export function FormActions({
  submit,
  variant = 'primary',
  pending,
  onCancel,
}: {
  submit: ReactNode;
  variant?: ButtonVariant;
  pending: boolean;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="form__actions">
      <Button type="submit" variant={variant} pending={pending}>
        {submit}
      </Button>
      <Button variant="ghost" onClick={onCancel}>
        {t('profile.cancel')}
      </Button>
    </div>
  );
}
