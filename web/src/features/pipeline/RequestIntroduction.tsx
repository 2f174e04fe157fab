import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { IntroductionDialog } from './IntroductionDialog';

/** The ranked list's entry point: ask to be introduced; says so once asked. */
export function RequestIntroduction({
  positionId,
  candidateId,
  who,
}: {
  positionId: string;
  candidateId: string;
  who: string;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [requested, setRequested] = useState(false);
  if (requested) {
    return (
      <p className="latest-action" role="status">
        {t('pipeline.introduction.requested')}
      </p>
    );
  }
  return (
    <>
      <Button
        size="sm"
        variant="secondary"
        aria-haspopup="dialog"
        aria-label={t('pipeline.introduction.buttonLabel', { name: who })}
        onClick={() => setOpen(true)}
      >
        {t('pipeline.introduction.button')}
      </Button>
      <IntroductionDialog
        open={open}
        positionId={positionId}
        candidateId={candidateId}
        who={who}
        onClose={() => setOpen(false)}
        onRequested={() => {
          setOpen(false);
          setRequested(true);
        }}
      />
    </>
  );
}
