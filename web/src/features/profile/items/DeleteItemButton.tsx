import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { deleteItem } from '../../../api/profile';
import { errorMessage } from '../../../i18n/errors';
import { Button } from '../../../ui/Button';

interface DeleteItemButtonProps {
  itemId: string;
  title: string;
  onDeleted: () => void;
}

/** Deleting takes a second, explicit step, because it cannot be undone. */
export function DeleteItemButton({ itemId, title, onDeleted }: DeleteItemButtonProps) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const remove = async () => {
    setPending(true);
    setError(null);
    try {
      await deleteItem(itemId);
      onDeleted();
    } catch (caught) {
      setError(errorMessage(caught, t));
      setPending(false);
    }
  };

  if (!confirming) {
    return (
      <Button
        variant="danger"
        size="sm"
        aria-label={t('profile.items.deleteLabel', { title })}
        onClick={() => setConfirming(true)}
      >
        {t('profile.items.delete')}
      </Button>
    );
  }
  return (
    <fieldset className="confirm-inline">
      <legend className="confirm-inline__text">{t('profile.items.confirmDelete', { title })}</legend>
      <div className="button-row">
        <Button variant="danger" size="sm" pending={pending} onClick={() => void remove()}>
          {t('profile.items.confirmYes')}
        </Button>
        {/* The safe choice takes focus when the question appears. */}
        <Button variant="ghost" size="sm" autoFocus onClick={() => setConfirming(false)}>
          {t('profile.items.confirmNo')}
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
