// Test factories for this folder: a position body that passes every rule and the view the API would
// build from it, each with overrides. Skill names come from the JSON Resume tests' fake catalogue.
import type { PositionBody, PositionView } from '../../contracts/positions.js';
import { fakeNormaliseSkill, fakeSkillName } from '../json-resume/testing.js';

/** The test clock: mid-morning UTC, so "today" is 2026-11-15 everywhere. */
export const NOW = new Date('2026-11-15T09:30:00Z');
export const POSITION_ID = '3f2a9c1b-7d4e-4c2a-9b1e-0a1b2c3d4e5f';
export const ORGANISATION_ID = '11111111-2222-4333-8444-555555555555';
export const KNOWN_SKILLS = new Set(['python', 'pytorch', 'kubernetes', 'docker', 'sql', 'aws']);
export const isKnownSkill = (id: string): boolean => KNOWN_SKILLS.has(id);
export { fakeNormaliseSkill, fakeSkillName };

/** A remote-capable senior ML engineer role in Dubai that passes validatePosition on NOW. */
export function buildPositionBody(overrides: Partial<PositionBody> = {}): PositionBody {
  return {
    title: 'Senior Machine Learning Engineer',
    roleFamily: 'ml_engineer',
    level: 'senior',
    description: 'Build and ship **ranking models**.\n\n### Responsibilities\n\n- Train models\n- Ship them',
    requiredSkills: [
      { skillId: 'python', minProficiency: 4 },
      { skillId: 'pytorch', minProficiency: 3 },
    ],
    niceToHaveSkills: [{ skillId: 'kubernetes' }],
    locations: [{ country: 'AE', city: 'Dubai' }],
    workplace: 'hybrid',
    remoteCountries: [],
    visaSponsorship: true,
    relocationSupport: true,
    salary: { min: 25_000, max: 35_000, currency: 'AED', period: 'month' },
    package: {
      housing: 60_000,
      transport: 12_000,
      annualFlights: 5_000,
      education: 0,
      other: 0,
      taxFree: true,
    },
    headcount: 2,
    employmentType: 'FULL_TIME',
    validThrough: '2026-12-31',
    ...overrides,
  };
}

/** The view of a body as the API shows it to members, open and published. */
export function buildPositionView(
  body: PositionBody = buildPositionBody(),
  overrides: Partial<PositionView> = {},
): PositionView {
  return {
    id: POSITION_ID,
    slug: 'senior-machine-learning-engineer-3f2a9c1b',
    organisation: {
      id: ORGANISATION_ID,
      slug: 'gulf-ai',
      name: 'Gulf AI',
      verified: true,
      logoUrl: 'https://gulf-ai.example/logo.png',
      website: 'https://gulf-ai.example',
    },
    title: body.title,
    roleFamily: body.roleFamily,
    level: body.level,
    description: body.description,
    descriptionHtml: '<p>Build and ship <strong>ranking models</strong>.</p>',
    requiredSkills: body.requiredSkills.map((s) => ({ ...s, name: fakeSkillName(s.skillId) })),
    niceToHaveSkills: body.niceToHaveSkills.map((s) => ({ ...s, name: fakeSkillName(s.skillId) })),
    locations: body.locations,
    workplace: body.workplace,
    remoteCountries: body.remoteCountries,
    visaSponsorship: body.visaSponsorship,
    relocationSupport: body.relocationSupport,
    salary: body.salary,
    salaryUsd: {
      min: 81_688,
      max: 114_364,
      currency: 'USD',
      rate: 3.6725,
      rateDate: '1997-11-01',
      source: 'peg',
    },
    package: body.package,
    headcount: body.headcount,
    employmentType: body.employmentType,
    validThrough: body.validThrough ?? '2027-01-14',
    status: 'open',
    closeReason: null,
    closeNote: null,
    funding: {
      status: 'verified',
      attestedBy: null,
      attestedAt: null,
      budget: null,
      verifiedAt: '2026-11-02T10:00:00.000Z',
      reason: null,
    },
    badges: { verifiedEmployer: true, verifiedFunded: true },
    publishedAt: '2026-11-03T08:00:00.000Z',
    createdAt: '2026-11-01T12:00:00.000Z',
    updatedAt: '2026-11-03T08:00:00.000Z',
    ...overrides,
  };
}
