import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { applyToPosition } from '../../api/applications';
import { handleSubmit } from '../../lib/handleSubmit';
import { useFormSubmit } from '../../lib/useFormSubmit';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { FormActions } from '../../ui/FormActions';
import { TextAreaField } from '../../ui/TextAreaField';
import { FormAlert } from '../auth/FormAlert';
import { isolate } from '../employer/isolate';
import { forgetMyApplications, useMyApplication } from './useMyApplication';

const NOTE_MAX = 4000;

/**
 * "Apply" on a position a candidate sees (the job list, their matches): a note, then the API's answer.
 * Applying twice or to a closed position comes back as a problem and is said in the dialog.
 */
export function ApplyButton({ positionId, title }: { positionId: string; title: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [sentId, setSentId] = useState<string | null>(null);
  const existing = useMyApplication(positionId);

  if (existing && !sentId) {
    return (
      <p className="apply-done">
        <Link to={`/applications/${encodeURIComponent(existing)}`}>{t('applications.apply.already')}</Link>
      </p>
    );
  }
  const applicationId = sentId;
  if (applicationId) {
    return (
      <p className="apply-done" role="status">
        {t('applications.apply.done')}{' '}
        <Link to={`/applications/${encodeURIComponent(applicationId)}`}>{t('applications.apply.see')}</Link>
      </p>
    );
  }
  return (
    <>
      <Button
        size="sm"
        aria-haspopup="dialog"
        aria-label={t('applications.apply.label', { title })}
        onClick={() => setOpen(true)}
      >
        {t('applications.apply.button')}
      </Button>
      <Dialog
        open={open}
        title={t('applications.apply.title', { title: isolate(title) })}
        onClose={() => setOpen(false)}
      >
        {open ? (
          <ApplyForm
            positionId={positionId}
            onClose={() => setOpen(false)}
            onApplied={(id) => {
              setOpen(false);
              forgetMyApplications();
              setSentId(id);
            }}
          />
        ) : null}
      </Dialog>
    </>
  );
}

function ApplyForm({
  positionId,
  onClose,
  onApplied,
}: {
  positionId: string;
  onClose: () => void;
  onApplied: (applicationId: string) => void;
}) {
  const { t } = useTranslation();
  const form = useFormSubmit();
  const [note, setNote] = useState('');
  const onSubmit = () =>
    form.submit(
      () => ({ note: note.length > NOTE_MAX ? t('validation.maxLength', { max: NOTE_MAX }) : undefined }),
      async () => onApplied((await applyToPosition(positionId, note.trim())).id),
    );
  return (
    <form ref={form.formRef} className="form" noValidate onSubmit={handleSubmit(onSubmit)}>
      <FormAlert message={form.formError} alertRef={form.alertRef} />
      <p className="muted">{t('applications.apply.intro')}</p>
      <TextAreaField
        label={t('applications.apply.note')}
        hint={t('applications.apply.noteHint')}
        name="note"
        dir="auto"
        rows={5}
        maxLength={NOTE_MAX}
        value={note}
        error={form.fieldErrors.note}
        onChange={(e) => setNote(e.target.value)}
      />
      <FormActions submit={t('applications.apply.submit')} pending={form.pending} onCancel={onClose} />
    </form>
  );
}
