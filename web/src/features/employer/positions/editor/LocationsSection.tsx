import { useTranslation } from 'react-i18next';
import type { FieldErrors } from '../../../../i18n/errors';
import { Button } from '../../../../ui/Button';
import { CheckboxField } from '../../../../ui/CheckboxField';
import { RadioCards } from '../../../../ui/RadioCards';
import { SelectField } from '../../../../ui/SelectField';
import { TextField } from '../../../../ui/TextField';
import { CountryListField } from '../../../profile/sections/CountryListField';
import { CountryOptions } from '../../../profile/sections/CountryOptions';
import { type LocationDraft, locationDraft, type PositionDraft } from './positionDraft';

type LocationPart = Pick<
  PositionDraft,
  'locations' | 'workplace' | 'remoteCountries' | 'visaSponsorship' | 'relocationSupport'
>;

interface LocationsSectionProps {
  value: LocationPart;
  errors: FieldErrors;
  onChange: (patch: Partial<LocationPart>) => void;
}

const MAX_LOCATIONS = 10;

/** Where the work happens, how remote it can be, and the help offered to move there. */
export function LocationsSection({ value, errors, onChange }: LocationsSectionProps) {
  const { t } = useTranslation();
  const update = (key: number, patch: Partial<LocationDraft>) =>
    onChange({ locations: value.locations.map((l) => (l.key === key ? { ...l, ...patch } : l)) });

  return (
    <div className="stack stack--gap-6">
      <fieldset name="locations" className="subfields">
        <legend className="field__label">{t('employer.editor.locations.legend')}</legend>
        <p className="field__hint">{t('employer.editor.locations.hint')}</p>
        {errors.locations ? <p className="field__error">{errors.locations}</p> : null}
        <ol className="location-rows">
          {value.locations.map((location, index) => (
            <li key={location.key} className="location-row">
              <fieldset name={`locations.${index}`} className="location-row__fields">
                <legend className="visually-hidden">
                  {t('employer.editor.locations.row', { number: index + 1 })}
                </legend>
                <SelectField
                  label={t('employer.editor.locations.country')}
                  name={`locations.${index}.country`}
                  value={location.country}
                  error={errors[`locations.${index}.country`] ?? errors[`locations.${index}`]}
                  onChange={(e) => update(location.key, { country: e.target.value })}
                >
                  <CountryOptions emptyLabel={t('employer.form.chooseCountry')} />
                </SelectField>
                <TextField
                  label={t('employer.editor.locations.city')}
                  name={`locations.${index}.city`}
                  dir="auto"
                  maxLength={120}
                  value={location.city}
                  error={errors[`locations.${index}.city`]}
                  onChange={(e) => update(location.key, { city: e.target.value })}
                />
              </fieldset>
              {value.locations.length > 1 ? (
                <Button
                  variant="danger"
                  size="sm"
                  className="location-row__remove"
                  aria-label={t('employer.editor.locations.removeLabel', { number: index + 1 })}
                  onClick={() =>
                    onChange({ locations: value.locations.filter((l) => l.key !== location.key) })
                  }
                >
                  {t('profile.remove')}
                </Button>
              ) : null}
            </li>
          ))}
        </ol>
        {value.locations.length < MAX_LOCATIONS ? (
          <Button
            variant="secondary"
            size="sm"
            onClick={() => onChange({ locations: [...value.locations, locationDraft()] })}
          >
            {t('employer.editor.locations.add')}
          </Button>
        ) : null}
      </fieldset>
      <RadioCards
        legend={t('employer.editor.workplace')}
        name="workplace"
        value={value.workplace}
        compact
        error={errors.workplace}
        onChange={(workplace) => onChange({ workplace })}
        options={(['onsite', 'hybrid', 'remote'] as const).map((option) => ({
          value: option,
          label: t(`jobs.workplace.${option}`),
        }))}
      />
      {value.workplace !== 'onsite' ? (
        <CountryListField
          name="remoteCountries"
          className="subfields"
          value={value.remoteCountries}
          error={errors.remoteCountries}
          onChange={(remoteCountries) => onChange({ remoteCountries })}
          labels={{
            legend:
              value.workplace === 'remote'
                ? t('employer.editor.remote.legendRemote')
                : t('employer.editor.remote.legendHybrid'),
            hint: t('employer.editor.remote.hint'),
            chosen: t('employer.editor.remote.chosen'),
            add: t('employer.editor.remote.add'),
            choose: t('employer.form.chooseCountry'),
            remove: (country) => t('employer.editor.remote.remove', { country }),
          }}
        />
      ) : null}
      <div className="form-grid">
        <CheckboxField
          name="visaSponsorship"
          label={t('employer.editor.visa')}
          hint={t('employer.editor.visaHint')}
          checked={value.visaSponsorship}
          error={errors.visaSponsorship}
          onChange={(e) => onChange({ visaSponsorship: e.target.checked })}
        />
        <CheckboxField
          name="relocationSupport"
          label={t('employer.editor.relocation')}
          hint={t('employer.editor.relocationHint')}
          checked={value.relocationSupport}
          error={errors.relocationSupport}
          onChange={(e) => onChange({ relocationSupport: e.target.checked })}
        />
      </div>
    </div>
  );
}
