import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** Outcome figures in the interface language: counts, one-decimal figures and shares. */
export function useOutcomeFormat() {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return useMemo(() => {
    const whole = new Intl.NumberFormat(language, { maximumFractionDigits: 0 });
    const one = new Intl.NumberFormat(language, { maximumFractionDigits: 1 });
    const percent = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 });
    const signed = new Intl.NumberFormat(language, {
      style: 'percent',
      maximumFractionDigits: 0,
      signDisplay: 'exceptZero',
    });
    return {
      whole: (value: number) => whole.format(value),
      one: (value: number) => one.format(value),
      percent: (value: number) => percent.format(value),
      signedPercent: (value: number) => signed.format(value),
    };
  }, [language]);
}
