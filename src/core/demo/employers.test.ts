import { describe, expect, it } from 'vitest';
import {
  EMPLOYER_NAME_COUNT,
  generateEmployer,
  generateEmployerProfile,
  generateEmployers,
} from './employers.js';
import { countryByCode, isGulf } from './geography.js';

const SEED = 4242;

describe('generateEmployer', () => {
  it('is deterministic and index-independent', () => {
    const stream = [...generateEmployers({ seed: SEED, count: 40 })];
    expect([...generateEmployers({ seed: SEED, count: 40 })]).toEqual(stream);
    expect(generateEmployer(SEED, 37)).toEqual(stream[37]);
    expect([...generateEmployers({ seed: SEED, count: 1, start: 37 })][0]).toEqual(stream[37]);
  });

  it('keeps the profile identical to the employer without members', () => {
    const { members, ...profile } = generateEmployer(SEED, 12);
    expect(members.length).toBeGreaterThanOrEqual(3);
    expect(generateEmployerProfile(SEED, 12)).toEqual(profile);
  });

  it('differs between seeds', () => {
    expect(generateEmployer(SEED + 1, 5).name).not.toBe(generateEmployer(SEED, 5).name);
  });

  it('always puts employer 0 in the Gulf', () => {
    for (let seed = 0; seed < 200; seed++)
      expect(isGulf(generateEmployerProfile(seed, 0).country)).toBe(true);
  });
});

describe('employer population', () => {
  const employers = [...generateEmployers({ seed: SEED, count: 3000 })];

  it('gives every employer an owner, a recruiter and a hiring manager, with mail at its domain', () => {
    for (const e of employers) {
      const roles = new Set(e.members.map((m) => m.role));
      expect([...roles].sort()).toEqual(['hiring_manager', 'owner', 'recruiter']);
      expect(e.members.filter((m) => m.role === 'owner')).toHaveLength(1);
      for (const m of e.members) expect(m.email.endsWith(`@${e.domain}`)).toBe(true);
      expect(new Set(e.members.map((m) => m.email)).size).toBe(e.members.length);
    }
  });

  it('has unique names, slugs, domains and member e-mails', () => {
    expect(new Set(employers.map((e) => e.name)).size).toBe(employers.length);
    expect(new Set(employers.map((e) => e.slug)).size).toBe(employers.length);
    expect(new Set(employers.map((e) => e.domain)).size).toBe(employers.length);
    const emails = employers.flatMap((e) => e.members.map((m) => m.email));
    expect(new Set(emails).size).toBe(emails.length);
  });

  it('stays unique past the name permutation', () => {
    const slugs = new Set<string>();
    for (let i = 0; i < 200; i++) slugs.add(generateEmployerProfile(SEED, i).slug);
    for (let i = EMPLOYER_NAME_COUNT; i < EMPLOYER_NAME_COUNT + 200; i++) {
      slugs.add(generateEmployerProfile(SEED, i).slug);
    }
    expect(slugs.size).toBe(400);
  });

  it('uses slugs and .example domains', () => {
    for (const e of employers) {
      expect(e.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(e.domain).toMatch(/^[a-z0-9]+\.example$/);
      expect(e.key).toBe(`e-${String(e.index).padStart(6, '0')}`);
      expect(e.description.startsWith(e.name)).toBe(true);
      expect(e.region).toBe(countryByCode(e.country).region);
    }
  });

  it('puts a good share of employers in the Gulf, and covers the other markets', () => {
    const gulf = employers.filter((e) => isGulf(e.country)).length / employers.length;
    expect(gulf).toBeGreaterThan(0.35);
    expect(gulf).toBeLessThan(0.6);
    const countries = new Set(employers.map((e) => e.country));
    for (const code of ['US', 'GB', 'DE', 'FR', 'NL', 'ES', 'IE', 'IN', 'AE', 'SA', 'QA']) {
      expect(countries.has(code as never), code).toBe(true);
    }
  });
});
