import { useTranslation } from 'react-i18next';
import type { Decision } from '../../api/adminVerification';
import { Button } from '../../ui/Button';

/** Approve and Reject for one queue row, named for its subject so a screen reader knows which row. */
export function DecisionButtons({
  subject,
  onDecide,
}: {
  subject: string;
  onDecide: (decision: Decision['decision']) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="button-row button-row--tight">
      <Button
        size="sm"
        aria-label={t('verification.approveLabel', { subject })}
        onClick={() => onDecide('approve')}
      >
        {t('verification.approve')}
      </Button>
      <Button
        size="sm"
        variant="danger"
        aria-label={t('verification.rejectLabel', { subject })}
        onClick={() => onDecide('reject')}
      >
        {t('verification.reject')}
      </Button>
    </div>
  );
}
