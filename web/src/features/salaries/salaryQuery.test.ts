import { describe, expect, it } from 'vitest';
import {
  EMPTY_SALARY_FILTERS,
  geographyFromValue,
  geographyValue,
  levelsQuery,
  premiumsQuery,
  regionsQuery,
  salaryFiltersFromParams,
  salaryParamsFromFilters,
} from './salaryQuery';

describe('salary filters in the URL', () => {
  it('round-trips a slice and leaves the defaults out', () => {
    const params = new URLSearchParams(
      'roleFamily=ml_engineer&level=senior&country=AE&year=2025&currency=AED',
    );
    const filters = salaryFiltersFromParams(params);
    expect(filters.geography).toEqual({ kind: 'country', country: 'AE' });
    expect(salaryParamsFromFilters(filters).toString()).toBe(params.toString());
    expect(salaryParamsFromFilters(EMPTY_SALARY_FILTERS).toString()).toBe('');
  });

  it('drops what the API would refuse and keeps the country when both geographies come', () => {
    const filters = salaryFiltersFromParams(
      new URLSearchParams('roleFamily=wizard&level=god&country=AE&region=EU&year=99&skill=Bad Skill&basis=x'),
    );
    expect(filters).toEqual({ ...EMPTY_SALARY_FILTERS, geography: { kind: 'country', country: 'AE' } });
  });

  it('asks each endpoint only what it takes', () => {
    const filters = salaryFiltersFromParams(
      new URLSearchParams('roleFamily=ml_engineer&level=senior&region=GCC&skill=pytorch&currency=AED'),
    );
    expect(levelsQuery(filters)).toEqual({
      roleFamily: 'ml_engineer',
      region: 'GCC',
      skill: 'pytorch',
      currency: 'AED',
    });
    expect(regionsQuery(filters)).toEqual({
      roleFamily: 'ml_engineer',
      level: 'senior',
      skill: 'pytorch',
      currency: 'AED',
    });
    expect(premiumsQuery(filters)).toEqual({ roleFamily: 'ml_engineer', level: 'senior', region: 'GCC' });
  });

  it('carries the geography in one select value', () => {
    for (const value of ['global', 'region:GCC', 'country:QA'])
      expect(geographyValue(geographyFromValue(value))).toBe(value);
    expect(geographyFromValue('region:MOON')).toEqual({ kind: 'global' });
  });
});
