import { describe, expect, it } from 'vitest';
import { regionSchema } from '../../contracts/positions.js';
import { countryCodeSchema } from '../../contracts/profile.js';
import { countriesOfRegion, REGION_COUNTRIES, regionOfCountry } from './regions.js';

describe('regions', () => {
  it('has the GCC six, the EU 27, North America three and South Asia eight', () => {
    expect(countriesOfRegion('GCC')).toEqual(['AE', 'SA', 'QA', 'KW', 'BH', 'OM']);
    expect(countriesOfRegion('EU')).toHaveLength(27);
    expect(countriesOfRegion('NA')).toEqual(['US', 'CA', 'MX']);
    expect(countriesOfRegion('SOUTH_ASIA')).toEqual(['IN', 'PK', 'BD', 'LK', 'NP', 'BT', 'MV', 'AF']);
  });

  it('covers every region of the contract with valid, distinct country codes', () => {
    expect(Object.keys(REGION_COUNTRIES).sort()).toEqual([...regionSchema.options].sort());
    const all = Object.values(REGION_COUNTRIES).flat();
    expect(new Set(all).size).toBe(all.length);
    for (const code of all) expect(countryCodeSchema.safeParse(code).success).toBe(true);
  });

  it('uses ISO codes for the EU (Greece is GR) and leaves out the UK', () => {
    const eu = countriesOfRegion('EU');
    expect(eu).toContain('GR');
    expect(eu).not.toContain('EL');
    expect(eu).not.toContain('GB');
    expect(eu).toEqual(expect.arrayContaining(['DE', 'FR', 'IE', 'HR', 'CY', 'MT']));
  });

  it.each([
    ['AE', 'GCC'],
    ['DE', 'EU'],
    ['MX', 'NA'],
    ['LK', 'SOUTH_ASIA'],
    ['GB', null],
    ['JO', null],
    ['', null],
  ])('regionOfCountry(%j) is %s', (country, region) => {
    expect(regionOfCountry(country)).toBe(region);
  });
});
