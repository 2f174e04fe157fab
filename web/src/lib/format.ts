import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** Locale-aware formatters that follow the language the visitor picked. */
export function useFormatters() {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return useMemo(() => {
    const dateTime = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' });
    const date = new Intl.DateTimeFormat(language, { dateStyle: 'long' });
    const number = new Intl.NumberFormat(language);
    let regions: Intl.DisplayNames | null = null;
    try {
      regions = new Intl.DisplayNames([language], { type: 'region' });
    } catch {
      regions = null;
    }
    return {
      dateTime: (iso: string) => dateTime.format(new Date(iso)),
      date: (iso: string) => date.format(new Date(iso)),
      number: (value: number) => number.format(value),
      country: (code: string) => {
        try {
          return regions?.of(code.toUpperCase()) ?? code;
        } catch {
          return code;
        }
      },
    };
  }, [language]);
}
