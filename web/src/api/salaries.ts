import {
  type FallbackView,
  type FxRateView,
  type GeoScopeView,
  type OfferPlacement,
  type PremiumView,
  type SalaryBasis,
  type SalaryBenchmark,
  type SalaryBenchmarkResponse,
  type SalaryLevelsResponse,
  type SalaryOfferResponse,
  type SalaryPremiumsResponse,
  type SalaryReferenceResponse,
  type SalaryRegionsResponse,
  type SalaryRoleFamily,
  type SalaryStats,
  salaryBasisSchema,
  salaryBenchmarkResponse,
  salaryLevelsResponse,
  salaryOfferResponse,
  salaryPremiumsResponse,
  salaryReferenceResponse,
  salaryRegionsResponse,
  salaryRoleFamilySchema,
} from '../../../src/contracts/salaries.js';
import type { OfferBreakdown, OfferRequestInput } from '../../../src/contracts/salary-offer.js';
import { requestJson } from './client';

export type {
  FallbackView,
  FxRateView,
  GeoScopeView,
  OfferBreakdown,
  OfferPlacement,
  OfferRequestInput,
  PremiumView,
  SalaryBasis,
  SalaryBenchmark,
  SalaryBenchmarkResponse,
  SalaryLevelsResponse,
  SalaryPremiumsResponse,
  SalaryReferenceResponse,
  SalaryRegionsResponse,
  SalaryRoleFamily,
  SalaryStats,
};
export { salaryBasisSchema, salaryRoleFamilySchema };

export type SourceCounts = SalaryBenchmarkResponse['sources'];

/** The offer's breakdown and its place in the benchmark (null without role family and level). */
export type SalaryOfferResult = SalaryOfferResponse;

/** Query parameters as the API takes them; empty values are left out (the API's default is "any"). */
export type SalaryQuery = Partial<Record<'roleFamily' | 'level' | 'country' | 'region' | 'skill', string>> & {
  year?: number;
  basis?: SalaryBasis;
  currency?: string;
};

function queryString(query: SalaryQuery): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** One slice's distribution, with the geographic fallback used and the currency rate. */
export function fetchBenchmark(query: SalaryQuery): Promise<SalaryBenchmarkResponse> {
  return requestJson('GET', `/api/salaries/benchmark${queryString(query)}`, salaryBenchmarkResponse);
}

/** The same slice at every level (the query carries no level). */
export function fetchLevels(query: Omit<SalaryQuery, 'level'>): Promise<SalaryLevelsResponse> {
  return requestJson('GET', `/api/salaries/levels${queryString(query)}`, salaryLevelsResponse);
}

/** The same slice in each region and worldwide (the query carries no geography). */
export function fetchRegions(query: Omit<SalaryQuery, 'country' | 'region'>): Promise<SalaryRegionsResponse> {
  return requestJson('GET', `/api/salaries/regions${queryString(query)}`, salaryRegionsResponse);
}

/** Measured skill premiums of the slice beside the guide's published ones. */
export function fetchPremiums(query: Omit<SalaryQuery, 'skill'>): Promise<SalaryPremiumsResponse> {
  return requestJson('GET', `/api/salaries/premiums${queryString(query)}`, salaryPremiumsResponse);
}

/** The career guide's published table, converted to `currency`. */
export function fetchReference(currency: string): Promise<SalaryReferenceResponse> {
  return requestJson('GET', `/api/salaries/reference${queryString({ currency })}`, salaryReferenceResponse);
}

/** A Gulf offer's annual and monthly worth, and where it falls in the benchmark. */
export function calculateOffer(body: OfferRequestInput): Promise<SalaryOfferResult> {
  return requestJson('POST', '/api/salaries/offer', salaryOfferResponse, body);
}
