import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { cx } from '../../../lib/cx';
import { PROFICIENCY_LEVELS } from './skillDraft';

interface ProficiencyFieldProps {
  name: string;
  skillName: string;
  value: number;
  onChange: (value: number) => void;
  error?: string;
  /** "Proficiency" by default; a position asks for a minimum instead. */
  legend?: string;
}

/** Five native radios shown as a segmented scale, 1 aware … 5 expert; arrow keys move along it. */
export function ProficiencyField({ name, skillName, value, onChange, error, legend }: ProficiencyFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <fieldset className={cx('scale', error && 'scale--invalid')}>
      <legend className="scale__legend">
        {legend ?? t('profile.skills.proficiency.legend')}
        <span className="visually-hidden"> {t('profile.skills.proficiency.for', { skill: skillName })}</span>
      </legend>
      <div className="scale__options">
        {PROFICIENCY_LEVELS.map((level) => (
          <div key={level} className="scale__option">
            <input
              id={`${id}-${level}`}
              type="radio"
              name={name}
              value={level}
              checked={value === level}
              onChange={() => onChange(level)}
              className="scale__input"
              aria-invalid={error ? true : undefined}
            />
            <label htmlFor={`${id}-${level}`} className="scale__label">
              <span className="scale__number" aria-hidden="true">
                {level}
              </span>
              <span className="scale__word">{t(`profile.skills.proficiency.levels.${level}`)}</span>
            </label>
          </div>
        ))}
      </div>
      {error ? <p className="field__error">{error}</p> : null}
    </fieldset>
  );
}
