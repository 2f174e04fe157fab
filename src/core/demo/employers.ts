// Demo employers: invented companies (names from word lists, domains under the reserved .example
// TLD, so nothing points at a real business), each a pure function of (seed, index).
import type { CountryCode, Region } from './geography.js';
import { countryByCode, drawCity } from './geography.js';
import type { Culture } from './names.js';
import { drawName, nameSlug } from './names.js';
import type { Rng } from './random.js';
import { entityKey, rngFor, weightedTable } from './random.js';

export type CompanySize = '1-10' | '11-50' | '51-200' | '201-1000' | '1001-5000' | '5000+';

/** The sector an employer serves. */
export type Industry =
  | 'fintech'
  | 'healthtech'
  | 'e-commerce'
  | 'energy'
  | 'government'
  | 'telecom'
  | 'logistics'
  | 'mobility'
  | 'media'
  | 'edtech'
  | 'cybersecurity'
  | 'proptech'
  | 'manufacturing'
  | 'consulting';

/** Role of a person in an employer's organisation on the marketplace. */
export type MemberRole = 'owner' | 'recruiter' | 'hiring_manager';

export interface DemoMember {
  givenName: string;
  familyName: string;
  /** Arabic-script name, for members with Arabic names. */
  displayNameAr?: string;
  culture: Culture;
  /** At the employer's domain; unique across all demo employers because domains are. */
  email: string;
  role: MemberRole;
}

/** The employer without its people: what positions need, cheap to regenerate. */
export interface DemoEmployerProfile {
  /** Stable key, 'e-000042'. */
  key: string;
  index: number;
  name: string;
  /** Unique for indexes below EMPLOYER_NAME_COUNT; later cycles add a number. */
  slug: string;
  /** Under .example (RFC 2606), e.g. 'falconvisionlabs.example'. */
  domain: string;
  website: string;
  country: CountryCode;
  city: string;
  region: Region;
  size: CompanySize;
  industry: Industry;
  description: string;
}

/** A generated employer with at least one owner, recruiter and hiring manager. */
export interface DemoEmployer extends DemoEmployerProfile {
  members: DemoMember[];
}

// Name parts. The first word carries the regional flavour: Gulf words (Arabic and desert-coast
// imagery) place the company in the Gulf, the others anywhere. Real brands were avoided.
const GULF_WORDS = (
  'Falcon Sahara Oasis Dune Pearl Dhow Crescent Saker Sidra Wadi Rimal Najm Qamar Sadu Ghaf Arfaj ' +
  'Murjan Suhail Liwa Najd Mashrabiya Majlis Khaleej Bayan'
).split(' ');
const GLOBAL_WORDS = (
  'Cobalt Granite Harbor Redwood Summit Tidal Quartz Nimbus Orchid Aurora Beacon Cedar Cinder ' +
  'Copper Ember Fathom Fjord Glacier Halcyon Helix Indigo Iris Kestrel Lattice Lodestar Maple ' +
  'Marlow Nova Onyx Orbit Pioneer Prism Quill Raven Sable Sierra Solstice Spruce Tangent Teal ' +
  'Vector Verity Willow Zenith Atlas Birch Coral Meadow'
).split(' ');
const FIRST_WORDS = [...GULF_WORDS, ...GLOBAL_WORDS];
// The second word may pin the industry ('Pay' is fintech); null leaves it to chance.
const SECOND_WORDS: readonly (readonly [string, Industry | null])[] = [
  ['Vision', null],
  ['Analytics', null],
  ['Intelligence', null],
  ['Data', null],
  ['Robotics', 'manufacturing'],
  ['Signals', 'telecom'],
  ['Health', 'healthtech'],
  ['Pay', 'fintech'],
  ['Logistics', 'logistics'],
  ['Energy', 'energy'],
  ['Cloud', null],
  ['Mind', null],
  ['Insight', null],
  ['Compute', null],
  ['Sense', null],
  ['Metrics', null],
  ['Learning', 'edtech'],
  ['Neural', null],
  ['Dynamics', null],
  ['Forge', null],
  ['Grid', 'energy'],
  ['Bio', 'healthtech'],
  ['Mobility', 'mobility'],
  ['Commerce', 'e-commerce'],
];
const SUFFIXES = ['', 'Labs', 'AI', 'Technologies', 'Systems', 'Group'];

/** How many distinct company names exist before names repeat with a number appended. */
export const EMPLOYER_NAME_COUNT = FIRST_WORDS.length * SECOND_WORDS.length * SUFFIXES.length;

