import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dismissReasonSchema } from '../../../../src/contracts/matching.js';
import type { DismissReason, MatchActionBody } from '../../api/matching';
import { handleSubmit } from '../../lib/handleSubmit';
import { useFormSubmit } from '../../lib/useFormSubmit';
import { Dialog } from '../../ui/Dialog';
import { FormActions } from '../../ui/FormActions';
import { SelectField } from '../../ui/SelectField';
import { TextAreaField } from '../../ui/TextAreaField';
import { FormAlert } from '../auth/FormAlert';
import { isolate } from '../employer/isolate';

interface DismissDialogProps {
  open: boolean;
  /** The candidate's name or "Anonymous candidate, rank 3". */
  who: string;
  onClose: () => void;
  onDismiss: (body: MatchActionBody) => Promise<void>;
}

const NOTE_MAX = 500;

/** Dismissing asks why: the reason is kept as feedback for tuning the ranking later. */
export function DismissDialog({ open, who, onClose, onDismiss }: DismissDialogProps) {
  const { t } = useTranslation();
  // The dialog renders its content only while open, so every opening starts with a fresh form.
  return (
    <Dialog open={open} title={t('matching.actions.dismissTitle', { name: isolate(who) })} onClose={onClose}>
      {open ? <DismissForm onClose={onClose} onDismiss={onDismiss} /> : null}
    </Dialog>
  );
}

function DismissForm({ onClose, onDismiss }: Pick<DismissDialogProps, 'onClose' | 'onDismiss'>) {
  const { t } = useTranslation();
  const form = useFormSubmit();
  const [reason, setReason] = useState<DismissReason | ''>('');
  const [note, setNote] = useState('');

  const onSubmit = () =>
    form.submit(
      () => ({
        reason: reason ? undefined : t('matching.actions.reasonRequired'),
        note: note.trim().length > NOTE_MAX ? t('validation.maxLength', { max: NOTE_MAX }) : undefined,
      }),
      async () => {
        if (!reason) return;
        await onDismiss({ action: 'dismiss', reason, ...(note.trim() ? { note: note.trim() } : {}) });
      },
    );

  return (
    <form ref={form.formRef} className="form" noValidate onSubmit={handleSubmit(onSubmit)}>
      <FormAlert message={form.formError} alertRef={form.alertRef} />
      <p className="muted">{t('matching.actions.dismissIntro')}</p>
      <SelectField
        label={t('matching.actions.reason')}
        name="reason"
        value={reason}
        error={form.fieldErrors.reason}
        required
        onChange={(e) => setReason(dismissReasonSchema.safeParse(e.target.value).data ?? '')}
      >
        <option value="">{t('matching.actions.chooseReason')}</option>
        {dismissReasonSchema.options.map((value) => (
          <option key={value} value={value}>
            {t(`matching.actions.reasons.${value}`)}
          </option>
        ))}
      </SelectField>
      <TextAreaField
        label={t('matching.actions.note')}
        hint={t('matching.actions.noteHint')}
        name="note"
        dir="auto"
        rows={3}
        maxLength={NOTE_MAX}
        value={note}
        error={form.fieldErrors.note}
        onChange={(e) => setNote(e.target.value)}
      />
      <FormActions
        submit={t('matching.actions.dismissConfirm')}
        variant="danger"
        pending={form.pending}
        onCancel={onClose}
      />
    </form>
  );
}
