import { useTranslation } from 'react-i18next';
import { useCountryOptions } from '../../../lib/countries';

/** The <option>s of a country select: the Gulf first, then every country by its name in this language. */
export function CountryOptions({ emptyLabel }: { emptyLabel?: string }) {
  const { t } = useTranslation();
  const countries = useCountryOptions();
  return (
    <>
      {emptyLabel ? <option value="">{emptyLabel}</option> : null}
      <optgroup label={t('profile.countries.gulf')}>
        {countries.gulf.map((c) => (
          <option key={c.code} value={c.code}>
            {c.name}
          </option>
        ))}
      </optgroup>
      <optgroup label={t('profile.countries.others')}>
        {countries.others.map((c) => (
          <option key={c.code} value={c.code}>
            {c.name}
          </option>
        ))}
      </optgroup>
    </>
  );
}
