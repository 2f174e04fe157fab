import { useTranslation } from 'react-i18next';
import { currencySchema } from '../../../../../../src/contracts/profile.js';
import type { FieldErrors } from '../../../../i18n/errors';
import { CheckboxField } from '../../../../ui/CheckboxField';
import { SelectField } from '../../../../ui/SelectField';
import { TextField } from '../../../../ui/TextField';
import { PACKAGE_ITEMS, type PositionDraft } from './positionDraft';

type Compensation = Pick<PositionDraft, 'salary' | 'package'>;

interface CompensationSectionProps {
  value: Compensation;
  errors: FieldErrors;
  onChange: (patch: Partial<Compensation>) => void;
}

/** The salary band every position must show, and the Gulf-style package on top of it. */
export function CompensationSection({ value, errors, onChange }: CompensationSectionProps) {
  const { t } = useTranslation();
  const { salary } = value;
  const pack = value.package;
  const setSalary = (patch: Partial<Compensation['salary']>) => onChange({ salary: { ...salary, ...patch } });
  return (
    <div className="stack stack--gap-6">
      <fieldset name="salary" className="subfields">
        <legend className="field__label">{t('employer.editor.salary.legend')}</legend>
        <p className="field__hint">{t('employer.editor.salary.hint')}</p>
        {errors.salary ? <p className="field__error">{errors.salary}</p> : null}
        <div className="form-grid form-grid--4">
          <TextField
            label={t('employer.editor.salary.min')}
            name="salary.min"
            inputMode="numeric"
            dir="ltr"
            autoComplete="off"
            value={salary.min}
            error={errors['salary.min']}
            onChange={(e) => setSalary({ min: e.target.value })}
            required
          />
          <TextField
            label={t('employer.editor.salary.max')}
            name="salary.max"
            inputMode="numeric"
            dir="ltr"
            autoComplete="off"
            value={salary.max}
            error={errors['salary.max']}
            onChange={(e) => setSalary({ max: e.target.value })}
            required
          />
          <SelectField
            label={t('employer.editor.salary.currency')}
            name="salary.currency"
            value={salary.currency}
            error={errors['salary.currency']}
            onChange={(e) =>
              setSalary({ currency: currencySchema.safeParse(e.target.value).data ?? salary.currency })
            }
          >
            {currencySchema.options.map((code) => (
              <option key={code} value={code}>
                {t(`profile.currencies.${code}`)}
              </option>
            ))}
          </SelectField>
          <SelectField
            label={t('employer.editor.salary.period')}
            name="salary.period"
            value={salary.period}
            error={errors['salary.period']}
            onChange={(e) => setSalary({ period: e.target.value === 'year' ? 'year' : 'month' })}
          >
            <option value="month">{t('employer.editor.salary.perMonth')}</option>
            <option value="year">{t('employer.editor.salary.perYear')}</option>
          </SelectField>
        </div>
      </fieldset>
      <fieldset name="package" className="subfields">
        <legend className="field__label">{t('employer.editor.package.legend')}</legend>
        <p className="field__hint">{t('employer.editor.package.hint', { currency: salary.currency })}</p>
        <div className="form-grid form-grid--3">
          {PACKAGE_ITEMS.map((item) => (
            <TextField
              key={item}
              label={t(`employer.editor.package.items.${item}`)}
              name={`package.${item}`}
              inputMode="numeric"
              dir="ltr"
              autoComplete="off"
              value={pack[item]}
              error={errors[`package.${item}`]}
              onChange={(e) => onChange({ package: { ...pack, [item]: e.target.value } })}
            />
          ))}
        </div>
        <CheckboxField
          name="package.taxFree"
          label={t('employer.editor.package.taxFree')}
          hint={t('employer.editor.package.taxFreeHint')}
          checked={pack.taxFree}
          error={errors['package.taxFree']}
          onChange={(e) => onChange({ package: { ...pack, taxFree: e.target.checked } })}
        />
      </fieldset>
    </div>
  );
}
