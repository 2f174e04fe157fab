import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currencySchema } from '../../../../src/contracts/profile.js';
import type { OfferView } from '../../api/applications';
import { makeOffer } from '../../api/pipeline';
import { handleSubmit } from '../../lib/handleSubmit';
import { useFormSubmit } from '../../lib/useFormSubmit';
import { Dialog } from '../../ui/Dialog';
import { FormActions } from '../../ui/FormActions';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import { FormAlert } from '../auth/FormAlert';

const ALLOWANCES = ['housing', 'transport', 'flights', 'education', 'other'] as const;
type Allowance = (typeof ALLOWANCES)[number];

interface OfferDialogProps {
  open: boolean;
  applicationId: string;
  who: string;
  onClose: () => void;
  onMade: (offer: OfferView) => void;
}

/** Records an offer on an application at the offer stage: base, allowances, currency, period, start. */
export function OfferDialog({ open, applicationId, who, onClose, onMade }: OfferDialogProps) {
  const { t } = useTranslation();
  return (
    <Dialog open={open} title={t('pipeline.offer.dialogTitle', { name: who })} onClose={onClose}>
      {open ? <OfferForm applicationId={applicationId} onClose={onClose} onMade={onMade} /> : null}
    </Dialog>
  );
}

function amount(text: string): number | null {
  if (text.trim() === '') return 0;
  const value = Number(text.replace(/[,\s]/g, ''));
  return Number.isFinite(value) && value >= 0 ? value : null;
}

function OfferForm({ applicationId, onClose, onMade }: Omit<OfferDialogProps, 'open' | 'who'>) {
  const { t } = useTranslation();
  const form = useFormSubmit();
  const [base, setBase] = useState('');
  const [currency, setCurrency] = useState<(typeof currencySchema.options)[number]>('AED');
  const [period, setPeriod] = useState<'month' | 'year'>('month');
  const [startDate, setStartDate] = useState('');
  const [allowances, setAllowances] = useState<Record<Allowance, string>>({
    housing: '',
    transport: '',
    flights: '',
    education: '',
    other: '',
  });

  const onSubmit = () =>
    form.submit(
      () => {
        const errors: Record<string, string | undefined> = {};
        const baseValue = amount(base);
        if (!baseValue) errors.base = t('pipeline.offer.baseRequired');
        for (const key of ALLOWANCES)
          if (amount(allowances[key]) === null) errors[key] = t('pipeline.offer.amountInvalid');
        return errors;
      },
      async () => {
        const offer = await makeOffer(applicationId, {
          base: amount(base) ?? 0,
          currency,
          period,
          startDate: startDate || null,
          allowances: {
            housing: amount(allowances.housing) ?? 0,
            transport: amount(allowances.transport) ?? 0,
            flights: amount(allowances.flights) ?? 0,
            education: amount(allowances.education) ?? 0,
            other: amount(allowances.other) ?? 0,
          },
        });
        onMade(offer);
      },
    );

  return (
    <form ref={form.formRef} className="form" noValidate onSubmit={handleSubmit(onSubmit)}>
      <FormAlert message={form.formError} alertRef={form.alertRef} />
      <div className="form-grid">
        <TextField
          label={t('pipeline.offer.base')}
          name="base"
          inputMode="decimal"
          dir="ltr"
          required
          value={base}
          error={form.fieldErrors.base}
          onChange={(e) => setBase(e.target.value)}
        />
        <SelectField
          label={t('pipeline.offer.currency')}
          name="currency"
          value={currency}
          onChange={(e) => setCurrency(currencySchema.safeParse(e.target.value).data ?? 'AED')}
        >
          {currencySchema.options.map((code) => (
            <option key={code} value={code}>
              {code}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('pipeline.offer.period')}
          name="period"
          value={period}
          onChange={(e) => setPeriod(e.target.value === 'year' ? 'year' : 'month')}
        >
          <option value="month">{t('pipeline.offer.periods.month')}</option>
          <option value="year">{t('pipeline.offer.periods.year')}</option>
        </SelectField>
        <TextField
          label={t('pipeline.offer.startDate')}
          name="startDate"
          type="date"
          value={startDate}
          error={form.fieldErrors.startDate}
          onChange={(e) => setStartDate(e.target.value)}
        />
      </div>
      <fieldset className="fieldset">
        <legend className="fieldset__legend">{t('pipeline.offer.allowancesTitle')}</legend>
        <p className="muted">{t('pipeline.offer.allowancesHint')}</p>
        <div className="form-grid">
          {ALLOWANCES.map((key) => (
            <TextField
              key={key}
              label={t(`pipeline.offer.allowances.${key}`)}
              name={key}
              inputMode="decimal"
              dir="ltr"
              value={allowances[key]}
              error={form.fieldErrors[key]}
              onChange={(e) => setAllowances((current) => ({ ...current, [key]: e.target.value }))}
            />
          ))}
        </div>
      </fieldset>
      <FormActions submit={t('pipeline.offer.submit')} pending={form.pending} onCancel={onClose} />
    </form>
  );
}
