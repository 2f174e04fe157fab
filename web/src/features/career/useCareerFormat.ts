import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Readiness, shares, money and dates in the interface language (Arabic-Indic digits in Arabic).
 * Signed numbers and ranges are isolated left to right in Arabic, so their sign stays in front.
 */
export function useCareerFormat() {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return useMemo(() => {
    const isolate = (text: string) =>
      language === 'ar' ? `\u2066${text.replace(/[\u200e\u200f\u061c]/g, '')}\u2069` : text;
    const whole = new Intl.NumberFormat(language, { maximumFractionDigits: 0 });
    const oneDecimal = new Intl.NumberFormat(language, { maximumFractionDigits: 1 });
    const share = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 });
    const readiness = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1 });
    const points = new Intl.NumberFormat(language, { maximumFractionDigits: 1, signDisplay: 'exceptZero' });
    const signedShare = new Intl.NumberFormat(language, {
      style: 'percent',
      maximumFractionDigits: 1,
      signDisplay: 'exceptZero',
    });
    const usd = new Intl.NumberFormat(language, {
      style: 'currency',
      currency: 'USD',
      currencyDisplay: 'code',
      maximumFractionDigits: 0,
    });
    const dateLanguage = language === 'en' ? 'en-GB' : language;
    const day = new Intl.DateTimeFormat(dateLanguage, { dateStyle: 'medium' });
    const shortDay = new Intl.DateTimeFormat(dateLanguage, { day: 'numeric', month: 'short' });
    const list = new Intl.ListFormat(language, { type: 'conjunction' });
    return {
      whole: (value: number) => whole.format(value),
      /** Years of experience, "3.4". */
      years: (value: number) => oneDecimal.format(value),
      /** A 0..100 readiness: "32.4%". */
      readiness: (value: number) => readiness.format(value / 100),
      /** A 0..1 share: "29%". */
      share: (value: number) => share.format(value),
      /** Readiness points gained or lost: "+4.5". */
      points: (value: number) => isolate(points.format(value)),
      /** A premium: "+12.5%". */
      premium: (value: number) => isolate(signedShare.format(value)),
      /** A yearly amount in US dollars: "USD 182,000". */
      usd: (value: number) => usd.format(value),
      /** "0–2" or "7+": a stage's years of experience. */
      yearsRange: (min: number, max: number | null) =>
        isolate(max === null ? `${whole.format(min)}+` : `${whole.format(min)}–${whole.format(max)}`),
      date: (iso: string) => day.format(new Date(iso)),
      shortDate: (iso: string) => shortDay.format(new Date(iso)),
      /** Names joined in the language's way, each isolated left to right in Arabic (skill names
       * are the taxonomy's English), so "و" joins whole names instead of splitting one. */
      list: (values: string[]) => list.format(values.map(isolate)),
    };
  }, [language]);
}

export type CareerFormat = ReturnType<typeof useCareerFormat>;
