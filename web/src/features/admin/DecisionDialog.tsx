import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Decision } from '../../api/adminVerification';
import { handleSubmit } from '../../lib/handleSubmit';
import { useFormSubmit } from '../../lib/useFormSubmit';
import { Dialog } from '../../ui/Dialog';
import { FormActions } from '../../ui/FormActions';
import { TextAreaField } from '../../ui/TextAreaField';
import { FormAlert } from '../auth/FormAlert';
import { isolate } from '../employer/isolate';

export interface PendingDecision {
  decision: Decision['decision'];
  /** What is being decided on, for the dialog's title ("Reject Falcon AI?"). */
  subject: string;
  run: (decision: Decision) => Promise<void>;
}

/** Approving takes an optional note, rejecting a reason the employer will read; both go in the audit trail. */
export function DecisionDialog({
  pending,
  onClose,
}: {
  pending: PendingDecision | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const title = pending
    ? t(`verification.decision.${pending.decision}Title`, { subject: isolate(pending.subject) })
    : '';
  return (
    <Dialog open={pending !== null} title={title} onClose={onClose}>
      {pending ? <DecisionForm pending={pending} onClose={onClose} /> : null}
    </Dialog>
  );
}

function DecisionForm({ pending, onClose }: { pending: PendingDecision; onClose: () => void }) {
  const { t } = useTranslation();
  const form = useFormSubmit();
  const [reason, setReason] = useState('');
  const rejecting = pending.decision === 'reject';

  const onSubmit = () =>
    form.submit(
      () => ({
        reason:
          rejecting && reason.trim() === ''
            ? t('verification.decision.reasonRequired')
            : reason.trim().length > 1000
              ? t('validation.maxLength', { max: 1000 })
              : undefined,
      }),
      async () => {
        await pending.run({
          decision: pending.decision,
          ...(reason.trim() ? { reason: reason.trim() } : {}),
        });
        onClose();
      },
    );

  return (
    <form ref={form.formRef} className="form" noValidate onSubmit={handleSubmit(onSubmit)}>
      <p>{t(`verification.decision.${pending.decision}Intro`)}</p>
      <FormAlert message={form.formError} alertRef={form.alertRef} />
      <TextAreaField
        label={rejecting ? t('verification.decision.reason') : t('verification.decision.note')}
        hint={rejecting ? t('verification.decision.reasonHint') : t('verification.decision.noteHint')}
        name="reason"
        dir="auto"
        rows={4}
        maxLength={1000}
        value={reason}
        error={form.fieldErrors.reason}
        onChange={(e) => setReason(e.target.value)}
        required={rejecting}
      />
      <FormActions
        submit={t(`verification.decision.${pending.decision}Confirm`)}
        variant={rejecting ? 'danger' : 'primary'}
        pending={form.pending}
        onCancel={onClose}
      />
    </form>
  );
}
