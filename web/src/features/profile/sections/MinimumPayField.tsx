import { useTranslation } from 'react-i18next';
import { currencySchema, type Goals } from '../../../../../src/contracts/profile.js';
import type { FieldErrors } from '../../../i18n/errors';
import { SelectField } from '../../../ui/SelectField';
import { TextField } from '../../../ui/TextField';

type MinimumPay = NonNullable<Goals['minimumPay']>;
export interface PayDraft {
  /** Empty means no minimum. */
  amount: string;
  currency: MinimumPay['currency'];
  period: MinimumPay['period'];
}

interface MinimumPayFieldProps {
  value: PayDraft;
  errors: FieldErrors;
  onChange: (value: PayDraft) => void;
}

/** Amount, currency and period of the lowest base pay the candidate would accept. */
export function MinimumPayField({ value, errors, onChange }: MinimumPayFieldProps) {
  const { t } = useTranslation();
  return (
    <fieldset className="subfields">
      <legend className="field__label">{t('profile.goals.pay.legend')}</legend>
      <p className="field__hint">{t('profile.goals.pay.hint')}</p>
      <div className="form-grid form-grid--3">
        <TextField
          label={t('profile.goals.pay.amount')}
          name="minimumPay.amount"
          type="number"
          inputMode="numeric"
          min={0}
          step={1}
          value={value.amount}
          error={errors['minimumPay.amount'] ?? errors.minimumPay}
          onChange={(e) => onChange({ ...value, amount: e.target.value })}
        />
        <SelectField
          label={t('profile.goals.pay.currency')}
          name="minimumPay.currency"
          value={value.currency}
          error={errors['minimumPay.currency']}
          onChange={(e) => onChange({ ...value, currency: currencySchema.parse(e.target.value) })}
        >
          {currencySchema.options.map((code) => (
            <option key={code} value={code}>
              {t(`profile.currencies.${code}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('profile.goals.pay.period')}
          name="minimumPay.period"
          value={value.period}
          error={errors['minimumPay.period']}
          onChange={(e) => onChange({ ...value, period: e.target.value === 'year' ? 'year' : 'month' })}
        >
          <option value="month">{t('profile.goals.pay.perMonth')}</option>
          <option value="year">{t('profile.goals.pay.perYear')}</option>
        </SelectField>
      </div>
    </fieldset>
  );
}
