// Countries and cities the demo data is spread over: the marketplace's home market (the Gulf) and
// the markets its candidates and employers most often come from.
import type { Rng, WeightedTable } from './random.js';
import { weightedTable } from './random.js';

/** Market region; the guide gives the Gulf its own salary band, other regions scale the global one. */
export type Region =
  | 'north-america'
  | 'europe'
  | 'uk'
  | 'south-asia'
  | 'gulf'
  | 'levant'
  | 'asia-pacific'
  | 'africa'
  | 'latin-america';

/** ISO 3166-1 alpha-2 codes of the demo countries. */
export type CountryCode =
  | 'US'
  | 'CA'
  | 'GB'
  | 'IE'
  | 'DE'
  | 'FR'
  | 'NL'
  | 'ES'
  | 'IN'
  | 'PK'
  | 'AE'
  | 'SA'
  | 'QA'
  | 'JO'
  | 'SG'
  | 'NG'
  | 'KE'
  | 'BR';

/** ISO 4217 code of a demo country's currency. */
export type CurrencyCode =
  | 'USD'
  | 'CAD'
  | 'GBP'
  | 'EUR'
  | 'INR'
  | 'PKR'
  | 'AED'
  | 'SAR'
  | 'QAR'
  | 'JOD'
  | 'SGD'
  | 'NGN'
  | 'KES'
  | 'BRL';

export interface City {
  readonly name: string;
  /** Relative share of the country's tech workforce, roughly. */
  readonly weight: number;
}

export interface Country {
  readonly code: CountryCode;
  readonly name: string;
  readonly currency: CurrencyCode;
  readonly region: Region;
  readonly cities: readonly City[];
}

function cities(spec: string): City[] {
  // 'Dubai:6, Abu Dhabi:3' keeps the table below readable.
  return spec.split(',').map((part) => {
    const [name = '', weight = '1'] = part.split(':');
    return { name: name.trim(), weight: Number(weight) };
  });
}

/** All demo countries. */
export const COUNTRIES: readonly Country[] = [
  {
    code: 'US',
    name: 'United States',
    currency: 'USD',
    region: 'north-america',
    cities: cities('San Francisco:5, New York:4, Seattle:3, Austin:2, Boston:2, Mountain View:2, Chicago:1'),
  },
  {
    code: 'CA',
    name: 'Canada',
    currency: 'CAD',
    region: 'north-america',
    cities: cities('Toronto:4, Montreal:3, Vancouver:2, Waterloo:1'),
  },
  {
    code: 'GB',
    name: 'United Kingdom',
    currency: 'GBP',
    region: 'uk',
    cities: cities('London:8, Manchester:2, Cambridge:2, Edinburgh:1, Bristol:1, Oxford:1'),
  },
  {
    code: 'IE',
    name: 'Ireland',
    currency: 'EUR',
    region: 'europe',
    cities: cities('Dublin:6, Cork:2, Galway:1'),
  },
  {
    code: 'DE',
    name: 'Germany',
    currency: 'EUR',
    region: 'europe',
    cities: cities('Berlin:5, Munich:4, Hamburg:2, Frankfurt:2, Stuttgart:1'),
  },
  {
    code: 'FR',
    name: 'France',
    currency: 'EUR',
    region: 'europe',
    cities: cities('Paris:7, Lyon:2, Grenoble:1, Toulouse:1, Nice:1'),
  },
  {
    code: 'NL',
    name: 'Netherlands',
    currency: 'EUR',
    region: 'europe',
    cities: cities('Amsterdam:6, Rotterdam:2, Eindhoven:2, Utrecht:1, Delft:1'),
  },
  {
    code: 'ES',
    name: 'Spain',
    currency: 'EUR',
    region: 'europe',
    cities: cities('Madrid:4, Barcelona:4, Valencia:1, Málaga:1'),
  },
  {
    code: 'IN',
    name: 'India',
    currency: 'INR',
    region: 'south-asia',
    cities: cities('Bengaluru:8, Hyderabad:4, Pune:3, Chennai:3, Gurugram:2, Mumbai:2, Noida:1'),
  },
  {
    code: 'PK',
    name: 'Pakistan',
    currency: 'PKR',
    region: 'south-asia',
    cities: cities('Karachi:3, Lahore:3, Islamabad:2'),
  },
  {
    code: 'AE',
    name: 'United Arab Emirates',
    currency: 'AED',
    region: 'gulf',
    cities: cities('Dubai:6, Abu Dhabi:4, Sharjah:1'),
  },
  {
    code: 'SA',
    name: 'Saudi Arabia',
    currency: 'SAR',
    region: 'gulf',
    cities: cities('Riyadh:7, Jeddah:3, Dhahran:1, Dammam:1, Khobar:1'),
  },
  {
    code: 'QA',
    name: 'Qatar',
    currency: 'QAR',
    region: 'gulf',
    cities: cities('Doha:8, Lusail:1, Al Rayyan:1'),
  },
  { code: 'JO', name: 'Jordan', currency: 'JOD', region: 'levant', cities: cities('Amman:5, Irbid:1') },
  { code: 'SG', name: 'Singapore', currency: 'SGD', region: 'asia-pacific', cities: cities('Singapore:1') },
  { code: 'NG', name: 'Nigeria', currency: 'NGN', region: 'africa', cities: cities('Lagos:4, Abuja:1') },
  { code: 'KE', name: 'Kenya', currency: 'KES', region: 'africa', cities: cities('Nairobi:1') },
  {
    code: 'BR',
    name: 'Brazil',
    currency: 'BRL',
    region: 'latin-america',
    cities: cities('São Paulo:5, Rio de Janeiro:2, Florianópolis:1, Belo Horizonte:1'),
  },
];

/** Gulf Cooperation Council countries in the demo; their pay is tax-free total compensation. */
export const GULF_COUNTRIES: readonly CountryCode[] = ['AE', 'SA', 'QA'];

const byCode = new Map<CountryCode, Country>(COUNTRIES.map((country) => [country.code, country]));

/** The country with the given code; throws for a code outside the demo set. */
export function countryByCode(code: CountryCode): Country {
  const country = byCode.get(code);
  if (country === undefined) throw new RangeError(`Unknown demo country ${code}`);
  return country;
}

/** True for the Gulf countries (AE, SA, QA). */
export function isGulf(code: CountryCode): boolean {
  return code === 'AE' || code === 'SA' || code === 'QA';
}

const cityTables = new Map<CountryCode, WeightedTable<string>>(
  COUNTRIES.map((c) => [c.code, weightedTable(c.cities.map((city) => [city.name, city.weight] as const))]),
);

/** Draws a city of the country, weighted by the size of its tech workforce. */
export function drawCity(rng: Rng, code: CountryCode): string {
  const table = cityTables.get(code);
  if (table === undefined) throw new RangeError(`Unknown demo country ${code}`);
  return rng.weighted(table);
}
