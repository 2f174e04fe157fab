import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** Locale-aware formatters that follow the language the visitor picked. */
export function useFormatters() {
  const { i18n } = useTranslation();
  // Plain "en" formats dates the US way; the product's English is British ("26 November 2026").
  const language = i18n.language === 'en' ? 'en-GB' : i18n.language;
  return useMemo(() => {
    const dateTime = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' });
    const date = new Intl.DateTimeFormat(language, { dateStyle: 'long' });
    const number = new Intl.NumberFormat(language);
    const monthYear = new Intl.DateTimeFormat(language, { month: 'short', year: 'numeric', timeZone: 'UTC' });
    const yearOnly = new Intl.DateTimeFormat(language, { year: 'numeric', timeZone: 'UTC' });
    const list = new Intl.ListFormat(language, { type: 'conjunction' });
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
      /** "A, B and C" in the interface language. */
      list: (values: string[]) => list.format(values),
      /** A YYYY, YYYY-MM or YYYY-MM-DD date as a month and year (or a year alone). */
      partialDate: (value: string) => {
        const [year, month] = value.split('-').map(Number);
        if (!year) return value;
        return month ? monthYear.format(Date.UTC(year, month - 1, 1)) : yearOnly.format(Date.UTC(year, 0, 1));
      },
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
