import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../i18n/errors';
import { Button, type ButtonVariant } from '../../ui/Button';

interface ConfirmActionProps {
  /** The button's visible text. */
  label: string;
  /** Its accessible name when the visible text alone is ambiguous in a list ("Remove Layla"). */
  ariaLabel?: string;
  question: string;
  confirmLabel: string;
  variant?: ButtonVariant;
  onConfirm: () => Promise<void>;
}

/** An action that cannot be undone takes a second, explicit step; the safe choice takes focus. */
export function ConfirmAction({
  label,
  ariaLabel,
  question,
  confirmLabel,
  variant = 'danger',
  onConfirm,
}: ConfirmActionProps) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const run = async () => {
    setPending(true);
    setError(null);
    try {
      await onConfirm();
      setConfirming(false);
    } catch (caught) {
      setError(errorMessage(caught, t));
    } finally {
      setPending(false);
    }
  };

  if (!confirming) {
    return (
      <Button variant={variant} size="sm" aria-label={ariaLabel} onClick={() => setConfirming(true)}>
        {label}
      </Button>
    );
  }
  return (
    <fieldset className="confirm-inline">
      <legend className="confirm-inline__text">{question}</legend>
      <div className="button-row">
        <Button variant="danger" size="sm" pending={pending} onClick={() => void run()}>
          {confirmLabel}
        </Button>
        <Button variant="ghost" size="sm" autoFocus onClick={() => setConfirming(false)}>
          {t('profile.cancel')}
        </Button>
      </div>
      {error ? (
        <p className="inline-error" role="alert">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
