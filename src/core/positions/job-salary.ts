// The job format carries pay as free text ("100000", "AED 25,000 - 35,000 per month", "$120k–150k a
// year"); our bands are structured. This reads the common shapes and says what it had to assume, and
// writes bands back in a shape it reads again.
import type { SalaryBand } from '../../contracts/positions.js';
import { currencySchema } from '../../contracts/profile.js';

const CODE = new RegExp(`\\b(${currencySchema.options.join('|')})\\b`);
const SYMBOLS: Record<string, SalaryBand['currency']> = { $: 'USD', '€': 'EUR', '£': 'GBP', '₹': 'INR' };
const WORDS: [RegExp, SalaryBand['currency']][] = [
  [/\bdollars?\b/i, 'USD'],
  [/\beuros?\b/i, 'EUR'],
  [/\bpounds?\b/i, 'GBP'],
  [/\brupees?\b/i, 'INR'],
  [/\bdirhams?\b/i, 'AED'],
];
const MONTHLY = /\b(monthly|per\s+month|a\s+month|p\.?\s?m\.?)(?![a-z])|\/\s*(month|mo|mth)\b/i;
const YEARLY = /\b(yearly|annual(ly)?|per\s+(year|annum)|a\s+year|p\.?\s?a\.?)(?![a-z])|\/\s*(year|yr|y)\b/i;
const OTHER_PERIOD = /\b(hour|hourly|day|daily|week|weekly)\b/i;
// A number with optional thousands separators (a plain space only before exactly three digits, as in
// "25 000") and decimals, and an optional k or m after it.
const AMOUNT = /(\d(?:[\d,.'’\u00a0\u202f]| (?=\d{3}(?!\d)))*\d|\d)\s*([km])?(?![a-z])/gi;
const MAX_AMOUNT = 100_000_000;

export type SalaryParse =
  | { ok: true; band: SalaryBand; assumedCurrency: boolean; assumedPeriod: boolean; ignoredAmounts: number }
  | { ok: false; reason: string };

function currencyIn(text: string): SalaryBand['currency'] | null {
  const code = CODE.exec(text.toUpperCase())?.[1] as SalaryBand['currency'] | undefined;
  if (code) return code;
  for (const [symbol, symbolCode] of Object.entries(SYMBOLS)) if (text.includes(symbol)) return symbolCode;
  for (const [word, wordCode] of WORDS) if (word.test(text)) return wordCode;
  return null;
}

// Which separator, if any, marks decimals: the later of two kinds ("100.000,50"), or a lone kind that
// does not group digits ("1.5"). Groups of three, or Indian lakh groups of two before a last three
// ("30,00,000"), are thousands.
function decimalSeparator(digits: string): ',' | '.' | null {
  const lastComma = digits.lastIndexOf(',');
  const lastDot = digits.lastIndexOf('.');
  if (lastComma >= 0 && lastDot >= 0) return lastComma > lastDot ? ',' : '.';
  const separator = lastComma >= 0 ? ',' : lastDot >= 0 ? '.' : null;
  if (separator === null) return null;
  const groups = digits.split(separator).slice(1);
  const grouping = groups.every(
    (group, i) => group.length === 3 || (i < groups.length - 1 && group.length === 2),
  );
  return grouping ? null : separator;
}

function numberOf(token: string): number {
  const digits = token.replace(/[\s'’\u00a0\u202f]/g, '');
  const decimal = decimalSeparator(digits);
  const at = decimal === null ? digits.length : digits.lastIndexOf(decimal);
  const whole = digits.slice(0, at).replace(/[,.]/g, '');
  const fraction = digits.slice(at + 1) || '0';
  return Number(`${whole}.${fraction}`);
}

const MULTIPLIERS: Record<string, number> = { k: 1_000, m: 1_000_000 };

// "120-150k" means 120k to 150k: a bare first number borrows the second one's multiplier.
function amountsIn(text: string): number[] {
  const found = [...text.matchAll(AMOUNT)].map((match) => ({
    value: numberOf(match[1] ?? ''),
    multiplier: MULTIPLIERS[match[2]?.toLowerCase() ?? ''],
  }));
  const [first, second] = found;
  if (first && second && first.multiplier === undefined && second.multiplier !== undefined)
    first.multiplier = second.multiplier;
  return found.map(({ value, multiplier }) => Math.round(value * (multiplier ?? 1)));
}

/**
 * A band from free text. Missing currency: `fallbackCurrency` (the location's), assumed. Missing period:
 * a year, assumed (the plausibility check in validatePosition catches a monthly figure read as yearly).
 * One amount is a fixed salary (min = max); amounts after the second are ignored and counted.
 */
export function parseSalaryText(text: string, fallbackCurrency: SalaryBand['currency']): SalaryParse {
  const amounts = amountsIn(text);
  const [first, second] = amounts;
  if (first === undefined) return { ok: false, reason: 'No amount found' };
  const named = currencyIn(text);
  // An upper-case three-letter word we do not support is most likely a currency code (CHF, JPY).
  if (named === null && /\b[A-Z]{3}\b/.test(text))
    return { ok: false, reason: `Use one of the supported currencies: ${currencySchema.options.join(', ')}` };
  if (!MONTHLY.test(text) && !YEARLY.test(text) && OTHER_PERIOD.test(text))
    return { ok: false, reason: 'Give the pay per month or per year' };
  const max = second ?? first;
  if (max > MAX_AMOUNT || first > MAX_AMOUNT) return { ok: false, reason: 'The amount is too large' };
  const currency = named ?? fallbackCurrency;
  const period = MONTHLY.test(text) ? 'month' : 'year';
  return {
    ok: true,
    band: { min: first, max, currency, period },
    assumedCurrency: named === null,
    assumedPeriod: !MONTHLY.test(text) && !YEARLY.test(text),
    ignoredAmounts: Math.max(0, amounts.length - 2),
  };
}

const grouped = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** A band as text that parseSalaryText reads back to the same band: "AED 25,000 - 35,000 per month". */
export function formatSalaryText(band: SalaryBand): string {
  const amounts =
    band.min === band.max
      ? grouped.format(band.min)
      : `${grouped.format(band.min)} - ${grouped.format(band.max)}`;
  return `${band.currency} ${amounts} per ${band.period}`;
}

// The 21 euro-area members (Bulgaria joined in January 2026).
const EURO_AREA = new Set('AT BE BG HR CY EE FI FR DE GR IE IT LV LT LU MT NL PT SK SI ES'.split(' '));
const NATIONAL: Record<string, SalaryBand['currency']> = {
  US: 'USD',
  GB: 'GBP',
  IN: 'INR',
  AE: 'AED',
  SA: 'SAR',
  QA: 'QAR',
  KW: 'KWD',
  BH: 'BHD',
  OM: 'OMR',
  EG: 'EGP',
  JO: 'JOD',
};

/** The currency pay is most likely quoted in for a country; US dollars where we support no local one. */
export function currencyOfCountry(country: string | undefined): SalaryBand['currency'] {
  if (country && EURO_AREA.has(country)) return 'EUR';
  return (country && NATIONAL[country]) || 'USD';
}
