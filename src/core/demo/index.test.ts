import { describe, expect, it } from 'vitest';
import {
  DEMO_ACCOUNTS,
  DEMO_PASSWORD,
  generateEmployerProfile,
  isGulf,
  SKILL_IDS,
  STAGE_YEARS,
} from './index.js';

describe('DEMO_ACCOUNTS', () => {
  it('has the three fixed accounts with the shared password', () => {
    expect(DEMO_ACCOUNTS.candidate.email).toBe('candidate@demo.aitalenthub.test');
    expect(DEMO_ACCOUNTS.recruiter.email).toBe('recruiter@demo.aitalenthub.test');
    expect(DEMO_ACCOUNTS.admin.email).toBe('admin@demo.aitalenthub.test');
    expect(DEMO_PASSWORD).toBe('demo-password-2026');
    for (const account of Object.values(DEMO_ACCOUNTS)) expect(account.password).toBe(DEMO_PASSWORD);
    expect(DEMO_ACCOUNTS.admin.isAdmin).toBe(true);
    expect(DEMO_ACCOUNTS.candidate.isAdmin).toBe(false);
    expect(DEMO_ACCOUNTS.recruiter.accountType).toBe('employer');
  });

  it('makes the candidate a mid-level ML engineer in Dubai with a consistent profile', () => {
    const profile = DEMO_ACCOUNTS.candidate.profile;
    expect(profile).toMatchObject({ stage: 'mid', country: 'AE', city: 'Dubai', region: 'gulf' });
    expect(profile.email).toBe(DEMO_ACCOUNTS.candidate.email);
    expect(profile.yearsExperience).toBeGreaterThanOrEqual(STAGE_YEARS.mid.min);
    expect(profile.yearsExperience).toBeLessThan(STAGE_YEARS.mid.max);
    const ids = profile.skills.map((s) => s.skillId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const s of profile.skills) {
      expect(SKILL_IDS).toContain(s.skillId);
      expect(s.years).toBeLessThanOrEqual(profile.yearsExperience + 2);
    }
  });

  it('puts the recruiter at employer 0, which is a Gulf company for any seed', () => {
    expect(DEMO_ACCOUNTS.recruiter.employerIndex).toBe(0);
    for (const seed of [1, 2, 3, 2026]) {
      const employer = generateEmployerProfile(seed, 0);
      expect(isGulf(employer.country)).toBe(true);
      expect(employer.key).toBe(DEMO_ACCOUNTS.recruiter.employerKey);
    }
  });
});
