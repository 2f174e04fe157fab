import type { Profile, ProfileItem } from '../../contracts/profile.js';

type ItemOf<K extends ProfileItem['kind']> = Extract<ProfileItem, { kind: K }>;

/** A plain, empty candidate profile for pure tests, with overrides. */
export function buildProfile(overrides: Partial<Profile> = {}): Profile {
  return {
    userId: '00000000-0000-4000-8000-000000000001',
    displayName: 'Layla Haddad',
    email: 'layla@example.test',
    basics: { headline: '', summary: '', country: null, city: null, yearsExperience: null, languages: [] },
    goals: {
      targetRoleFamily: null,
      targetLevel: null,
      targetTrack: null,
      desiredCountries: [],
      remotePreference: 'any',
      willingToRelocate: false,
      minimumPay: null,
      noticePeriodWeeks: null,
      openToWork: false,
    },
    visibility: { visibility: 'verified_employers', blockedDomains: [] },
    skills: [],
    customSkills: [],
    items: [],
    openToWorkSince: null,
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...overrides,
  };
}

let counter = 0;
const nextId = () => `00000000-0000-4000-8000-${String(++counter).padStart(12, '0')}`;

export const measuredProject = (): ItemOf<'project'> => ({
  id: nextId(),
  kind: 'project',
  title: 'Churn model',
  problem: 'p',
  approach: 'a',
  results: [{ metric: 'AUC', value: '0.88' }],
  links: { repository: 'https://github.com/x/y' },
  skills: [],
});
export const roleItem = (): ItemOf<'role'> => ({
  id: nextId(),
  kind: 'role',
  employer: 'Sahara Analytics',
  employerIndustry: 'fintech',
  country: 'SA',
  title: 'ML Engineer',
  summary: '',
  highlights: [],
});
export const certification = (): ItemOf<'certification'> => ({
  id: nextId(),
  kind: 'certification',
  name: 'AWS ML Specialty',
  issuer: 'AWS',
  credentialId: 'ABC-123',
  credentialUrl: 'https://aws.example/abc',
});
