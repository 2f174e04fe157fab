import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { signUpAccountTypeSchema } from '../../../../src/contracts/auth.js';
import { cx } from '../../lib/cx';

export type SignUpAccountType = z.infer<typeof signUpAccountTypeSchema>;

const TYPES: readonly SignUpAccountType[] = ['candidate', 'employer'];

interface AccountTypeFieldProps {
  value: SignUpAccountType;
  onChange: (value: SignUpAccountType) => void;
  error?: string;
}

/** A native radio group styled as two cards; arrow keys move between the options as usual. */
export function AccountTypeField({ value, onChange, error }: AccountTypeFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const errorId = `${id}-error`;
  return (
    <fieldset className={cx('choice-group', error && 'choice-group--invalid')}>
      <legend className="field__label">{t('auth.signUp.accountTypeLegend')}</legend>
      <div className="choice-group__options">
        {TYPES.map((type) => (
          <div key={type} className={cx('choice', value === type && 'choice--selected')}>
            <input
              id={`${id}-${type}`}
              type="radio"
              name="accountType"
              value={type}
              checked={value === type}
              onChange={() => onChange(type)}
              aria-describedby={cx(`${id}-${type}-desc`, error && errorId)}
              aria-invalid={error ? true : undefined}
              className="choice__input"
            />
            <label htmlFor={`${id}-${type}`} className="choice__label">
              {t(`auth.signUp.types.${type}.label`)}
            </label>
            <p id={`${id}-${type}-desc`} className="choice__description">
              {t(`auth.signUp.types.${type}.description`)}
            </p>
          </div>
        ))}
      </div>
      {error ? (
        <p id={errorId} className="field__error">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
