import type { InputHTMLAttributes, ReactNode } from 'react';
import { cx } from '../lib/cx';
import { useFieldIds } from './useFieldIds';

interface CheckboxFieldProps
  extends Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'aria-describedby' | 'children'> {
  label: ReactNode;
  name: string;
  hint?: ReactNode;
  error?: string;
}

/** A checkbox with its label beside it and an optional hint underneath, tied together for screen readers. */
export function CheckboxField({ label, hint, error, id, className, ...input }: CheckboxFieldProps) {
  const ids = useFieldIds(id);
  const described = [hint ? ids.hintId : null, error ? ids.errorId : null].filter(Boolean).join(' ');
  return (
    <div className={cx('check', error && 'check--invalid', className)}>
      <input
        id={ids.id}
        type="checkbox"
        className="check__input"
        aria-invalid={error ? true : undefined}
        aria-describedby={described || undefined}
        {...input}
      />
      <label htmlFor={ids.id} className="check__label">
        {label}
      </label>
      {hint ? (
        <p id={ids.hintId} className="check__hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={ids.errorId} className="field__error check__hint">
          {error}
        </p>
      ) : null}
    </div>
  );
}
