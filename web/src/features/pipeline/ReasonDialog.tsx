import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { handleSubmit } from '../../lib/handleSubmit';
import { useFormSubmit } from '../../lib/useFormSubmit';
import type { ButtonVariant } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { FormActions } from '../../ui/FormActions';
import { SelectField } from '../../ui/SelectField';
import { TextAreaField } from '../../ui/TextAreaField';
import { FormAlert } from '../auth/FormAlert';

const NOTE_MAX = 1000;

interface ReasonDialogProps<R extends string> {
  open: boolean;
  title: string;
  intro?: ReactNode;
  reasons: readonly R[];
  reasonLabel: (reason: R) => string;
  /** Rejections need a reason; withdrawals and declines may leave it out. */
  reasonRequired: boolean;
  noteHint?: string;
  confirm: string;
  confirmVariant?: ButtonVariant;
  onClose: () => void;
  onConfirm: (body: { reason?: R; note?: string }) => Promise<void>;
}

/** A confirmation that asks why: a reason from a fixed list and optional words of one's own. */
export function ReasonDialog<R extends string>(props: ReasonDialogProps<R>) {
  return (
    <Dialog open={props.open} title={props.title} onClose={props.onClose}>
      {props.open ? <ReasonForm {...props} /> : null}
    </Dialog>
  );
}

function ReasonForm<R extends string>({
  intro,
  reasons,
  reasonLabel,
  reasonRequired,
  noteHint,
  confirm,
  confirmVariant = 'danger',
  onClose,
  onConfirm,
}: ReasonDialogProps<R>) {
  const { t } = useTranslation();
  const form = useFormSubmit();
  const [reason, setReason] = useState<R | ''>('');
  const [note, setNote] = useState('');
  const onSubmit = () =>
    form.submit(
      () => ({
        reason: reasonRequired && !reason ? t('pipeline.reasonRequired') : undefined,
        note: note.trim().length > NOTE_MAX ? t('validation.maxLength', { max: NOTE_MAX }) : undefined,
      }),
      () =>
        onConfirm({
          ...(reason ? { reason } : {}),
          ...(note.trim() ? { note: note.trim() } : {}),
        }),
    );
  return (
    <form ref={form.formRef} className="form" noValidate onSubmit={handleSubmit(onSubmit)}>
      <FormAlert message={form.formError} alertRef={form.alertRef} />
      {intro ? <div className="muted">{intro}</div> : null}
      <SelectField
        label={reasonRequired ? t('pipeline.reason') : t('pipeline.reasonOptional')}
        name="reason"
        value={reason}
        required={reasonRequired}
        error={form.fieldErrors.reason}
        onChange={(e) => setReason((reasons.find((r) => r === e.target.value) ?? '') as R | '')}
      >
        <option value="">{reasonRequired ? t('pipeline.chooseReason') : t('pipeline.noReason')}</option>
        {reasons.map((value) => (
          <option key={value} value={value}>
            {reasonLabel(value)}
          </option>
        ))}
      </SelectField>
      <TextAreaField
        label={t('pipeline.note')}
        hint={noteHint}
        name="note"
        dir="auto"
        rows={3}
        maxLength={NOTE_MAX}
        value={note}
        error={form.fieldErrors.note}
        onChange={(e) => setNote(e.target.value)}
      />
      <FormActions submit={confirm} variant={confirmVariant} pending={form.pending} onCancel={onClose} />
    </form>
  );
}
