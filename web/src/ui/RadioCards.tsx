import { useId } from 'react';
import { cx } from '../lib/cx';

export interface RadioCardOption<V extends string> {
  value: V;
  label: string;
  description?: string;
}

interface RadioCardsProps<V extends string> {
  legend: string;
  name: string;
  value: V;
  options: readonly RadioCardOption<V>[];
  onChange: (value: V) => void;
  error?: string;
  /** One column always, for long descriptions. */
  stacked?: boolean;
  /** Short labels only: as many on a line as fit. */
  compact?: boolean;
}

/** A native radio group styled as cards; arrow keys move between the options as usual. */
export function RadioCards<V extends string>({
  legend,
  name,
  value,
  options,
  onChange,
  error,
  stacked = false,
  compact = false,
}: RadioCardsProps<V>) {
  const id = useId();
  const errorId = `${id}-error`;
  return (
    <fieldset className={cx('choice-group', error && 'choice-group--invalid')}>
      <legend className="field__label">{legend}</legend>
      <div
        className={cx(
          'choice-group__options',
          stacked && 'choice-group__options--stacked',
          compact && 'choice-group__options--compact',
        )}
      >
        {options.map((option) => (
          <div key={option.value} className={cx('choice', value === option.value && 'choice--selected')}>
            <input
              id={`${id}-${option.value}`}
              type="radio"
              name={name}
              value={option.value}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
              aria-describedby={
                cx(option.description && `${id}-${option.value}-desc`, error && errorId) || undefined
              }
              aria-invalid={error ? true : undefined}
              className="choice__input"
            />
            <label htmlFor={`${id}-${option.value}`} className="choice__label">
              {option.label}
            </label>
            {option.description ? (
              <p id={`${id}-${option.value}-desc`} className="choice__description">
                {option.description}
              </p>
            ) : null}
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