// index → name is an affine permutation of [0, EMPLOYER_NAME_COUNT): a bijection, so the first
// EMPLOYER_NAME_COUNT employers get distinct names (and slugs, and domains) without any lookup of
// what came before. The stride is coprime with the count (no factor 2 or 3) and scatters neighbours.
const NAME_STRIDE = 5023;

const GULF_TABLE = weightedTable<CountryCode>([
  ['AE', 50],
  ['SA', 35],
  ['QA', 15],
]);
// Employers sit where positions can be advertised: the markets of the guide plus the EU ones.
const COUNTRY_TABLE = weightedTable<CountryCode>([
  ['US', 25],
  ['GB', 12],
  ['DE', 9],
  ['FR', 6],
  ['NL', 6],
  ['ES', 4],
  ['IE', 5],
  ['IN', 15],
  ['AE', 9],
  ['SA', 6],
  ['QA', 3],
]);

const SIZE_TABLE = weightedTable<CompanySize>([
  ['1-10', 10],
  ['11-50', 25],
  ['51-200', 25],
  ['201-1000', 20],
  ['1001-5000', 12],
  ['5000+', 8],
]);
const EXTRA_MEMBERS: Readonly<Record<CompanySize, readonly [number, number]>> = {
  '1-10': [0, 0],
  '11-50': [0, 1],
  '51-200': [1, 2],
  '201-1000': [1, 3],
  '1001-5000': [2, 4],
  '5000+': [2, 5],
};

// National AI programmes make government and energy large ML employers in the Gulf.
const GULF_INDUSTRY_TABLE = weightedTable<Industry>([
  ['government', 14],
  ['energy', 12],
  ['fintech', 12],
  ['telecom', 8],
  ['logistics', 8],
  ['e-commerce', 8],
  ['healthtech', 8],
  ['proptech', 6],
  ['mobility', 6],
  ['media', 4],
  ['edtech', 5],
  ['cybersecurity', 5],
  ['consulting', 4],
]);
const INDUSTRY_TABLE = weightedTable<Industry>([
  ['fintech', 14],
  ['healthtech', 12],
  ['e-commerce', 12],
  ['media', 7],
  ['logistics', 7],
  ['mobility', 6],
  ['telecom', 6],
  ['energy', 6],
  ['cybersecurity', 8],
  ['edtech', 5],
  ['manufacturing', 6],
  ['proptech', 3],
  ['consulting', 6],
  ['government', 2],
]);

const WHAT_THEY_DO: Readonly<Record<Industry, readonly string[]>> = {
  fintech: [
    'builds fraud-detection and credit-scoring models for banks',
    'runs real-time risk engines for digital payments',
  ],
  healthtech: [
    'develops clinical decision-support models for hospitals',
    'applies computer vision to medical imaging',
  ],
  'e-commerce': [
    'powers product search and recommendations for online retailers',
    'forecasts demand for marketplaces',
  ],
  energy: [
    'forecasts demand and balances grids for utilities',
    'predicts equipment failures on oil and gas assets',
  ],
  government: [
    'delivers AI-driven digital services for public-sector agencies',
    'builds Arabic and English assistants for citizen services',
  ],
  telecom: [
    'predicts churn and optimises networks for mobile operators',
    'detects network anomalies for telecom carriers',
  ],
  logistics: [
    'optimises routes and warehouses for logistics companies',
    'predicts delivery times for couriers and ports',
  ],
  mobility: [
    'builds routing and pricing models for ride-hailing fleets',
    'develops perception models for autonomous vehicles',
  ],
  media: [
    'personalises streaming catalogues with recommendation models',
    'automates content moderation with multimodal models',
  ],
  edtech: [
    'builds adaptive learning platforms on large language models',
    'grades and tutors with language models for universities',
  ],
  cybersecurity: [
    'detects threats in network traffic with machine learning',
    'flags phishing and account takeover with ML models',
  ],
  proptech: [
    'values and recommends property listings with machine learning',
    'optimises energy use in smart buildings',
  ],
  manufacturing: [
    'brings computer-vision quality inspection to factories',
    'runs predictive maintenance for production lines',
  ],
  consulting: [
    'helps enterprises design, build and run ML platforms',
    'delivers LLM and MLOps projects for large enterprises',
  ],
};

const WHERE: Readonly<Record<Region, readonly string[]>> = {
  gulf: ['across the GCC', 'in the Gulf region', 'across the Middle East'],
  'north-america': ['across North America', 'in the United States'],
  europe: ['across Europe', 'across the EU'],
  uk: ['across the UK', 'in the UK and Europe'],
  'south-asia': ['across India', 'in South Asia'],
  levant: ['across the Levant'],
  'asia-pacific': ['across Asia-Pacific'],
  africa: ['across Africa'],
  'latin-america': ['across Latin America'],
};

