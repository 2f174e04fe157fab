// Test factories: a plausible candidate and position, overridden per test.
import type { MatchCandidate, MatchPosition, MatchSkill } from './types.js';
import type { EvidenceStrength } from './vocabulary.js';

/** The moment tests score at. */
export const TEST_NOW = new Date('2026-05-01T00:00:00Z');

/** A skill from 'pytorch:5:m' (strength letters: c claimed, p project, m measured, x certified). */
export function skill(spec: string): MatchSkill {
  const [skillId = '', proficiency = '3', strength = 'p'] = spec.split(':');
  const strengths: Record<string, EvidenceStrength> = {
    c: 'claimed',
    p: 'used_in_project',
    m: 'measured_project',
    x: 'certified_or_published',
  };
  return { skillId, proficiency: Number(proficiency), strength: strengths[strength] ?? 'claimed' };
}

/** Skills from a space-separated list of specs. */
export function skills(specs: string): MatchSkill[] {
  return specs.split(/\s+/).filter(Boolean).map(skill);
}

/** A mid-level ML engineer in Dubai, open to work, recently updated. */
export function buildCandidate(overrides: Partial<MatchCandidate> = {}): MatchCandidate {
  return {
    id: 'c-1',
    skills: skills('python:4:m pytorch:4:p docker:3:p sql:3:p'),
    level: 'mid',
    yearsExperience: 3,
    country: 'AE',
    targetRoleFamily: 'ml_engineer',
    targetLevel: 'mid',
    desiredCountries: [],
    remotePreference: 'any',
    willingToRelocate: false,
    minimumPayUsd: 140_000,
    visibility: 'verified_employers',
    blockedDomains: [],
    projects: 3,
    measuredProjects: 1,
    certifications: 0,
    publications: 0,
    updatedAt: '2026-04-20T00:00:00Z',
    openToWork: true,
    ...overrides,
  };
}

/** A live mid-level ML engineer position in Dubai, hybrid, sponsoring visas. */
export function buildPosition(overrides: Partial<MatchPosition> = {}): MatchPosition {
  return {
    id: 'p-1',
    organisationId: 'o-1',
    organisationDomains: ['falcon.example'],
    live: true,
    roleFamily: 'ml_engineer',
    level: 'mid',
    required: [
      { skillId: 'python', minProficiency: 3 },
      { skillId: 'pytorch', minProficiency: 3 },
      { skillId: 'docker', minProficiency: 3 },
    ],
    niceToHave: ['kubernetes', 'mlflow'],
    countries: ['AE'],
    workplace: 'hybrid',
    remoteCountries: [],
    visaSponsorship: true,
    relocationSupport: true,
    salaryMinUsd: 120_000,
    salaryMaxUsd: 165_000,
    ...overrides,
  };
}
