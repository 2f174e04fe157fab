// fast-check arbitraries for property tests: small worlds of candidates and positions drawn from a
// handful of related skills, countries and domains, so that overlaps, relations, ties and every
// hard filter actually occur.
import fc from 'fast-check';
import type { MatchCandidate, MatchPosition, MatchSkill } from './types.js';
import type { EvidenceStrength, Level, RoleFamily } from './vocabulary.js';
import { LEVELS, ROLE_FAMILIES } from './vocabulary.js';

/** Skills with parent, child and related edges among them (pytorch ↔ tensorflow, lora → peft …). */
export const SKILL_POOL = [
  'python',
  'pytorch',
  'tensorflow',
  'keras',
  'pytorch-lightning',
  'deep-learning',
  'docker',
  'kubernetes',
  'helm',
  'mlflow',
  'sql',
  'pandas',
  'lora',
  'parameter-efficient-fine-tuning',
  'llm-fine-tuning',
  'custom-skill-outside-taxonomy',
] as const;
export const COUNTRY_POOL = ['AE', 'SA', 'IN', 'GB'] as const;
export const DOMAIN_POOL = ['falcon.example', 'oasis.example', 'dune.example'] as const;
const STRENGTHS: readonly EvidenceStrength[] = [
  'claimed',
  'used_in_project',
  'measured_project',
  'certified_or_published',
];

const level = fc.constantFrom<Level>(...LEVELS);
const roleFamily = fc.constantFrom<RoleFamily>(...ROLE_FAMILIES);
const country = fc.constantFrom(...COUNTRY_POOL);

export const skillArb: fc.Arbitrary<MatchSkill> = fc.record({
  skillId: fc.constantFrom(...SKILL_POOL),
  proficiency: fc.integer({ min: 1, max: 5 }),
  strength: fc.constantFrom(...STRENGTHS),
});

/** A candidate; ids are assigned by the caller (worlds need them unique). */
export const candidateArb: fc.Arbitrary<Omit<MatchCandidate, 'id'>> = fc.record({
  skills: fc.array(skillArb, { maxLength: 6 }),
  level: fc.option(level, { nil: null }),
  yearsExperience: fc.option(fc.integer({ min: 0, max: 15 }), { nil: null }),
  country: fc.option(country, { nil: null, freq: 8 }),
  targetRoleFamily: fc.option(roleFamily, { nil: null }),
  targetLevel: fc.option(level, { nil: null }),
  desiredCountries: fc.uniqueArray(country, { maxLength: 2 }),
  remotePreference: fc.constantFrom('onsite', 'hybrid', 'remote', 'any' as const),
  willingToRelocate: fc.boolean(),
  minimumPayUsd: fc.option(
    fc.integer({ min: 50, max: 260 }).map((k) => k * 1000),
    { nil: null },
  ),
  visibility: fc.constantFrom('verified_employers', 'verified_employers', 'anonymous', 'hidden' as const),
  blockedDomains: fc.uniqueArray(fc.constantFrom(...DOMAIN_POOL), { maxLength: 1 }),
  projects: fc.integer({ min: 0, max: 6 }),
  measuredProjects: fc.integer({ min: 0, max: 3 }),
  certifications: fc.integer({ min: 0, max: 2 }),
  publications: fc.integer({ min: 0, max: 2 }),
  // Mostly the last two years; also ages past the index's recency table, updates after the
  // query's time, and times that do not parse (recency 0).
  updatedAt: fc.oneof(
    {
      weight: 8,
      arbitrary: fc
        .integer({ min: Date.parse('2024-01-01T00:00:00Z'), max: Date.parse('2026-05-01T00:00:00Z') })
        .map((ms) => new Date(ms).toISOString()),
    },
    {
      weight: 1,
      arbitrary: fc
        .integer({ min: Date.parse('2010-01-01T00:00:00Z'), max: Date.parse('2026-06-01T00:00:00Z') })
        .map((ms) => new Date(ms).toISOString()),
    },
    { weight: 1, arbitrary: fc.constant('not a time') },
  ),
  openToWork: fc.boolean(),
});

export const positionArb: fc.Arbitrary<Omit<MatchPosition, 'id'>> = fc
  .record({
    organisationId: fc.constant('o-1'),
    organisationDomains: fc.uniqueArray(fc.constantFrom(...DOMAIN_POOL), { minLength: 1, maxLength: 2 }),
    roleFamily,
    level,
    required: fc.uniqueArray(
      fc.record({ skillId: fc.constantFrom(...SKILL_POOL), minProficiency: fc.integer({ min: 1, max: 5 }) }),
      { maxLength: 4, selector: (r) => r.skillId },
    ),
    niceToHave: fc.uniqueArray(fc.constantFrom(...SKILL_POOL), { maxLength: 3 }),
    countries: fc.uniqueArray(country, { minLength: 1, maxLength: 2 }),
    workplace: fc.constantFrom('onsite', 'hybrid', 'remote' as const),
    remoteCountries: fc.uniqueArray(country, { maxLength: 2 }),
    visaSponsorship: fc.boolean(),
    relocationSupport: fc.boolean(),
    band: fc.tuple(fc.integer({ min: 60, max: 200 }), fc.integer({ min: 0, max: 80 })),
  })
  .map(({ band: [min, width], ...rest }) => ({
    ...rest,
    live: true,
    salaryMinUsd: min * 1000,
    salaryMaxUsd: (min + width) * 1000,
  }));

/** Candidates with unique ids c-00 … (ids sort in creation order). */
export function withCandidateIds(candidates: ReadonlyArray<Omit<MatchCandidate, 'id'>>): MatchCandidate[] {
  return candidates.map((candidate, i) => ({ ...candidate, id: `c-${String(i).padStart(3, '0')}` }));
}

/** Positions with unique ids p-00 …. */
export function withPositionIds(positions: ReadonlyArray<Omit<MatchPosition, 'id'>>): MatchPosition[] {
  return positions.map((position, i) => ({ ...position, id: `p-${String(i).padStart(3, '0')}` }));
}
