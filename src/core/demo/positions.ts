// Demo positions: each belongs to employer (index mod employerCount), so every employer, employer 0
// (the demo recruiter's) included, gets positions, and position #i never depends on the others.
import type { DemoEmployerProfile } from './employers.js';
import { generateEmployerProfile } from './employers.js';
import type { PayCurrency } from './fx.js';
import { fromUsd } from './fx.js';
import type { CountryCode, Region } from './geography.js';
import { drawCity, isGulf } from './geography.js';
import type { Rng, WeightedTable } from './random.js';
import { clamp, entityKey, rngFor, weightedTable } from './random.js';
import { salaryBandUsd, skillPremium } from './salary.js';
import type { Specialisation } from './skill-pool.js';
import { SPECIALISATIONS, skillById } from './skill-pool.js';
import { CORE_SLOTS, EXTRA_SKILLS, SKILL_ID, SKILL_TIER, SPEC_SKILLS } from './skill-tables.js';
import type { Stage } from './stages.js';
import { STAGE_RANK } from './stages.js';

export type RoleFamily =
  | 'ml_engineer'
  | 'applied_scientist'
  | 'data_scientist'
  | 'mlops_engineer'
  | 'research_scientist'
  | 'ml_architect'
  | 'engineering_manager';

export type Workplace = 'onsite' | 'hybrid' | 'remote';

export interface DemoSalary {
  /** Yearly base salary in the local currency; for the Gulf, total compensation minus allowances. */
  min: number;
  max: number;
  currency: PayCurrency;
  period: 'year';
}

/** Yearly allowances of Gulf packages, in the position's currency, on top of the base salary. */
export interface GulfAllowances {
  housing: number;
  transport: number;
  /** Yearly value of the home flights. */
  annualFlights: number;
  taxFree: true;
}

export interface RequiredSkill {
  skillId: string;
  /** 1-5, on the same scale as candidate proficiency. */
  minProficiency: number;
}

/** A generated job position. */
export interface DemoPosition {
  /** Stable key, 'p-000042'. */
  key: string;
  index: number;
  employerKey: string;
  employerIndex: number;
  title: string;
  roleFamily: RoleFamily;
  level: Stage;
  specialisation: Specialisation;
  country: CountryCode;
  city: string;
  workplace: Workplace;
  salary: DemoSalary;
  /** Present exactly for positions in AE, SA and QA. */
  gulfAllowances?: GulfAllowances;
  requiredSkills: RequiredSkill[];
  niceToHaveSkills: string[];
  visaSponsorship: boolean;
  relocationSupport: boolean;
}

/** The currency positions in each country advertise in (all employer countries are covered). */
export const POSITION_CURRENCY: Readonly<Partial<Record<CountryCode, PayCurrency>>> = {
  US: 'USD',
  GB: 'GBP',
  IE: 'EUR',
  DE: 'EUR',
  FR: 'EUR',
  NL: 'EUR',
  ES: 'EUR',
  IN: 'INR',
  AE: 'AED',
  SA: 'SAR',
  QA: 'QAR',
};

const ROLE_TABLE = weightedTable<RoleFamily>([
  ['ml_engineer', 34],
  ['data_scientist', 15],
  ['applied_scientist', 12],
  ['mlops_engineer', 14],
  ['research_scientist', 8],
  ['ml_architect', 7],
  ['engineering_manager', 10],
]);

const IC_LEVELS = weightedTable<Stage>([
  ['junior', 25],
  ['mid', 35],
  ['senior', 28],
  ['staff', 12],
]);
// Research, architecture and management roles start later in a career, as the guide describes.
const LEVELS: Readonly<Record<RoleFamily, WeightedTable<Stage>>> = {
  ml_engineer: IC_LEVELS,
  applied_scientist: IC_LEVELS,
  data_scientist: IC_LEVELS,
  mlops_engineer: IC_LEVELS,
  research_scientist: weightedTable<Stage>([
    ['mid', 35],
    ['senior', 40],
    ['staff', 25],
  ]),
  ml_architect: weightedTable<Stage>([
    ['senior', 45],
    ['staff', 55],
  ]),
  engineering_manager: weightedTable<Stage>([
    ['senior', 60],
    ['staff', 40],
  ]),
};

