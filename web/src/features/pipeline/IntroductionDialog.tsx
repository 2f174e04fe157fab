import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IntroductionView } from '../../api/applications';
import { requestIntroduction } from '../../api/pipeline';
import { handleSubmit } from '../../lib/handleSubmit';
import { useFormSubmit } from '../../lib/useFormSubmit';
import { Dialog } from '../../ui/Dialog';
import { FormActions } from '../../ui/FormActions';
import { TextAreaField } from '../../ui/TextAreaField';
import { FormAlert } from '../auth/FormAlert';
import { isolate } from '../employer/isolate';

const MESSAGE_MIN = 20;
const MESSAGE_MAX = 4000;

interface IntroductionDialogProps {
  open: boolean;
  positionId: string;
  candidateId: string;
  who: string;
  onClose: () => void;
  onRequested: (introduction: IntroductionView) => void;
}

/** "Request introduction": a required message saying why this candidate and this position. */
export function IntroductionDialog({ open, who, onClose, ...rest }: IntroductionDialogProps) {
  const { t } = useTranslation();
  return (
    <Dialog open={open} title={t('pipeline.introduction.title', { name: isolate(who) })} onClose={onClose}>
      {open ? <IntroductionForm onClose={onClose} {...rest} /> : null}
    </Dialog>
  );
}

function IntroductionForm({
  positionId,
  candidateId,
  onClose,
  onRequested,
}: Omit<IntroductionDialogProps, 'open' | 'who'>) {
  const { t } = useTranslation();
  const form = useFormSubmit();
  const [message, setMessage] = useState('');
  const onSubmit = () =>
    form.submit(
      () => ({
        message:
          message.trim().length < MESSAGE_MIN
            ? t('pipeline.introduction.tooShort', { min: MESSAGE_MIN })
            : message.length > MESSAGE_MAX
              ? t('validation.maxLength', { max: MESSAGE_MAX })
              : undefined,
      }),
      async () => onRequested(await requestIntroduction(positionId, candidateId, message.trim())),
    );
  return (
    <form ref={form.formRef} className="form" noValidate onSubmit={handleSubmit(onSubmit)}>
      <FormAlert message={form.formError} alertRef={form.alertRef} />
      <p className="muted">{t('pipeline.introduction.intro')}</p>
      <TextAreaField
        label={t('pipeline.introduction.message')}
        hint={t('pipeline.introduction.messageHint', { min: MESSAGE_MIN })}
        name="message"
        dir="auto"
        rows={6}
        required
        maxLength={MESSAGE_MAX}
        value={message}
        error={form.fieldErrors.message}
        onChange={(e) => setMessage(e.target.value)}
      />
      <FormActions submit={t('pipeline.introduction.send')} pending={form.pending} onCancel={onClose} />
    </form>
  );
}
