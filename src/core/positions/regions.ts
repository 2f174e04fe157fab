// The regions the job search offers as one filter. Country lists use ISO 3166-1 alpha-2 codes, which
// is what positions store (so Greece is GR here, not the EU's own "EL").
import type { Region } from '../../contracts/positions.js';

export const REGION_COUNTRIES: Readonly<Record<Region, readonly string[]>> = {
  // The six Gulf Cooperation Council states.
  GCC: ['AE', 'SA', 'QA', 'KW', 'BH', 'OM'],
  // The 27 member states of the European Union (since the UK left in 2020).
  EU: 'AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE'.split(' '),
  NA: ['US', 'CA', 'MX'],
  // The SAARC members.
  SOUTH_ASIA: ['IN', 'PK', 'BD', 'LK', 'NP', 'BT', 'MV', 'AF'],
};

/** The countries a region filter matches. */
export function countriesOfRegion(region: Region): readonly string[] {
  return REGION_COUNTRIES[region];
}

/** The region a country belongs to, or null for a country in none of them. */
export function regionOfCountry(country: string): Region | null {
  for (const [region, countries] of Object.entries(REGION_COUNTRIES) as [Region, readonly string[]][])
    if (countries.includes(country)) return region;
  return null;
}
