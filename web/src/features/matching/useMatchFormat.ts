import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** Scores, points and shares in the interface language (Arabic-Indic digits in Arabic). */
export function useMatchFormat() {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return useMemo(() => {
    const oneDecimal = new Intl.NumberFormat(language, {
      minimumFractionDigits: 1,
      maximumFractionDigits: 1,
    });
    const whole = new Intl.NumberFormat(language, { maximumFractionDigits: 0 });
    const percent = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 });
    const signed = new Intl.NumberFormat(language, {
      minimumFractionDigits: 1,
      maximumFractionDigits: 1,
      signDisplay: 'exceptZero',
    });
    return {
      /** A 0-100 score, with its one decimal. */
      score: (value: number) => oneDecimal.format(value),
      /** Score points, e.g. a component's contribution. */
      points: (value: number) => oneDecimal.format(value),
      /** A gain in points, signed: "+4.7". */
      gain: (value: number) => signed.format(value),
      /** A 0..1 share as a percentage. */
      percent: (value: number) => percent.format(value),
      whole: (value: number) => whole.format(value),
    };
  }, [language]);
}
