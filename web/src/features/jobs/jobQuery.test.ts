import { describe, expect, it } from 'vitest';
import {
  activeFilterCount,
  EMPTY_FILTERS,
  filtersFromParams,
  paramsFromFilters,
  searchFromFilters,
} from './jobQuery';

describe('job search filters in the URL', () => {
  it('reads every filter the API takes', () => {
    const filters = filtersFromParams(
      new URLSearchParams(
        'q=vision&roleFamily=ml_engineer,data_scientist&level=senior&country=AE,SA&region=GCC' +
          '&workplace=remote&visaSponsorship=true&minSalary=120000&currency=AED&skills=pytorch&sort=salary',
      ),
    );
    expect(filters).toEqual({
      q: 'vision',
      roleFamily: ['ml_engineer', 'data_scientist'],
      level: ['senior'],
      country: ['AE', 'SA'],
      region: 'GCC',
      workplace: ['remote'],
      visaSponsorship: true,
      minSalary: '120000',
      currency: 'AED',
      skills: ['pytorch'],
      sort: 'salary',
    });
  });

  it('drops values the API would refuse instead of failing the whole search', () => {
    const filters = filtersFromParams(
      new URLSearchParams(
        'level=guru,senior,senior&country=uae&region=MARS&minSalary=-5&currency=XYZ&sort=fun',
      ),
    );
    expect(filters).toEqual({ ...EMPTY_FILTERS, level: ['senior'] });
  });

  it('writes only what differs from the defaults, and reads back what it wrote', () => {
    expect(paramsFromFilters(EMPTY_FILTERS).toString()).toBe('');
    const filters = {
      ...EMPTY_FILTERS,
      q: ' llm ',
      workplace: ['hybrid' as const],
      currency: 'EUR' as const,
    };
    const params = paramsFromFilters(filters);
    expect(params.toString()).toBe('q=llm&workplace=hybrid&currency=EUR');
    expect(filtersFromParams(params)).toEqual({ ...filters, q: 'llm' });
    expect(searchFromFilters(filters)).toEqual({ q: 'llm', workplace: 'hybrid', currency: 'EUR' });
  });

  it('counts the filters that narrow the results', () => {
    expect(activeFilterCount(EMPTY_FILTERS)).toBe(0);
    expect(
      activeFilterCount({ ...EMPTY_FILTERS, q: 'x', sort: 'date', level: ['mid', 'senior'], region: 'EU' }),
    ).toBe(3);
  });
});