const TITLES: Readonly<Record<RoleFamily, Readonly<Partial<Record<Stage, readonly string[]>>>>> = {
  ml_engineer: {
    junior: ['Junior Machine Learning Engineer', 'Machine Learning Engineer I'],
    mid: ['Machine Learning Engineer', 'Machine Learning Engineer II'],
    senior: ['Senior Machine Learning Engineer'],
    staff: ['Staff Machine Learning Engineer', 'Principal Machine Learning Engineer'],
  },
  applied_scientist: {
    junior: ['Associate Applied Scientist'],
    mid: ['Applied Scientist'],
    senior: ['Senior Applied Scientist'],
    staff: ['Principal Applied Scientist'],
  },
  data_scientist: {
    junior: ['Junior Data Scientist', 'Associate Data Scientist'],
    mid: ['Data Scientist'],
    senior: ['Senior Data Scientist'],
    staff: ['Staff Data Scientist', 'Lead Data Scientist'],
  },
  mlops_engineer: {
    junior: ['Junior MLOps Engineer'],
    mid: ['MLOps Engineer'],
    senior: ['Senior MLOps Engineer'],
    staff: ['Staff MLOps Engineer', 'Principal ML Platform Engineer'],
  },
  research_scientist: {
    mid: ['Research Scientist'],
    senior: ['Senior Research Scientist'],
    staff: ['Principal Research Scientist'],
  },
  ml_architect: {
    senior: ['ML Solutions Architect'],
    staff: ['Principal ML Architect', 'Enterprise AI Architect'],
  },
  engineering_manager: {
    senior: ['ML Engineering Manager'],
    staff: ['Senior ML Engineering Manager', 'Head of Machine Learning'],
  },
};

const SPEC_BY_ROLE: Readonly<Record<RoleFamily, WeightedTable<Specialisation>>> = {
  ml_engineer: weightedTable<Specialisation>([
    ['llm', 32],
    ['cv', 18],
    ['nlp', 15],
    ['recsys', 12],
    ['mlops', 13],
    ['data-eng', 10],
  ]),
  applied_scientist: weightedTable<Specialisation>([
    ['llm', 30],
    ['nlp', 20],
    ['cv', 20],
    ['recsys', 30],
  ]),
  data_scientist: weightedTable<Specialisation>([
    ['recsys', 30],
    ['data-eng', 30],
    ['nlp', 15],
    ['cv', 10],
    ['llm', 15],
  ]),
  mlops_engineer: weightedTable<Specialisation>([
    ['mlops', 85],
    ['data-eng', 15],
  ]),
  research_scientist: weightedTable<Specialisation>([
    ['llm', 45],
    ['nlp', 20],
    ['cv', 25],
    ['recsys', 10],
  ]),
  ml_architect: weightedTable<Specialisation>([
    ['mlops', 45],
    ['llm', 35],
    ['data-eng', 20],
  ]),
  engineering_manager: weightedTable<Specialisation>([
    ['llm', 30],
    ['mlops', 20],
    ['cv', 15],
    ['nlp', 10],
    ['recsys', 15],
    ['data-eng', 10],
  ]),
};

// What the role itself needs regardless of level; the first one is always required.
const ROLE_SKILLS: Readonly<Record<RoleFamily, readonly string[]>> = {
  ml_engineer: [
    'python',
    'pytorch',
    'docker',
    'git',
    'model-serving',
    'ci-cd',
    'aws-sagemaker',
    'kubernetes',
  ],
  applied_scientist: [
    'python',
    'pytorch',
    'deep-learning',
    'statistics',
    'experiment-design',
    'transformers',
  ],
  data_scientist: ['python', 'sql', 'statistics', 'pandas', 'scikit-learn', 'ab-testing', 'xgboost'],
  mlops_engineer: [
    'kubernetes',
    'docker',
    'python',
    'ci-cd',
    'mlflow',
    'terraform',
    'model-monitoring',
    'linux',
  ],
  research_scientist: ['pytorch', 'python', 'jax', 'deep-learning', 'transformers', 'probability'],
  ml_architect: ['system-design', 'ml-architecture', 'kubernetes', 'aws-sagemaker', 'vertex-ai', 'azure-ml'],
  engineering_manager: [
    'people-management',
    'hiring',
    'roadmapping',
    'stakeholder-communication',
    'mentoring',
  ],
};

