import { type Level, levelSchema, roleFamilySchema } from '../../../../../src/contracts/profile.js';
import type {
  GulfCountry,
  OfferRequestInput,
  Separation,
} from '../../../../../src/contracts/salary-offer.js';
import type { Currency, SalaryFilters } from '../salaryQuery';

type RoleFamily = (typeof roleFamilySchema.options)[number];

/** The calculator's fields as typed: text, so a half-typed amount is never lost or reformatted. */
export interface OfferDraft {
  country: GulfCountry;
  currency: Currency;
  basic: string;
  housing: string;
  transport: string;
  otherMonthly: string;
  flightTicket: string;
  peopleCovered: string;
  tripsPerYear: string;
  education: string;
  bonus: string;
  yearsOfService: string;
  separation: Separation;
  roleFamily: RoleFamily | '';
  level: Level | '';
  compare: boolean;
  compareGross: string;
  compareCurrency: Currency;
  compareCountry: string;
  /** A percentage ("33"); empty means the country's documented default. */
  compareTaxRate: string;
}

export const GULF_CURRENCY: Record<GulfCountry, Currency> = { AE: 'AED', SA: 'SAR', QA: 'QAR' };

/** A fresh draft, placed by default in the slice the page is showing. */
export function initialOfferDraft(filters: SalaryFilters): OfferDraft {
  const country =
    filters.geography.kind === 'country' && ['AE', 'SA', 'QA'].includes(filters.geography.country)
      ? (filters.geography.country as GulfCountry)
      : 'AE';
  return {
    country,
    currency: GULF_CURRENCY[country],
    basic: '',
    housing: '',
    transport: '',
    otherMonthly: '',
    flightTicket: '',
    peopleCovered: '1',
    tripsPerYear: '1',
    education: '',
    bonus: '',
    yearsOfService: '1',
    separation: 'employer_ended',
    roleFamily: roleFamilySchema.safeParse(filters.roleFamily).data ?? '',
    level: levelSchema.safeParse(filters.level).data ?? '',
    compare: false,
    compareGross: '',
    compareCurrency: 'GBP',
    compareCountry: 'GB',
    compareTaxRate: '',
  };
}

/** The draft placed in the page's slice: its role family and level, and its country when a Gulf one. */
export function followSlice(draft: OfferDraft, filters: SalaryFilters): OfferDraft {
  const fresh = initialOfferDraft(filters);
  const countryChosen = filters.geography.kind === 'country' && fresh.country === filters.geography.country;
  return {
    ...draft,
    roleFamily: fresh.roleFamily || draft.roleFamily,
    level: fresh.level || draft.level,
    ...(countryChosen && fresh.country !== draft.country
      ? {
          country: fresh.country,
          currency: draft.currency === GULF_CURRENCY[draft.country] ? fresh.currency : draft.currency,
        }
      : {}),
  };
}

const ARABIC_INDIC = /[\u0660-\u0669\u06F0-\u06F9]/g;

/**
 * A typed amount as a number: Arabic-Indic digits and grouping separators are accepted, an empty box
 * is "not given" (undefined), and anything else is NaN so the contract check names the field.
 */
export function parseAmount(text: string): number | undefined {
  const ascii = text
    .replace(ARABIC_INDIC, (d) => String((d.codePointAt(0) ?? 0) & 0xf))
    .replace(/[\u066B]/g, '.')
    .replace(/[\s,\u066C\u00A0\u202F]/g, '')
    .trim();
  if (ascii === '') return undefined;
  return /^\d+(\.\d+)?$/.test(ascii) ? Number(ascii) : Number.NaN;
}

/** The request the draft describes; unset optional amounts are left to the API's defaults. */
export function offerRequestFromDraft(draft: OfferDraft): OfferRequestInput {
  const taxPercent = parseAmount(draft.compareTaxRate);
  const compareGross = parseAmount(draft.compareGross);
  return {
    country: draft.country,
    currency: draft.currency,
    monthly: {
      // Missing basic pay is sent as NaN so the contract check reports it on its field.
      basic: parseAmount(draft.basic) ?? Number.NaN,
      housing: parseAmount(draft.housing),
      transport: parseAmount(draft.transport),
      other: parseAmount(draft.otherMonthly),
    },
    annual: {
      flightTicket: parseAmount(draft.flightTicket),
      peopleCovered: parseAmount(draft.peopleCovered),
      tripsPerYear: parseAmount(draft.tripsPerYear),
      education: parseAmount(draft.education),
      bonus: parseAmount(draft.bonus),
    },
    yearsOfService: parseAmount(draft.yearsOfService),
    separation: draft.separation,
    ...(draft.roleFamily ? { roleFamily: draft.roleFamily } : {}),
    ...(draft.level ? { level: draft.level } : {}),
    ...(draft.compare
      ? {
          compare: {
            grossAnnual: compareGross ?? Number.NaN,
            currency: draft.compareCurrency,
            ...(draft.compareCountry ? { country: draft.compareCountry } : {}),
            ...(taxPercent === undefined
              ? {}
              : { effectiveTaxRate: Number.isNaN(taxPercent) ? taxPercent : taxPercent / 100 }),
          },
        }
      : {}),
  };
}
