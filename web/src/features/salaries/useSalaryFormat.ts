import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Amounts, shares and rates in the interface language, the way lib/format.ts formats numbers (so
 * Arabic shows Arabic-Indic digits). Ranges are isolated left-to-right in Arabic (LRI … PDI), or the
 * bidi algorithm shows "low–high" backwards.
 */
export function useSalaryFormat() {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return useMemo(() => {
    // The Arabic formats carry right-to-left marks, which would reorder the ends inside the isolate.
    const isolate = (text: string) =>
      language === 'ar' ? `\u2066${text.replace(/[\u200e\u200f\u061c]/g, '')}\u2069` : text;
    const moneyFormats = new Map<string, Intl.NumberFormat>();
    const moneyFormat = (currency: string) => {
      let format = moneyFormats.get(currency);
      if (!format) {
        format = new Intl.NumberFormat(language, {
          style: 'currency',
          currency,
          currencyDisplay: 'code',
          maximumFractionDigits: 0,
          minimumFractionDigits: 0,
        });
        moneyFormats.set(currency, format);
      }
      return format;
    };
    const whole = new Intl.NumberFormat(language, { maximumFractionDigits: 0 });
    const compact = new Intl.NumberFormat(language, { notation: 'compact', maximumFractionDigits: 1 });
    const percent = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 });
    const signedPercent = new Intl.NumberFormat(language, {
      style: 'percent',
      maximumFractionDigits: 1,
      signDisplay: 'exceptZero',
    });
    const rate = new Intl.NumberFormat(language, { maximumFractionDigits: 6 });
    const day = new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : language, {
      dateStyle: 'medium',
      timeZone: 'UTC',
    });
    return {
      /** "AED 367,250": a whole amount with its currency code. */
      money: (value: number, currency: string) => moneyFormat(currency).format(value),
      /** "AED 300,000–420,000". */
      moneyRange: (low: number, high: number, currency: string) =>
        isolate(moneyFormat(currency).formatRange(Math.min(low, high), Math.max(low, high))),
      whole: (value: number) => whole.format(value),
      /** "300,000–420,000", for tables whose caption names the currency. */
      range: (low: number, high: number) =>
        isolate(whole.formatRange(Math.min(low, high), Math.max(low, high))),
      /** Text mixing digits and punctuation ("4-7", "7+"), in the locale's digits and read left to right. */
      numericText: (value: string) =>
        isolate(value.replace(/\d+/g, (digits) => whole.format(Number(digits)))),
      /** "150K" for axis ticks. */
      compact: (value: number) => compact.format(value),
      /** A 0..1 share: "55%". */
      percent: (value: number) => percent.format(value),
      /** A premium: "+12.5%". */
      signedPercent: (value: number) => signedPercent.format(value),
      /** "−3% to +18%". */
      percentRange: (low: number, high: number) =>
        isolate(`${signedPercent.format(low)} – ${signedPercent.format(high)}`),
      rate: (value: number) => rate.format(value),
      /** A YYYY-MM-DD calendar day, read as that day wherever the visitor is. */
      day: (value: string) => {
        const parsed = Date.parse(`${value.slice(0, 10)}T00:00:00Z`);
        return Number.isNaN(parsed) ? value : day.format(parsed);
      },
    };
  }, [language]);
}

export type SalaryFormat = ReturnType<typeof useSalaryFormat>;
