// Test factories: a career profile and its items, with overrides.
import type { EvidenceStrength, ProfileItem } from '../../contracts/profile.js';
import type { CareerProfile } from './profile-facts.js';

export const NOW = new Date('2026-05-01T00:00:00Z');

let next = 0;
const id = () => `00000000-0000-4000-8000-${(next++).toString(16).padStart(12, '0')}`;

/** "pytorch:4:measured_project" → a profile skill (proficiency 3 and claimed by default). */
export function skill(spec: string): CareerProfile['skills'][number] {
  const [skillId = '', p = '3', strength = 'claimed'] = spec.split(':');
  return { skillId, proficiency: Number(p), strength: strength as EvidenceStrength };
}

export const skills = (specs: string) => specs.split(/\s+/).filter(Boolean).map(skill);

export function project(overrides: Partial<Extract<ProfileItem, { kind: 'project' }>> = {}): ProfileItem {
  return {
    id: id(),
    kind: 'project',
    title: 'A project',
    problem: '',
    approach: '',
    results: [],
    links: {},
    skills: [],
    ...overrides,
  };
}

export const measured = (overrides: Partial<Extract<ProfileItem, { kind: 'project' }>> = {}) =>
  project({
    results: [{ metric: 'F1', value: '0.91', baseline: '0.84' }],
    links: { repository: 'https://example.com/r' },
    ...overrides,
  });

export function role(overrides: Partial<Extract<ProfileItem, { kind: 'role' }>> = {}): ProfileItem {
  return {
    id: id(),
    kind: 'role',
    employer: 'Acme',
    title: 'ML Engineer',
    summary: '',
    highlights: [],
    ...overrides,
  };
}

export function education(overrides: Partial<Extract<ProfileItem, { kind: 'education' }>> = {}): ProfileItem {
  return {
    id: id(),
    kind: 'education',
    institution: 'University',
    area: 'Computer Science',
    studyType: 'Bachelor',
    ...overrides,
  };
}

export function publication(
  overrides: Partial<Extract<ProfileItem, { kind: 'publication' }>> = {},
): ProfileItem {
  return { id: id(), kind: 'publication', title: 'A paper', venue: 'NeurIPS', authors: ['Me'], ...overrides };
}

export function buildProfile(
  overrides: Partial<CareerProfile> & { years?: number | null } = {},
): CareerProfile {
  const { years = null, ...rest } = overrides;
  return {
    basics: { yearsExperience: years },
    goals: { targetTrack: null, desiredCountries: [] },
    skills: [],
    items: [],
    ...rest,
  };
}

/** Junior skills of the guide's Stage 1, at working level. */
export const JUNIOR_SKILLS =
  'python:3:used_in_project pandas:3:used_in_project scikit-learn:3:used_in_project pytorch:2 sql:2 git:3 supervised-learning:3';
