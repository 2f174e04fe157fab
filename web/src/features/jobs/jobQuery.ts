import { regionSchema, workplaceSchema } from '../../../../src/contracts/positions.js';
import { currencySchema, levelSchema, roleFamilySchema } from '../../../../src/contracts/profile.js';
import type { JobSearch } from '../../api/positions';

type RoleFamily = (typeof roleFamilySchema.options)[number];
type Level = (typeof levelSchema.options)[number];
type Workplace = (typeof workplaceSchema.options)[number];
type Region = (typeof regionSchema.options)[number];
type Currency = (typeof currencySchema.options)[number];
export type JobSort = 'relevance' | 'date' | 'salary';

/** What the visitor is looking for; it lives in the URL so a search can be shared and reloaded. */
export interface JobFilters {
  q: string;
  roleFamily: RoleFamily[];
  level: Level[];
  country: string[];
  region: Region | '';
  workplace: Workplace[];
  visaSponsorship: boolean;
  minSalary: string;
  currency: Currency;
  skills: string[];
  sort: JobSort;
}

export const EMPTY_FILTERS: JobFilters = {
  q: '',
  roleFamily: [],
  level: [],
  country: [],
  region: '',
  workplace: [],
  visaSponsorship: false,
  minSalary: '',
  currency: 'USD',
  skills: [],
  sort: 'relevance',
};

const SORTS: readonly JobSort[] = ['relevance', 'date', 'salary'];
const COUNTRY = /^[A-Z]{2}$/;
const SKILL = /^[a-z0-9][a-z0-9+#.-]{0,79}$/;
const MAX_VALUES = 20;

function oneOf<T extends string>(options: readonly T[], value: string | null): T | undefined {
  return options.find((option) => option === value);
}

/** Comma-separated values, keeping only the allowed ones, each once. */
function listOf<T extends string>(value: string | null, accept: (item: string) => T | undefined): T[] {
  const out: T[] = [];
  for (const raw of (value ?? '').split(',')) {
    const item = accept(raw.trim());
    if (item !== undefined && !out.includes(item) && out.length < MAX_VALUES) out.push(item);
  }
  return out;
}

/** Reads filters from a query string, dropping anything the API would refuse. */
export function filtersFromParams(params: URLSearchParams): JobFilters {
  const minSalary = (params.get('minSalary') ?? '').trim();
  return {
    q: (params.get('q') ?? '').slice(0, 200),
    roleFamily: listOf(params.get('roleFamily'), (v) => oneOf(roleFamilySchema.options, v)),
    level: listOf(params.get('level'), (v) => oneOf(levelSchema.options, v)),
    country: listOf(params.get('country'), (v) => (COUNTRY.test(v) ? v : undefined)),
    region: oneOf(regionSchema.options, params.get('region')) ?? '',
    workplace: listOf(params.get('workplace'), (v) => oneOf(workplaceSchema.options, v)),
    visaSponsorship: params.get('visaSponsorship') === 'true',
    minSalary: /^\d{1,9}$/.test(minSalary) ? minSalary : '',
    currency: oneOf(currencySchema.options, params.get('currency')) ?? 'USD',
    skills: listOf(params.get('skills'), (v) => (SKILL.test(v) ? v : undefined)),
    sort: oneOf(SORTS, params.get('sort')) ?? 'relevance',
  };
}

/** The query the API takes: only what differs from the defaults, lists comma-separated. */
export function searchFromFilters(filters: JobFilters): JobSearch {
  const search: JobSearch = {};
  const q = filters.q.trim();
  if (q) search.q = q;
  if (filters.roleFamily.length > 0) search.roleFamily = filters.roleFamily.join(',');
  if (filters.level.length > 0) search.level = filters.level.join(',');
  if (filters.country.length > 0) search.country = filters.country.join(',');
  if (filters.region) search.region = filters.region;
  if (filters.workplace.length > 0) search.workplace = filters.workplace.join(',');
  if (filters.visaSponsorship) search.visaSponsorship = 'true';
  if (filters.minSalary) search.minSalary = filters.minSalary;
  // The currency also sets what the converted salaries are shown in, so it is kept even without a minimum.
  if (filters.currency !== 'USD') search.currency = filters.currency;
  if (filters.skills.length > 0) search.skills = filters.skills.join(',');
  if (filters.sort !== 'relevance') search.sort = filters.sort;
  return search;
}

/** The same query as URL parameters, in a stable order so equal searches give equal URLs. */
export function paramsFromFilters(filters: JobFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(searchFromFilters(filters))) if (value) params.set(key, value);
  return params;
}

/** How many filters narrow the results (the text query and the sort order are not filters). */
export function activeFilterCount(filters: JobFilters): number {
  return (
    filters.roleFamily.length +
    filters.level.length +
    filters.country.length +
    (filters.region ? 1 : 0) +
    filters.workplace.length +
    (filters.visaSponsorship ? 1 : 0) +
    (filters.minSalary ? 1 : 0) +
    filters.skills.length
  );
}
