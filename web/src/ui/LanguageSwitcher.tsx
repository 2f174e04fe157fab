import { useTranslation } from 'react-i18next';
import type { Locale } from '../i18n/locale';

const LOCALES: readonly Locale[] = ['en', 'ar'];

interface LanguageSwitcherProps {
  value: Locale;
  onChange: (locale: Locale) => void;
}

/** Each language is named in itself, so it is recognisable whichever language is active. */
export function LanguageSwitcher({ value, onChange }: LanguageSwitcherProps) {
  const { t } = useTranslation();
  return (
    <fieldset className="lang-switch">
      <legend className="visually-hidden">{t('language.label')}</legend>
      {LOCALES.map((locale) => (
        <button
          key={locale}
          type="button"
          lang={locale}
          className="lang-switch__option"
          aria-pressed={value === locale}
          onClick={() => {
            if (value !== locale) onChange(locale);
          }}
        >
          {t(`language.names.${locale}`)}
        </button>
      ))}
    </fieldset>
  );
}
