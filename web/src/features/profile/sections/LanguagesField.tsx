import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Basics } from '../../../../../src/contracts/profile.js';
import type { FieldErrors } from '../../../i18n/errors';
import { Button } from '../../../ui/Button';
import { SelectField } from '../../../ui/SelectField';
import { TextField } from '../../../ui/TextField';

type Fluency = Basics['languages'][number]['fluency'];
export interface LanguageDraft {
  key: number;
  language: string;
  fluency: Fluency;
}

const FLUENCIES: readonly Fluency[] = ['elementary', 'professional', 'full', 'native'];
const MAX_LANGUAGES = 20;
let keys = 0;
export function languageDraft(language = '', fluency: Fluency = 'professional'): LanguageDraft {
  keys += 1;
  return { key: keys, language, fluency };
}

interface LanguagesFieldProps {
  value: LanguageDraft[];
  errors: FieldErrors;
  onChange: (value: LanguageDraft[]) => void;
}

export function LanguagesField({ value, errors, onChange }: LanguagesFieldProps) {
  const { t } = useTranslation();
  const listRef = useRef<HTMLOListElement>(null);
  const [added, setAdded] = useState(0);

  // A new row is where the person wants to type next.
  useEffect(() => {
    if (added === 0) return;
    listRef.current?.querySelector<HTMLInputElement>('li:last-child input')?.focus();
  }, [added]);

  const update = (key: number, patch: Partial<LanguageDraft>) =>
    onChange(value.map((l) => (l.key === key ? { ...l, ...patch } : l)));

  return (
    <fieldset className="subfields form__wide">
      <legend className="field__label">{t('profile.basics.languages.legend')}</legend>
      <p className="field__hint">{t('profile.basics.languages.hint')}</p>
      {value.length > 0 ? (
        <ol className="language-rows" ref={listRef}>
          {value.map((row, index) => {
            const n = index + 1;
            return (
              <li key={row.key} className="language-row">
                <fieldset className="language-row__fields">
                  <legend className="visually-hidden">{t('profile.basics.languages.row', { n })}</legend>
                  <TextField
                    label={t('profile.basics.languages.language')}
                    name={`languages.${index}.language`}
                    dir="auto"
                    value={row.language}
                    maxLength={60}
                    error={errors[`languages.${index}.language`]}
                    onChange={(e) => update(row.key, { language: e.target.value })}
                  />
                  <SelectField
                    label={t('profile.basics.languages.fluency')}
                    name={`languages.${index}.fluency`}
                    value={row.fluency}
                    error={errors[`languages.${index}.fluency`]}
                    onChange={(e) => update(row.key, { fluency: e.target.value as Fluency })}
                  >
                    {FLUENCIES.map((f) => (
                      <option key={f} value={f}>
                        {t(`profile.basics.languages.fluencies.${f}`)}
                      </option>
                    ))}
                  </SelectField>
                </fieldset>
                <Button
                  variant="ghost"
                  size="sm"
                  className="language-row__remove"
                  aria-label={t('profile.basics.languages.removeLabel', {
                    language: row.language.trim() || t('profile.basics.languages.row', { n }),
                  })}
                  onClick={() => onChange(value.filter((l) => l.key !== row.key))}
                >
                  {t('profile.remove')}
                </Button>
              </li>
            );
          })}
        </ol>
      ) : null}
      {value.length < MAX_LANGUAGES ? (
        <Button
          variant="secondary"
          size="sm"
          onClick={() => {
            onChange([...value, languageDraft()]);
            setAdded((n) => n + 1);
          }}
        >
          {t('profile.basics.languages.add')}
        </Button>
      ) : null}
    </fieldset>
  );
}
