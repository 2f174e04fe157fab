import { useTranslation } from 'react-i18next';
import { SelectField } from '../../../ui/SelectField';
import { TextAreaField } from '../../../ui/TextAreaField';
import { TextField } from '../../../ui/TextField';
import { CountryOptions } from '../sections/CountryOptions';
import type { FieldSpec } from './itemDraft';

interface ItemFieldInputProps {
  spec: FieldSpec;
  value: string;
  error?: string;
  onChange: (value: string) => void;
}

/** One field of an item form; the control's name is the API's path for it, so server errors land here. */
export function ItemFieldInput({ spec, value, error, onChange }: ItemFieldInputProps) {
  const { t } = useTranslation();
  const label = t(`profile.items.fields.${spec.label}`);
  const hint = spec.hint ? t(`profile.items.hints.${spec.hint}`) : undefined;
  const common = { label, hint, error, name: spec.name, value, required: spec.required };

  switch (spec.type) {
    case 'textarea':
    case 'lines':
      return (
        <TextAreaField
          {...common}
          rows={spec.type === 'lines' ? 3 : 4}
          onChange={(e) => onChange(e.target.value)}
        />
      );
    case 'country':
      return (
        <SelectField {...common} onChange={(e) => onChange(e.target.value)}>
          <CountryOptions emptyLabel={t('profile.countries.none')} />
        </SelectField>
      );
    case 'url':
      return (
        <TextField
          {...common}
          type="url"
          inputMode="url"
          dir="ltr"
          placeholder="https://"
          autoComplete="url"
          onChange={(e) => onChange(e.target.value)}
        />
      );
    case 'date':
      return (
        <TextField
          {...common}
          inputMode="numeric"
          dir="ltr"
          autoComplete="off"
          onChange={(e) => onChange(e.target.value)}
        />
      );
    case 'year':
      return (
        <TextField
          {...common}
          type="number"
          inputMode="numeric"
          min={1950}
          max={2100}
          onChange={(e) => onChange(e.target.value)}
        />
      );
    default:
      // Names and titles may be written in either script: let the text set its own direction.
      return <TextField {...common} dir="auto" onChange={(e) => onChange(e.target.value)} />;
  }
}
