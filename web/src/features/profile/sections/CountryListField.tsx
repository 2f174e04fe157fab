import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCountryOptions } from '../../../lib/countries';
import { Button } from '../../../ui/Button';
import { SelectField } from '../../../ui/SelectField';
import { ChipList } from './ChipList';
import { CountryOptions } from './CountryOptions';

export interface CountryListLabels {
  legend: string;
  hint?: string;
  chosen: string;
  add: string;
  choose: string;
  remove: (country: string) => string;
}

interface CountryListFieldProps {
  name: string;
  value: string[];
  error?: string;
  onChange: (value: string[]) => void;
  /** Wording for another context; the candidate's desired countries by default. */
  labels?: CountryListLabels;
  className?: string;
}

const MAX_COUNTRIES = 30;

/** Several countries: pick one and add it; each chosen country can be removed again. */
export function CountryListField({ name, value, error, onChange, labels, className }: CountryListFieldProps) {
  const { t } = useTranslation();
  const countries = useCountryOptions();
  const [choice, setChoice] = useState('');
  const text: CountryListLabels = labels ?? {
    legend: t('profile.goals.countries.legend'),
    hint: t('profile.goals.countries.hint'),
    chosen: t('profile.goals.countries.chosen'),
    add: t('profile.goals.countries.add'),
    choose: t('profile.goals.countries.choose'),
    remove: (country) => t('profile.goals.countries.remove', { country }),
  };
  const add = () => {
    if (choice && !value.includes(choice) && value.length < MAX_COUNTRIES) onChange([...value, choice]);
    setChoice('');
  };
  return (
    <fieldset className={className ?? 'subfields form__wide'}>
      <legend className="field__label">{text.legend}</legend>
      {text.hint ? <p className="field__hint">{text.hint}</p> : null}
      <ChipList
        label={text.chosen}
        chips={value.map((code) => ({ value: code, text: countries.name(code) }))}
        removeLabel={text.remove}
        onRemove={(code) => onChange(value.filter((c) => c !== code))}
      />
      <div className="inline-add">
        <SelectField
          label={text.add}
          name={name}
          value={choice}
          error={error}
          onChange={(e) => setChoice(e.target.value)}
        >
          <CountryOptions emptyLabel={text.choose} />
        </SelectField>
        <Button variant="secondary" disabled={!choice} onClick={add}>
          {t('profile.add')}
        </Button>
      </div>
    </fieldset>
  );
}