const MEMBER_ROLES_EXTRA: readonly MemberRole[] = ['recruiter', 'hiring_manager', 'hiring_manager'];

function seedOffset(seed: number): number {
  // Different seeds start the name permutation at different points.
  const r = rngFor(seed, 'employer-names', 0);
  return r.uint32() % EMPLOYER_NAME_COUNT;
}

/** The company name of employer #index: distinct for indexes below EMPLOYER_NAME_COUNT. */
function companyName(
  seed: number,
  index: number,
): { name: string; gulfWord: boolean; industry: Industry | null } {
  const j = (NAME_STRIDE * (index % EMPLOYER_NAME_COUNT) + seedOffset(seed)) % EMPLOYER_NAME_COUNT;
  const first = j % FIRST_WORDS.length;
  const rest = Math.floor(j / FIRST_WORDS.length);
  const [second, industry] = SECOND_WORDS[rest % SECOND_WORDS.length] ?? ['Analytics', null];
  const suffix = SUFFIXES[Math.floor(rest / SECOND_WORDS.length)] ?? '';
  const cycle = Math.floor(index / EMPLOYER_NAME_COUNT);
  const parts = [FIRST_WORDS[first] ?? 'Falcon', second, suffix, cycle > 0 ? String(cycle + 1) : ''];
  return { name: parts.filter((p) => p !== '').join(' '), gulfWord: first < GULF_WORDS.length, industry };
}

function profileFrom(seed: number, index: number, rng: Rng): DemoEmployerProfile {
  const { name, gulfWord, industry: pinned } = companyName(seed, index);
  // Employer 0 is always in the Gulf: the demo recruiter account joins it.
  const countryCode = index === 0 || gulfWord ? rng.weighted(GULF_TABLE) : rng.weighted(COUNTRY_TABLE);
  const country = countryByCode(countryCode);
  const city = drawCity(rng, countryCode);
  const industry = pinned ?? rng.weighted(country.region === 'gulf' ? GULF_INDUSTRY_TABLE : INDUSTRY_TABLE);
  const slug = nameSlug(name);
  const domain = `${slug.replace(/-/g, '')}.example`;
  return {
    key: entityKey('e', index),
    index,
    name,
    slug,
    domain,
    website: `https://${domain}`,
    country: countryCode,
    city,
    region: country.region,
    size: rng.weighted(SIZE_TABLE),
    industry,
    description: `${name} ${rng.pick(WHAT_THEY_DO[industry])} ${rng.pick(WHERE[country.region])}.`,
  };
}

/** Employer #index without its members; the part positions refer to. */
export function generateEmployerProfile(seed: number, index: number): DemoEmployerProfile {
  return profileFrom(seed, index, rngFor(seed, 'employer', index));
}

/** Employer #index for the seed, with its members; the same whatever else is generated. */
export function generateEmployer(seed: number, index: number): DemoEmployer {
  const profile = generateEmployerProfile(seed, index);
  // Members draw from their own stream so the profile stays cheap to regenerate on its own.
  const rng = rngFor(seed, 'employer-members', index);
  const [lo, hi] = EXTRA_MEMBERS[profile.size];
  const roles: MemberRole[] = ['owner', 'recruiter', 'hiring_manager'];
  for (let n = rng.int(lo, hi); n > 0; n--) roles.push(rng.pick(MEMBER_ROLES_EXTRA));

  const used = new Set<string>();
  const members = roles.map((role): DemoMember => {
    const drawn = drawName(rng, profile.country);
    const base = `${drawn.given.slug}.${drawn.family.slug}`;
    let local = base;
    // Two people with the same name get jane.smith and jane.smith2, as mail admins do.
    for (let n = 2; used.has(local); n++) local = `${base}${n}`;
    used.add(local);
    return {
      givenName: drawn.given.en,
      familyName: drawn.family.en,
      displayNameAr:
        drawn.given.ar === undefined ? undefined : `${drawn.given.ar} ${drawn.family.ar ?? ''}`.trim(),
      culture: drawn.culture,
      email: `${local}@${profile.domain}`,
      role,
    };
  });
  return { ...profile, members };
}

/** Streams employers start … start+count-1; identical to generating each alone. */
export function* generateEmployers(opts: {
  seed: number;
  count: number;
  start?: number;
}): Generator<DemoEmployer> {
  const start = opts.start ?? 0;
  for (let i = start; i < start + opts.count; i++) yield generateEmployer(opts.seed, i);
}
