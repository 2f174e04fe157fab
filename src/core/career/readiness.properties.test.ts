import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CareerTarget } from '../../contracts/career.js';
import { careerTargetSchema } from '../../contracts/career.js';
import type { EvidenceStrength } from '../../contracts/profile.js';
import { EVIDENCE_ORDER } from '../profile/evidence.js';
import { buildProfile, measured, NOW, project, publication, role } from './career.fixtures.js';
import { DEFAULT_CAREER_MODEL } from './default-model.js';
import type { CareerProfile } from './profile-facts.js';
import { readiness } from './recommend.js';

// Skills the model asks for (and their alternatives), plus one it never names.
const POOL = [
  ...new Set(
    [...DEFAULT_CAREER_MODEL.stages, ...DEFAULT_CAREER_MODEL.tracks].flatMap((s) =>
      s.coreSkills.flatMap((c) => [c.skillId, ...c.alternatives]),
    ),
  ),
  'rust',
];
const strengthArb = fc.constantFrom(...EVIDENCE_ORDER);
const skillArb = fc.record({
  skillId: fc.constantFrom(...POOL),
  proficiency: fc.integer({ min: 1, max: 5 }),
  strength: strengthArb,
});
const itemArb = fc.oneof(
  fc.constant(project()),
  fc.constant(measured({ links: { demo: 'https://example.com/d' } })),
  fc.constant(publication()),
  fc.constant(
    role({ title: 'Lead ML Engineer', highlights: ['Led the platform architecture'], startDate: '2019-01' }),
  ),
  fc.constant(role({ title: 'ML Engineer', startDate: '2022-03', endDate: '2024-01' })),
);
const profileArb = fc.record({
  years: fc.option(fc.integer({ min: 0, max: 15 }), { nil: null }),
  skills: fc.array(skillArb, { maxLength: 12 }),
  items: fc.array(itemArb, { maxLength: 5 }),
});

type Change = (p: CareerProfile) => CareerProfile;
const changeArb: fc.Arbitrary<Change> = fc.oneof(
  skillArb.map(
    (s): Change =>
      (p) => ({ ...p, skills: [...p.skills, s] }),
  ),
  itemArb.map(
    (item): Change =>
      (p) => ({ ...p, items: [...p.items, item] }),
  ),
  fc.nat().map(
    (i): Change =>
      (p) => ({
        ...p,
        skills: p.skills.map((s, j) =>
          j === i % Math.max(1, p.skills.length) ? { ...s, proficiency: Math.min(5, s.proficiency + 1) } : s,
        ),
      }),
  ),
  fc.nat().map(
    (i): Change =>
      (p) => ({
        ...p,
        skills: p.skills.map((s, j) =>
          j === i % Math.max(1, p.skills.length)
            ? {
                ...s,
                strength: (EVIDENCE_ORDER[Math.min(3, EVIDENCE_ORDER.indexOf(s.strength) + 1)] ??
                  s.strength) as EvidenceStrength,
              }
            : s,
        ),
      }),
  ),
);

const TARGETS: readonly CareerTarget[] = careerTargetSchema.options;

describe('readiness', () => {
  it('never drops when evidence, a skill or proficiency is added, toward any target', () => {
    fc.assert(
      fc.property(
        profileArb,
        fc.array(changeArb, { minLength: 1, maxLength: 3 }),
        ({ years, ...rest }, changes) => {
          const before = buildProfile({ years, ...rest });
          const after = changes.reduce((p, change) => change(p), before);
          for (const target of TARGETS) {
            expect(readiness(DEFAULT_CAREER_MODEL, after, target, NOW)).toBeGreaterThanOrEqual(
              readiness(DEFAULT_CAREER_MODEL, before, target, NOW),
            );
          }
        },
      ),
      { numRuns: 300 },
    );
  }, 60_000);

  it('is 100 when every expectation is met and stays within 0..100', () => {
    const mid = DEFAULT_CAREER_MODEL.stages[1];
    if (mid === undefined) throw new Error('no mid stage');
    const everything = buildProfile({
      years: 3,
      skills: mid.coreSkills.map((c) => ({
        skillId: c.skillId,
        proficiency: c.proficiency,
        strength: 'used_in_project' as const,
      })),
      items: [measured({ links: { demo: 'https://example.com/d' } }), project()],
    });
    expect(readiness(DEFAULT_CAREER_MODEL, everything, 'mid', NOW)).toBe(100);
    expect(readiness(DEFAULT_CAREER_MODEL, buildProfile(), 'staff', NOW)).toBe(0);
  });
});