const WORKPLACE: Readonly<Record<Region, WeightedTable<Workplace>>> = (() => {
  const gulf = weightedTable<Workplace>([
    ['onsite', 55],
    ['hybrid', 35],
    ['remote', 10],
  ]);
  const northAmerica = weightedTable<Workplace>([
    ['onsite', 25],
    ['hybrid', 50],
    ['remote', 25],
  ]);
  const europe = weightedTable<Workplace>([
    ['onsite', 20],
    ['hybrid', 60],
    ['remote', 20],
  ]);
  const southAsia = weightedTable<Workplace>([
    ['onsite', 35],
    ['hybrid', 50],
    ['remote', 15],
  ]);
  return {
    gulf,
    'north-america': northAmerica,
    europe,
    uk: europe,
    'south-asia': southAsia,
    levant: southAsia,
    'asia-pacific': europe,
    africa: southAsia,
    'latin-america': southAsia,
  };
})();

// Gulf employers sponsor residence visas as a matter of course; elsewhere it depends.
const VISA_CHANCE: Readonly<Record<Region, number>> = {
  gulf: 0.9,
  'north-america': 0.35,
  europe: 0.5,
  uk: 0.5,
  'south-asia': 0.1,
  levant: 0.3,
  'asia-pacific': 0.5,
  africa: 0.2,
  'latin-america': 0.2,
};

// Yearly value of home flights in USD per level: senior packages usually cover the family.
const FLIGHTS_USD = [1500, 2500, 3500, 4500];

function team(rng: Rng, spec: Specialisation, country: CountryCode): string {
  if (spec === 'nlp' && isGulf(country) && rng.chance(0.5)) return 'Arabic NLP';
  return SPECIALISATIONS[spec].team;
}

function qualifiesForPremium(rank: number, role: RoleFamily, spec: Specialisation, required: Set<string>) {
  // The guide's "Top Skills Premium" column, one condition per level.
  switch (rank) {
    case 0:
      return spec === 'llm';
    case 1:
      return role === 'mlops_engineer' || spec === 'mlops';
    case 2:
      return required.has('distributed-training');
    default:
      return spec === 'llm' && (role === 'ml_architect' || required.has('ml-architecture'));
  }
}

function salary(
  rng: Rng,
  level: Stage,
  country: CountryCode,
  premium: boolean,
): { salary: DemoSalary; gulfAllowances?: GulfAllowances } {
  const currency = POSITION_CURRENCY[country] ?? 'USD';
  const band = salaryBandUsd(level, country);
  const factor = premium ? 1 + skillPremium(level) : 1;
  const lo = band.min * factor;
  const span = (band.max - band.min) * factor;
  // An advertised range covers 30-60% of the band, anywhere inside it.
  const width = rng.between(0.3, 0.6);
  const minUsd = lo + span * rng.between(0, 1 - width);
  const maxUsd = minUsd + span * width;
  if (!isGulf(country)) {
    return {
      salary: { min: fromUsd(minUsd, currency), max: fromUsd(maxUsd, currency), currency, period: 'year' },
    };
  }
  // The guide's Gulf figures are total compensation: carve the allowances out of it so that base
  // plus allowances stays inside the band.
  const midUsd = (minUsd + maxUsd) / 2;
  const housingUsd = midUsd * rng.between(0.14, 0.2);
  const transportUsd = midUsd * rng.between(0.03, 0.05);
  const flightsUsd = (FLIGHTS_USD[STAGE_RANK[level]] ?? 2500) * rng.between(0.9, 1.3);
  const allowancesUsd = housingUsd + transportUsd + flightsUsd;
  return {
    salary: {
      min: fromUsd(minUsd - allowancesUsd, currency),
      max: fromUsd(maxUsd - allowancesUsd, currency),
      currency,
      period: 'year',
    },
    gulfAllowances: {
      housing: fromUsd(housingUsd, currency),
      transport: fromUsd(transportUsd, currency, 500),
      annualFlights: fromUsd(flightsUsd, currency, 500),
      taxFree: true,
    },
  };
}

function minProficiency(rng: Rng, rank: number, skillId: string): number {
  // Junior 2, mid and senior about 3, staff 4; lower for skills above the level, but never 1
  // ("aware of it" is not a requirement).
  const tier = STAGE_RANK[skillById(skillId).tier];
  return clamp(Math.round(rng.normal(2 + 0.6 * rank - (tier > rank ? 0.8 : 0), 0.4)), 2, 5);
}

