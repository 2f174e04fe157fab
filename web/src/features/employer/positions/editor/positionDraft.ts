import type { z } from 'zod';
import type { employmentTypeSchema, workplaceSchema } from '../../../../../../src/contracts/positions.js';
import type {
  currencySchema,
  levelSchema,
  roleFamilySchema,
} from '../../../../../../src/contracts/profile.js';
import type { PositionView } from '../../../../api/positions';

export type RoleFamily = z.infer<typeof roleFamilySchema>;
export type Level = z.infer<typeof levelSchema>;
export type Workplace = z.infer<typeof workplaceSchema>;
export type EmploymentType = z.infer<typeof employmentTypeSchema>;
export type Currency = z.infer<typeof currencySchema>;
export type PayPeriod = 'year' | 'month';

export interface RequiredSkillDraft {
  skillId: string;
  name: string;
  minProficiency: number;
}

export interface SkillRef {
  skillId: string;
  name: string;
}

export interface LocationDraft {
  /** Stable across edits, so React keeps each row's inputs (and focus) in place. */
  key: number;
  country: string;
  city: string;
}

export const PACKAGE_ITEMS = ['housing', 'transport', 'annualFlights', 'education', 'other'] as const;
export type PackageItem = (typeof PACKAGE_ITEMS)[number];

/** The position form as typed: amounts stay strings until the body is built. */
export interface PositionDraft {
  title: string;
  roleFamily: RoleFamily | '';
  level: Level | '';
  description: string;
  requiredSkills: RequiredSkillDraft[];
  niceToHaveSkills: SkillRef[];
  locations: LocationDraft[];
  workplace: Workplace;
  remoteCountries: string[];
  visaSponsorship: boolean;
  relocationSupport: boolean;
  salary: { min: string; max: string; currency: Currency; period: PayPeriod };
  package: Record<PackageItem, string> & { taxFree: boolean };
  headcount: string;
  employmentType: EmploymentType;
  /** Empty: the server's default, 60 days after opening. */
  validThrough: string;
}

export const DEFAULT_MIN_PROFICIENCY = 3;

let locationKeys = 0;
export function locationDraft(country = '', city = ''): LocationDraft {
  locationKeys += 1;
  return { key: locationKeys, country, city };
}

const CURRENCY_BY_COUNTRY: Partial<Record<string, Currency>> = {
  AE: 'AED',
  SA: 'SAR',
  QA: 'QAR',
  KW: 'KWD',
  BH: 'BHD',
  OM: 'OMR',
  EG: 'EGP',
  JO: 'JOD',
  IN: 'INR',
  GB: 'GBP',
  US: 'USD',
};
const EURO_COUNTRIES = new Set('AT BE CY DE EE ES FI FR GR HR IE IT LT LU LV MT NL PT SI SK'.split(' '));
// Pay in the Gulf, Egypt and Jordan is quoted per month; elsewhere per year.
const MONTHLY_CURRENCIES = new Set<Currency>(['AED', 'SAR', 'QAR', 'KWD', 'BHD', 'OMR', 'EGP', 'JOD']);

/** The currency people in a country are usually paid in, among the ones the platform supports. */
export function localCurrency(country: string): Currency {
  return CURRENCY_BY_COUNTRY[country] ?? (EURO_COUNTRIES.has(country) ? 'EUR' : 'USD');
}

/** A new position starts where the organisation is, paid the local way. */
export function newPositionDraft(organisation: { country: string; city: string | null }): PositionDraft {
  const currency = localCurrency(organisation.country);
  return {
    title: '',
    roleFamily: '',
    level: '',
    description: '',
    requiredSkills: [],
    niceToHaveSkills: [],
    locations: [locationDraft(organisation.country, organisation.city ?? '')],
    workplace: 'onsite',
    remoteCountries: [],
    visaSponsorship: false,
    relocationSupport: false,
    salary: { min: '', max: '', currency, period: MONTHLY_CURRENCIES.has(currency) ? 'month' : 'year' },
    package: { housing: '0', transport: '0', annualFlights: '0', education: '0', other: '0', taxFree: false },
    headcount: '1',
    employmentType: 'FULL_TIME',
    validThrough: '',
  };
}

export function draftFromPosition(view: PositionView): PositionDraft {
  return {
    title: view.title,
    roleFamily: view.roleFamily,
    level: view.level,
    description: view.description,
    requiredSkills: view.requiredSkills.map((s) => ({
      skillId: s.skillId,
      name: s.name,
      minProficiency: Math.min(5, Math.max(1, Math.round(s.minProficiency))),
    })),
    niceToHaveSkills: view.niceToHaveSkills.map((s) => ({ skillId: s.skillId, name: s.name })),
    locations: view.locations.map((l) => locationDraft(l.country, l.city ?? '')),
    workplace: view.workplace,
    remoteCountries: view.remoteCountries,
    visaSponsorship: view.visaSponsorship,
    relocationSupport: view.relocationSupport,
    salary: {
      min: String(view.salary.min),
      max: String(view.salary.max),
      currency: view.salary.currency,
      period: view.salary.period,
    },
    package: {
      housing: String(view.package.housing),
      transport: String(view.package.transport),
      annualFlights: String(view.package.annualFlights),
      education: String(view.package.education),
      other: String(view.package.other),
      taxFree: view.package.taxFree,
    },
    headcount: String(view.headcount),
    employmentType: view.employmentType,
    validThrough: view.validThrough,
  };
}

/**
 * A typed amount as a number: thousands separators and spaces are ignored, Arabic-Indic digits read as
 * digits. Empty is undefined (the contract then asks for a number); anything else unreadable is NaN.
 */
export function parseAmount(text: string): number | undefined {
  const latin = text
    .trim()
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/[\s,\u066c\u00a0\u202f']/g, '');
  if (latin === '') return undefined;
  return /^\d+(\.\d+)?$/.test(latin) ? Number(latin) : Number.NaN;
}

/** The body for POST or PUT, not yet checked against the contract. */
export function positionBodyFrom(draft: PositionDraft): Record<string, unknown> {
  const packageAmount = (text: string) => parseAmount(text) ?? 0;
  return {
    title: draft.title.trim(),
    roleFamily: draft.roleFamily,
    level: draft.level,
    description: draft.description.trim(),
    requiredSkills: draft.requiredSkills.map((s) => ({
      skillId: s.skillId,
      minProficiency: s.minProficiency,
    })),
    niceToHaveSkills: draft.niceToHaveSkills.map((s) => ({ skillId: s.skillId })),
    locations: draft.locations.map((l) => ({
      country: l.country,
      ...(l.city.trim() ? { city: l.city.trim() } : {}),
    })),
    workplace: draft.workplace,
    // Only a fully onsite role has no use for remote countries.
    remoteCountries: draft.workplace === 'onsite' ? [] : draft.remoteCountries,
    visaSponsorship: draft.visaSponsorship,
    relocationSupport: draft.relocationSupport,
    salary: {
      min: parseAmount(draft.salary.min),
      max: parseAmount(draft.salary.max),
      currency: draft.salary.currency,
      period: draft.salary.period,
    },
    package: {
      housing: packageAmount(draft.package.housing),
      transport: packageAmount(draft.package.transport),
      annualFlights: packageAmount(draft.package.annualFlights),
      education: packageAmount(draft.package.education),
      other: packageAmount(draft.package.other),
      taxFree: draft.package.taxFree,
    },
    headcount: parseAmount(draft.headcount),
    employmentType: draft.employmentType,
    ...(draft.validThrough ? { validThrough: draft.validThrough } : {}),
  };
}
