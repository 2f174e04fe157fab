import { describe, expect, it } from 'vitest';
import { generateCandidate, generateEmployerProfile, generatePosition } from '../demo/index.js';
import { findSkill } from '../skills/index.js';
import { fromDemoCandidate, fromDemoPosition } from './from-demo.js';
import { TEST_NOW } from './matching.fixtures.js';
import { scorePair } from './score.js';

describe('fromDemoCandidate', () => {
  it('is a pure function of the demo candidate', () => {
    const demo = generateCandidate(7, 123);
    expect(fromDemoCandidate(demo)).toEqual(fromDemoCandidate(generateCandidate(7, 123)));
  });

  it('keeps the profile and adds plausible evidence, goals and dates', () => {
    for (let i = 0; i < 200; i++) {
      const demo = generateCandidate(7, i);
      const candidate = fromDemoCandidate(demo);
      expect(candidate.id).toBe(demo.key);
      expect(candidate.level).toBe(demo.stage);
      expect(candidate.skills.map((s) => s.skillId)).toEqual(demo.skills.map((s) => s.skillId));
      expect(candidate.measuredProjects).toBeLessThanOrEqual(candidate.projects);
      expect(candidate.desiredCountries).not.toContain(demo.country);
      expect(Date.parse(candidate.updatedAt)).toBeLessThanOrEqual(Date.parse('2026-05-01T00:00:00Z'));
      for (const skill of candidate.skills) expect(findSkill(skill.skillId)).toBeDefined();
    }
  });
});

describe('fromDemoPosition', () => {
  it('maps a demo position to a live position with a band in US dollars', () => {
    for (let i = 0; i < 100; i++) {
      const demo = generatePosition(7, i, 20);
      const position = fromDemoPosition(demo, generateEmployerProfile(7, demo.employerIndex));
      expect(position.live).toBe(true);
      expect(position.countries).toEqual([demo.country]);
      expect(position.salaryMaxUsd).toBeGreaterThanOrEqual(position.salaryMinUsd);
      expect(position.salaryMinUsd).toBeGreaterThan(5_000);
      expect(position.remoteCountries.length > 0).toBe(position.workplace === 'remote');
      expect(position.organisationDomains[0]).toMatch(/\.example$/);
    }
  });

  it('produces pairs the scorer accepts', () => {
    const position = fromDemoPosition(generatePosition(7, 3, 20));
    const result = scorePair(fromDemoCandidate(generateCandidate(7, 1)), position, { now: TEST_NOW });
    expect(result.positionId).toBe(position.id);
  });
});
