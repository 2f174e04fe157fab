import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCountryOptions } from '../../../lib/countries';
import { Button } from '../../../ui/Button';
import { SelectField } from '../../../ui/SelectField';
import { ChipList } from './ChipList';
import { CountryOptions } from './CountryOptions';

interface CountryListFieldProps {
  name: string;
  value: string[];
  error?: string;
  onChange: (value: string[]) => void;
}

const MAX_COUNTRIES = 30;

/** Several countries: pick one and add it; each chosen country can be removed again. */
export function CountryListField({ name, value, error, onChange }: CountryListFieldProps) {
  const { t } = useTranslation();
  const countries = useCountryOptions();
  const [choice, setChoice] = useState('');
  const add = () => {
    if (choice && !value.includes(choice) && value.length < MAX_COUNTRIES) onChange([...value, choice]);
    setChoice('');
  };
  return (
    <fieldset className="subfields form__wide">
      <legend className="field__label">{t('profile.goals.countries.legend')}</legend>
      <p className="field__hint">{t('profile.goals.countries.hint')}</p>
      <ChipList
        label={t('profile.goals.countries.chosen')}
        chips={value.map((code) => ({ value: code, text: countries.name(code) }))}
        removeLabel={(country) => t('profile.goals.countries.remove', { country })}
        onRemove={(code) => onChange(value.filter((c) => c !== code))}
      />
      <div className="inline-add">
        <SelectField
          label={t('profile.goals.countries.add')}
          name={name}
          value={choice}
          error={error}
          onChange={(e) => setChoice(e.target.value)}
        >
          <CountryOptions emptyLabel={t('profile.goals.countries.choose')} />
        </SelectField>
        <Button variant="secondary" disabled={!choice} onClick={add}>
          {t('profile.add')}
        </Button>
      </div>
    </fieldset>
  );
}
