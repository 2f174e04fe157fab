// Default effective tax rates for the offer compared against, when the user gives none. ROUGH PLANNING
// FIGURES, not tax advice: income tax plus employee social contributions as a share of gross pay, for a
// single person without children on a senior technical salary (roughly USD 100k-200k), rounded to the
// nearest few points. Real rates vary with the amount, region or state, family, pension choices and
// special regimes (expatriate rulings, for instance). The user should override them.

/** The rate used when the other offer's country is unknown or not in the table. */
export const FALLBACK_TAX_RATE = 0.3;

export const DEFAULT_TAX_RATES: Readonly<Record<string, { rate: number; note?: string }>> = {
  US: { rate: 0.3, note: 'federal, state and payroll taxes; state taxes range from none to over 10%' },
  CA: { rate: 0.32 },
  GB: { rate: 0.33, note: 'income tax and National Insurance' },
  IE: { rate: 0.38 },
  DE: { rate: 0.4, note: 'income tax and capped social insurance' },
  FR: { rate: 0.36 },
  NL: { rate: 0.38, note: 'without the 30% expatriate ruling' },
  IN: { rate: 0.25 },
  EG: { rate: 0.22 },
  JO: { rate: 0.22 },
  AE: { rate: 0 },
  SA: { rate: 0 },
  QA: { rate: 0 },
  KW: { rate: 0 },
  BH: { rate: 0 },
  OM: {
    rate: 0,
    note: "Oman's Personal Income Tax Law (Royal Decree 56/2025) taxes income above OMR 42,000 a year at 5% from 1 January 2028",
  },
};

/** The default rate for `country` and a sentence saying where it comes from. */
export function defaultTaxRate(country: string | undefined): { rate: number; note: string } {
  const known = country !== undefined && Object.hasOwn(DEFAULT_TAX_RATES, country);
  const entry = known ? DEFAULT_TAX_RATES[country] : undefined;
  if (!entry || country === undefined)
    return {
      rate: FALLBACK_TAX_RATE,
      note: `No default for ${country ?? 'an unnamed country'}: a generic ${pct(FALLBACK_TAX_RATE)} rough planning figure; set your own rate.`,
    };
  const detail = entry.note ? ` (${entry.note})` : '';
  return {
    rate: entry.rate,
    note: `Default for ${country}: ${pct(entry.rate)}${detail}, a rough planning figure; set your own rate.`,
  };
}

function pct(rate: number): string {
  return `${Math.round(rate * 100)}%`;
}