/** Position #index for the seed, belonging to employer index mod employerCount. */
export function generatePosition(seed: number, index: number, employerCount: number): DemoPosition {
  if (!Number.isSafeInteger(employerCount) || employerCount < 1) {
    throw new RangeError(`employerCount must be a positive integer, got ${employerCount}`);
  }
  const employerIndex = index % employerCount;
  return positionFor(seed, index, generateEmployerProfile(seed, employerIndex));
}

function positionFor(seed: number, index: number, employer: DemoEmployerProfile): DemoPosition {
  const rng = rngFor(seed, 'position', index);
  const role = rng.weighted(ROLE_TABLE);
  const level = rng.weighted(LEVELS[role]);
  const rank = STAGE_RANK[level];
  const spec = rng.weighted(SPEC_BY_ROLE[role]);
  const country = employer.country;
  // Larger employers hire in more than one office.
  const city =
    employer.size === '1-10' || employer.size === '11-50' || rng.chance(0.7)
      ? employer.city
      : drawCity(rng, country);

  const baseTitle = rng.pick(
    TITLES[role][level] ?? TITLES.ml_engineer[level] ?? ['Machine Learning Engineer'],
  );
  const title = rng.chance(0.8) ? `${baseTitle}, ${team(rng, spec, country)}` : baseTitle;

  // Required: the role's own skills, the level's core, and the specialisation.
  const required = new Set<string>();
  const roleSkills = ROLE_SKILLS[role];
  required.add(roleSkills[0] ?? 'python');
  for (const id of rng.sample(roleSkills.slice(1), rng.int(1, 3))) required.add(id);
  const levelSlots = CORE_SLOTS[rank] ?? [];
  for (const slot of rng.sample(levelSlots, rng.int(1, rank === 0 ? 2 : 3))) {
    required.add(SKILL_ID[rng.pick(slot)] ?? 'python');
  }
  const specSkills = SPEC_SKILLS[spec];
  required.add(SKILL_ID[specSkills[0] ?? 0] ?? 'python');
  for (const skill of rng.sample(specSkills.slice(1), rng.int(1, rank === 0 ? 1 : 3))) {
    if (required.size < 10) required.add(SKILL_ID[skill] ?? 'python');
  }

  const niceToHave: string[] = [];
  const pool = [...specSkills, ...(EXTRA_SKILLS[rank] ?? [])].filter((s) => (SKILL_TIER[s] ?? 0) <= rank + 1);
  for (const skill of rng.sample(pool, rng.int(2, 6))) {
    const id = SKILL_ID[skill] ?? 'python';
    if (!required.has(id) && !niceToHave.includes(id) && niceToHave.length < 5) niceToHave.push(id);
  }

  const pay = salary(rng, level, country, qualifiesForPremium(rank, role, spec, required));
  const position: DemoPosition = {
    key: entityKey('p', index),
    index,
    employerKey: employer.key,
    employerIndex: employer.index,
    title,
    roleFamily: role,
    level,
    specialisation: spec,
    country,
    city,
    workplace: rng.weighted(WORKPLACE[employer.region]),
    salary: pay.salary,
    requiredSkills: [...required].map((skillId) => ({
      skillId,
      minProficiency: minProficiency(rng, rank, skillId),
    })),
    niceToHaveSkills: niceToHave,
    visaSponsorship: rng.chance(VISA_CHANCE[employer.region] * (rank === 0 ? 0.6 : 1)),
    relocationSupport: rng.chance((employer.region === 'gulf' ? 0.75 : 0.35) - (rank === 0 ? 0.15 : 0)),
  };
  if (pay.gulfAllowances !== undefined) position.gulfAllowances = pay.gulfAllowances;
  return position;
}

/** Streams positions start … start+count-1 over employerCount employers; identical to generating each alone. */
export function* generatePositions(opts: {
  seed: number;
  count: number;
  employerCount: number;
  start?: number;
}): Generator<DemoPosition> {
  const start = opts.start ?? 0;
  for (let i = start; i < start + opts.count; i++) yield generatePosition(opts.seed, i, opts.employerCount);
}
