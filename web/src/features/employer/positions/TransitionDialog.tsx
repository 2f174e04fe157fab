import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type PositionView, transitionPosition } from '../../../api/positions';
import { handleSubmit } from '../../../lib/handleSubmit';
import { useFormSubmit } from '../../../lib/useFormSubmit';
import { Dialog } from '../../../ui/Dialog';
import { FormActions } from '../../../ui/FormActions';
import { RadioCards } from '../../../ui/RadioCards';
import { TextAreaField } from '../../../ui/TextAreaField';
import { TextField } from '../../../ui/TextField';
import { FormAlert } from '../../auth/FormAlert';
import { isolate } from '../isolate';
import { dayFromNow } from './lifecycle';
import { transitionErrorMessage } from './transitionError';

interface TransitionDialogProps {
  kind: 'close' | 'renew' | null;
  position: PositionView;
  onClose: () => void;
  onDone: (position: PositionView) => void;
}

/** The two status changes that need more than a click: closing (why) and renewing (until when). */
export function TransitionDialog({ kind, position, onClose, onDone }: TransitionDialogProps) {
  const { t } = useTranslation();
  const title =
    kind === 'renew'
      ? t('employer.positions.dialog.renewTitle', { title: isolate(position.title) })
      : t('employer.positions.dialog.closeTitle', { title: isolate(position.title) });
  // The dialog renders its content only while open, so every opening starts with a fresh form.
  return (
    <Dialog open={kind !== null} title={title} onClose={onClose}>
      {kind ? <TransitionForm kind={kind} position={position} onClose={onClose} onDone={onDone} /> : null}
    </Dialog>
  );
}

function TransitionForm({
  kind,
  position,
  onClose,
  onDone,
}: Omit<TransitionDialogProps, 'kind'> & { kind: 'close' | 'renew' }) {
  const { t } = useTranslation();
  const form = useFormSubmit();
  const [reason, setReason] = useState<'filled' | 'cancelled'>('filled');
  const [note, setNote] = useState('');
  const [validThrough, setValidThrough] = useState(() => dayFromNow(60));
  const [refusal, setRefusal] = useState<string | null>(null);

  const onSubmit = () => {
    setRefusal(null);
    return form.submit(
      () => ({
        validThrough:
          kind === 'renew' && !/^\d{4}-\d{2}-\d{2}$/.test(validThrough)
            ? t('employer.positions.dialog.dateRequired')
            : undefined,
        note: note.trim().length > 1000 ? t('validation.maxLength', { max: 1000 }) : undefined,
      }),
      async () => {
        try {
          const updated = await transitionPosition(
            position.id,
            kind === 'close'
              ? { action: 'close', reason, ...(note.trim() ? { note: note.trim() } : {}) }
              : { action: 'renew', validThrough },
          );
          onDone(updated);
        } catch (error) {
          // The refusal reads better in our words than as a generic "check the fields".
          setRefusal(transitionErrorMessage(error, t));
          throw error;
        }
      },
    );
  };

  return (
    <form ref={form.formRef} className="form" noValidate onSubmit={handleSubmit(onSubmit)}>
      <FormAlert message={refusal ?? form.formError} alertRef={form.alertRef} />
      {kind === 'close' ? (
        <>
          <RadioCards
            legend={t('employer.positions.dialog.reason')}
            name="reason"
            value={reason}
            stacked
            onChange={setReason}
            error={form.fieldErrors.reason}
            options={(['filled', 'cancelled'] as const).map((value) => ({
              value,
              label: t(`employer.positions.closeReasons.${value}`),
              description: t(`employer.positions.dialog.reasons.${value}`),
            }))}
          />
          <TextAreaField
            label={t('employer.positions.dialog.note')}
            hint={t('employer.positions.dialog.noteHint')}
            name="note"
            dir="auto"
            rows={3}
            maxLength={1000}
            value={note}
            error={form.fieldErrors.note}
            onChange={(e) => setNote(e.target.value)}
          />
        </>
      ) : (
        <TextField
          label={t('employer.positions.dialog.validThrough')}
          hint={t('employer.positions.dialog.validThroughHint')}
          name="validThrough"
          type="date"
          dir="ltr"
          min={dayFromNow(1)}
          value={validThrough}
          error={form.fieldErrors.validThrough}
          onChange={(e) => setValidThrough(e.target.value)}
        />
      )}
      <FormActions
        submit={
          kind === 'close'
            ? t('employer.positions.dialog.closeConfirm')
            : t('employer.positions.dialog.renewConfirm')
        }
        variant={kind === 'close' ? 'danger' : 'primary'}
        pending={form.pending}
        onCancel={onClose}
      />
    </form>
  );
}
