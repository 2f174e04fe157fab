import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Numbers for salaries and rates in the interface language, the same way lib/format.ts formats them
 * (so Arabic shows Arabic-Indic digits), and calendar days that never shift with the time zone.
 */
export function useJobFormat() {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return useMemo(() => {
    const whole = new Intl.NumberFormat(language, { maximumFractionDigits: 0 });
    const rate = new Intl.NumberFormat(language, { maximumFractionDigits: 6 });
    const day = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' });
    return {
      amount: (value: number) => whole.format(value),
      /**
       * "30,000–45,000", or a single figure when both ends agree. In Arabic the range is isolated
       * left-to-right (LRI … PDI), or the bidi algorithm shows it backwards ("45,000–30,000").
       */
      range: (min: number, max: number) => {
        const text = min === max ? whole.format(min) : whole.formatRange(min, max);
        return language === 'ar' ? `\u2066${text}\u2069` : text;
      },
      rate: (value: number) => rate.format(value),
      /** A YYYY-MM-DD calendar day, read as that day wherever the visitor is. */
      day: (value: string) => {
        const parsed = Date.parse(`${value.slice(0, 10)}T00:00:00Z`);
        return Number.isNaN(parsed) ? value : day.format(parsed);
      },
    };
  }, [language]);
}
