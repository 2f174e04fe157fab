// Synthetic salary records for the demo marketplace and the benchmarks: deterministic from a seed,
// shaped by the guide's bands (core/demo/salary.ts) with log-normal spread, family and skill effects.
// They are labelled source 'demo' everywhere they appear; they are not survey data.
import type { Level } from '../../contracts/profile.js';
import type { SalaryRoleFamily } from '../../contracts/salaries.js';
import { COUNTRIES, type CountryCode, countryByCode, isGulf } from '../demo/geography.js';
import { type Rng, rngFor, weightedTable } from '../demo/random.js';
import { salaryBandUsd } from '../demo/salary.js';
import { PEGS } from '../money/pegs.js';
import { regionOfCountry } from '../positions/regions.js';
import type { SalaryRecord } from './types.js';

const FAMILIES = weightedTable<readonly [SalaryRoleFamily, number, string]>([
  [['ml_engineer', 1, 'Machine Learning Engineer'], 26],
  [['data_scientist', 0.95, 'Data Scientist'], 18],
  [['applied_scientist', 1.04, 'Applied Scientist'], 7],
  [['mlops_engineer', 1.02, 'MLOps Engineer'], 8],
  [['research_scientist', 1.08, 'Research Scientist'], 6],
  [['ml_architect', 1.1, 'AI Architect'], 3],
  [['engineering_manager', 1.12, 'Engineering Manager'], 4],
  [['data_engineer', 0.92, 'Data Engineer'], 12],
  [['data_analyst', 0.72, 'Data Analyst'], 9],
  [['software_engineer', 0.95, 'Software Engineer'], 7],
]);

const LEVELS = weightedTable<Level>([
  ['junior', 30],
  ['mid', 32],
  ['senior', 26],
  ['staff', 12],
]);

// The Gulf is the marketplace's home market, so it is over-represented against a global survey.
const COUNTRY_WEIGHT: Partial<Record<CountryCode, number>> = {
  US: 30,
  AE: 12,
  SA: 8,
  QA: 4,
  GB: 8,
  IN: 8,
  DE: 5,
};
const COUNTRY_TABLE = weightedTable(COUNTRIES.map((c) => [c.code, COUNTRY_WEIGHT[c.code] ?? 2] as const));

const YEARS = weightedTable<number>([
  [2023, 15],
  [2024, 30],
  [2025, 35],
  [2026, 20],
]);

/** Skills a record may carry, how often, and the synthetic pay effect of each. */
const SKILLS: readonly { slug: string; share: number; effect: number }[] = [
  { slug: 'python', share: 0.7, effect: 0 },
  { slug: 'pytorch', share: 0.35, effect: 0.02 },
  { slug: 'large-language-models', share: 0.25, effect: 0.1 },
  { slug: 'mlops', share: 0.2, effect: 0.12 },
  { slug: 'distributed-systems', share: 0.12, effect: 0.15 },
  { slug: 'software-architecture', share: 0.1, effect: 0.1 },
  { slug: 'kubernetes', share: 0.18, effect: 0.06 },
  { slug: 'computer-vision', share: 0.12, effect: 0.04 },
  { slug: 'nlp', share: 0.15, effect: 0.05 },
  { slug: 'rag', share: 0.12, effect: 0.08 },
  { slug: 'sql', share: 0.5, effect: -0.02 },
];

/** Spread of log pay around the band's middle: the band's half-width is about one sd. */
const LOG_SD = 0.16;
/** Share of a Gulf total paid as allowances (housing, transport, flights). */
const GULF_ALLOWANCE_SHARE = 0.35;

function draw(rng: Rng): SalaryRecord {
  const [roleFamily, familyFactor, title] = rng.weighted(FAMILIES);
  const level = rng.weighted(LEVELS);
  const country = rng.weighted(COUNTRY_TABLE);
  const band = salaryBandUsd(level, country);
  const skills: string[] = [];
  let factor = familyFactor;
  for (const s of SKILLS)
    if (rng.chance(s.share)) {
      skills.push(s.slug);
      factor *= 1 + s.effect;
    }
  const totalUsd = Math.round(Math.sqrt(band.min * band.max) * factor * Math.exp(rng.normal(0, LOG_SD)));
  const gulf = isGulf(country);
  const currency = gulf ? countryByCode(country).currency : 'USD';
  const rate = gulf ? (PEGS[currency]?.ratePerUsd ?? 1) : 1;
  const total = Math.round(totalUsd * rate);
  const allowances = gulf ? Math.round(total * GULF_ALLOWANCE_SHARE) : 0;
  return {
    source: 'demo',
    year: rng.weighted(YEARS),
    roleFamily,
    title,
    rawTitle: title,
    level,
    levelApproximate: false,
    country,
    residence: country,
    region: regionOfCountry(country),
    currency,
    base: total - allowances,
    allowances,
    total,
    totalUsd,
    remoteRatio: rng.pick([0, 0, 0, 50, 100]),
    companySize: rng.pick(['S', 'M', 'M', 'L'] as const),
    employmentType: 'FT',
    weight: 1,
    skills,
  };
}

/** Record `index` of the synthetic set for `seed` (the same pair always gives the same record). */
export function syntheticSalaryRecord(seed: number, index: number, into?: Rng): SalaryRecord {
  return draw(rngFor(seed, 'salary', index, into));
}

/** `count` synthetic records, streamed. */
export function* syntheticSalaryRecords(seed: number, count: number): Generator<SalaryRecord> {
  const rng = rngFor(seed, 'salary', 0);
  for (let i = 0; i < count; i++) yield draw(rngFor(seed, 'salary', i, rng));
}
