// Demo data as matcher input, for benchmarks and the eval's sanity checks. The demo generator does
// not produce what the matcher also reads (evidence strengths, evidence counts, goals, visibility,
// profile dates), so those are drawn here from a stream keyed by the demo entity's index: the same
// demo candidate always maps to the same MatchCandidate.
import type { DemoCandidate, DemoEmployerProfile, DemoPosition } from '../demo/index.js';
import { GULF_COUNTRIES, isGulf, toUsd } from '../demo/index.js';
import { rngFor } from '../demo/random.js';
import type { MatchCandidate, MatchPosition, MatchSkill } from './types.js';
import type { EvidenceStrength, Level, RoleFamily } from './vocabulary.js';
import { LEVELS } from './vocabulary.js';

/** The moment demo profiles are dated against unless told otherwise. */
export const DEMO_AS_OF = new Date('2026-05-01T00:00:00Z');

const STRENGTHS: readonly EvidenceStrength[] = [
  'claimed',
  'used_in_project',
  'measured_project',
  'certified_or_published',
];

// Chance of each evidence strength per stage: juniors mostly claim or show course projects;
// seniors have shipped measured work (the guide's portfolio advice per level).
const STRENGTH_SHARE: Readonly<Record<Level, readonly number[]>> = {
  junior: [0.45, 0.4, 0.12, 0.03],
  mid: [0.3, 0.45, 0.2, 0.05],
  senior: [0.2, 0.4, 0.3, 0.1],
  staff: [0.15, 0.35, 0.35, 0.15],
};
const PROJECTS: Readonly<Record<Level, readonly [number, number]>> = {
  junior: [0, 4],
  mid: [1, 5],
  senior: [2, 6],
  staff: [2, 7],
};
const RELOCATION_DESTINATIONS = ['AE', 'SA', 'QA', 'AE', 'US', 'GB', 'DE', 'NL', 'SG', 'CA'];

function targetFamily(headline: string): RoleFamily {
  if (headline.includes('MLOps') || headline.includes('Platform')) return 'mlops_engineer';
  if (headline.includes('Architect')) return 'ml_architect';
  if (headline.includes('Manager') || headline.includes('Head of')) return 'engineering_manager';
  if (headline.includes('Data Scientist')) return 'data_scientist';
  if (headline.includes('Applied Scientist')) return 'applied_scientist';
  return 'ml_engineer';
}

/** A demo candidate as matcher input; pure in the candidate (and asOf). */
export function fromDemoCandidate(
  demo: DemoCandidate,
  options: { asOf?: Date; blockableDomains?: readonly string[] } = {},
): MatchCandidate {
  const rng = rngFor(0, 'match-candidate', demo.index);
  const stage = demo.stage;
  const rank = LEVELS.indexOf(stage);
  const share = STRENGTH_SHARE[stage];
  const skills: MatchSkill[] = demo.skills.map((skill) => {
    let roll = rng.float();
    let strength = 0;
    while (strength < 3 && roll >= (share[strength] ?? 1)) {
      roll -= share[strength] ?? 1;
      strength++;
    }
    // People show their strongest skills in projects more often.
    if (skill.proficiency >= 4 && strength < 3 && rng.chance(0.3)) strength++;
    return {
      skillId: skill.skillId,
      proficiency: skill.proficiency,
      strength: STRENGTHS[strength] ?? 'claimed',
    };
  });
  const [lo, hi] = PROJECTS[stage];
  const projects = rng.int(lo, hi);
  const measuredProjects = Math.min(projects, rng.int(0, rank + 1));
  const visibilityRoll = rng.float();
  const blockable = options.blockableDomains ?? [];
  const desiredCountries =
    demo.willingToRelocate && rng.chance(0.5)
      ? [...new Set([rng.pick(RELOCATION_DESTINATIONS), rng.pick(RELOCATION_DESTINATIONS)])].filter(
          (c) => c !== demo.country,
        )
      : [];
  const targetRoll = rng.float();
  const asOf = (options.asOf ?? DEMO_AS_OF).getTime();
  return {
    id: demo.key,
    skills,
    level: stage,
    yearsExperience: demo.yearsExperience,
    country: demo.country,
    targetRoleFamily: rng.chance(0.85) ? targetFamily(demo.headline) : null,
    targetLevel:
      targetRoll < 0.6 ? stage : targetRoll < 0.85 ? (LEVELS[Math.min(3, rank + 1)] ?? stage) : null,
    desiredCountries,
    remotePreference: demo.remotePreference,
    willingToRelocate: demo.willingToRelocate,
    minimumPayUsd: demo.minimumSalaryUsd,
    visibility: visibilityRoll < 0.9 ? 'verified_employers' : visibilityRoll < 0.97 ? 'anonymous' : 'hidden',
    blockedDomains: blockable.length > 0 && rng.chance(0.02) ? [rng.pick(blockable)] : [],
    projects,
    measuredProjects,
    certifications: rng.chance(0.25) ? rng.int(1, 2) : 0,
    publications: rng.chance(0.08 + 0.06 * rank) ? rng.int(1, 3) : 0,
    // Most profiles were touched in the last few months, a tail has gone stale.
    updatedAt: new Date(asOf - Math.floor(-Math.log(1 - rng.float()) * 120 * 86_400_000)).toISOString(),
    openToWork: demo.openToWork,
  };
}

/**
 * A demo position as matcher input. Gulf bands are compared as total compensation (base plus the
 * allowances), as the guide's Gulf figures are; remote Gulf roles hire across the Gulf, other
 * remote roles in their own country.
 */
export function fromDemoPosition(position: DemoPosition, employer?: DemoEmployerProfile): MatchPosition {
  const currency = position.salary.currency;
  const allowances = position.gulfAllowances;
  const extra =
    allowances === undefined
      ? 0
      : toUsd(allowances.housing + allowances.transport + allowances.annualFlights, currency);
  const country = position.country;
  return {
    id: position.key,
    organisationId: position.employerKey,
    organisationDomains: [employer?.domain ?? `${position.employerKey}.example`],
    live: true,
    roleFamily: position.roleFamily,
    level: position.level,
    required: position.requiredSkills.map(({ skillId, minProficiency }) => ({ skillId, minProficiency })),
    niceToHave: [...position.niceToHaveSkills],
    countries: [country],
    workplace: position.workplace,
    remoteCountries: position.workplace !== 'remote' ? [] : isGulf(country) ? [...GULF_COUNTRIES] : [country],
    visaSponsorship: position.visaSponsorship,
    relocationSupport: position.relocationSupport,
    salaryMinUsd: Math.round(toUsd(position.salary.min, currency) + extra),
    salaryMaxUsd: Math.round(toUsd(position.salary.max, currency) + extra),
  };
}
