import { regionSchema } from '../../../../src/contracts/positions.js';
import { currencySchema, levelSchema } from '../../../../src/contracts/profile.js';
import {
  type SalaryBasis,
  type SalaryQuery,
  salaryBasisSchema,
  salaryRoleFamilySchema,
} from '../../api/salaries';

type RoleFamily = (typeof salaryRoleFamilySchema.options)[number];
type Level = (typeof levelSchema.options)[number];
type Region = (typeof regionSchema.options)[number];
export type Currency = (typeof currencySchema.options)[number];

/** Where the figures come from: a country, a region, or the whole world. */
export type Geography =
  | { kind: 'country'; country: string }
  | { kind: 'region'; region: Region }
  | { kind: 'global' };

/** The slice the visitor looks at; it lives in the URL so a view can be shared and reloaded. */
export interface SalaryFilters {
  roleFamily: RoleFamily | '';
  level: Level | '';
  geography: Geography;
  year: number | null;
  skill: string;
  basis: SalaryBasis;
  currency: Currency;
}

export const EMPTY_SALARY_FILTERS: SalaryFilters = {
  roleFamily: '',
  level: '',
  geography: { kind: 'global' },
  year: null,
  skill: '',
  basis: 'records',
  currency: 'USD',
};

const COUNTRY = /^[A-Z]{2}$/;
const SKILL = /^[a-z0-9][a-z0-9+#.-]{0,79}$/;
const YEAR = /^(20\d\d|2100)$/;

function oneOf<T extends string>(options: readonly T[], value: string | null): T | undefined {
  return options.find((option) => option === value);
}

/** Reads filters from a query string, dropping anything the API would refuse. */
export function salaryFiltersFromParams(params: URLSearchParams): SalaryFilters {
  const country = params.get('country') ?? '';
  const region = oneOf(regionSchema.options, params.get('region'));
  const year = params.get('year') ?? '';
  const skill = params.get('skill') ?? '';
  let geography: Geography = { kind: 'global' };
  // Country and region are alternatives; a hand-edited URL with both keeps the narrower one.
  if (COUNTRY.test(country)) geography = { kind: 'country', country };
  else if (region) geography = { kind: 'region', region };
  return {
    roleFamily: oneOf(salaryRoleFamilySchema.options, params.get('roleFamily')) ?? '',
    level: oneOf(levelSchema.options, params.get('level')) ?? '',
    geography,
    year: YEAR.test(year) ? Number(year) : null,
    skill: SKILL.test(skill) ? skill : '',
    basis: oneOf(salaryBasisSchema.options, params.get('basis')) ?? 'records',
    currency: oneOf(currencySchema.options, params.get('currency')) ?? 'USD',
  };
}

/** The benchmark query of the filters: only what differs from the API's defaults. */
export function sliceQuery(filters: SalaryFilters): SalaryQuery {
  const query: SalaryQuery = {};
  if (filters.roleFamily) query.roleFamily = filters.roleFamily;
  if (filters.level) query.level = filters.level;
  if (filters.geography.kind === 'country') query.country = filters.geography.country;
  if (filters.geography.kind === 'region') query.region = filters.geography.region;
  if (filters.skill) query.skill = filters.skill;
  if (filters.year !== null) query.year = filters.year;
  if (filters.basis !== 'records') query.basis = filters.basis;
  if (filters.currency !== 'USD') query.currency = filters.currency;
  return query;
}

/** The same query as URL parameters, in a stable order so equal views give equal URLs. */
export function salaryParamsFromFilters(filters: SalaryFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(sliceQuery(filters))) params.set(key, String(value));
  return params;
}

/** The per-level query: the slice without its level. */
export function levelsQuery(filters: SalaryFilters): Omit<SalaryQuery, 'level'> {
  const { level: _level, ...rest } = sliceQuery(filters);
  return rest;
}

/** The per-region query: the slice without its geography. */
export function regionsQuery(filters: SalaryFilters): Omit<SalaryQuery, 'country' | 'region'> {
  const { country: _country, region: _region, ...rest } = sliceQuery(filters);
  return rest;
}

/** The premium query: the slice without its skill (premiums are fractions, so no currency either). */
export function premiumsQuery(filters: SalaryFilters): Omit<SalaryQuery, 'skill' | 'currency'> {
  const { skill: _skill, currency: _currency, ...rest } = sliceQuery(filters);
  return rest;
}

/** The geography as one select value: "country:AE", "region:GCC" or "global". */
export function geographyValue(geography: Geography): string {
  if (geography.kind === 'country') return `country:${geography.country}`;
  if (geography.kind === 'region') return `region:${geography.region}`;
  return 'global';
}

export function geographyFromValue(value: string): Geography {
  const [kind, code = ''] = value.split(':');
  if (kind === 'country' && COUNTRY.test(code)) return { kind: 'country', country: code };
  const region = oneOf(regionSchema.options, code);
  if (kind === 'region' && region) return { kind: 'region', region };
  return { kind: 'global' };
}
