import { describe, expect, it } from 'vitest';
import type { DemoCandidate } from './candidates.js';
import {
  CANDIDATE_SKILLS_MAX,
  CANDIDATE_SKILLS_MIN,
  generateCandidate,
  generateCandidates,
  PRE_CAREER_YEARS,
} from './candidates.js';
import { countryByCode } from './geography.js';
import { salaryBandUsd, skillPremium } from './salary.js';
import { SKILL_IDS, skillById } from './skill-pool.js';
import { STAGE_SHARE, STAGE_YEARS, STAGES } from './stages.js';

const SEED = 20_260_501;

function sample(count: number, seed = SEED): DemoCandidate[] {
  return [...generateCandidates({ seed, count })];
}

describe('generateCandidate', () => {
  it('is deterministic: the same seed gives the same candidates', () => {
    expect(sample(200)).toEqual(sample(200));
  });

  it('gives different candidates for a different seed', () => {
    const a = sample(50);
    const b = sample(50, SEED + 1);
    const same = a.filter((c, i) => JSON.stringify(c) === JSON.stringify(b[i])).length;
    expect(same).toBe(0);
  });

  it('does not depend on what else is generated: #500 alone equals the 501st of a stream', () => {
    const streamed = [...generateCandidates({ seed: SEED, count: 501 })][500];
    expect(generateCandidate(SEED, 500)).toEqual(streamed);
    const fromMiddle = [...generateCandidates({ seed: SEED, count: 3, start: 499 })];
    expect(fromMiddle[1]).toEqual(streamed);
    expect(fromMiddle.map((c) => c.key)).toEqual(['c-000499', 'c-000500', 'c-000501']);
  });

  it('produces nothing for count 0 and honours start', () => {
    expect([...generateCandidates({ seed: SEED, count: 0 })]).toEqual([]);
    expect([...generateCandidates({ seed: SEED, count: 1, start: 7 })][0]?.index).toBe(7);
  });
});

describe('candidate population', () => {
  const population = sample(10_000);

  it('follows the stage distribution within tolerance', () => {
    for (const stage of STAGES) {
      const share = population.filter((c) => c.stage === stage).length / population.length;
      expect(Math.abs(share - STAGE_SHARE[stage]), stage).toBeLessThan(0.02);
    }
  });

  it('gives years of experience that fit the stage, with one decimal', () => {
    const problems: string[] = [];
    for (const c of population) {
      const { min, max } = STAGE_YEARS[c.stage];
      const inRange = c.stage === 'staff' ? c.yearsExperience <= max : c.yearsExperience < max;
      if (
        c.yearsExperience < min ||
        !inRange ||
        Math.round(c.yearsExperience * 10) / 10 !== c.yearsExperience
      ) {
        problems.push(`${c.key} ${c.stage} ${c.yearsExperience}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('lists 8-25 distinct known skills with proficiency 1-5 and plausible years', () => {
    // Violations are collected and asserted once: a million expect() calls would dominate the run.
    const known = new Set(SKILL_IDS);
    const problems: string[] = [];
    for (const c of population) {
      if (c.skills.length < CANDIDATE_SKILLS_MIN || c.skills.length > CANDIDATE_SKILLS_MAX) {
        problems.push(`${c.key} has ${c.skills.length} skills`);
      }
      if (new Set(c.skills.map((s) => s.skillId)).size !== c.skills.length)
        problems.push(`${c.key} duplicates`);
      for (const s of c.skills) {
        const since = skillById(s.skillId).since;
        if (
          !known.has(s.skillId) ||
          !Number.isInteger(s.proficiency) ||
          s.proficiency < 1 ||
          s.proficiency > 5 ||
          s.years <= 0 ||
          s.years > c.yearsExperience + PRE_CAREER_YEARS + 1e-9 ||
          (since !== undefined && s.years > 2026 - since)
        ) {
          problems.push(`${c.key} ${JSON.stringify(s)} (${c.yearsExperience} years)`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('lists the current stage’s core skills more than half the time, and Python always', () => {
    for (const c of population) expect(c.skills[0]?.skillId).toBe('python');
    const seniors = population.filter((c) => c.stage === 'senior');
    const withSystemDesign = seniors.filter((c) => c.skills.some((s) => s.skillId === 'system-design'));
    expect(withSystemDesign.length / seniors.length).toBeGreaterThan(0.5);
  });

  it('raises proficiency with the stage', () => {
    const meanPython = (stage: string) => {
      const group = population.filter((c) => c.stage === stage);
      return group.reduce((sum, c) => sum + (c.skills[0]?.proficiency ?? 0), 0) / group.length;
    };
    expect(meanPython('junior')).toBeLessThan(meanPython('mid'));
    expect(meanPython('mid')).toBeLessThan(meanPython('senior'));
  });

  it('asks a minimum salary inside the guide band for the stage and market', () => {
    const problems: string[] = [];
    for (const c of population) {
      const band = salaryBandUsd(c.stage, c.country);
      const low = Math.min(band.min - 500, 1000);
      const high = band.max * (1 + skillPremium(c.stage)) + 500;
      if (c.minimumSalaryUsd % 1000 !== 0 || c.minimumSalaryUsd < low || c.minimumSalaryUsd > high) {
        problems.push(`${c.key} ${c.stage} ${c.country} ${c.minimumSalaryUsd}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('is consistent about place, name and headline', () => {
    const problems: string[] = [];
    for (const c of population) {
      const country = countryByCode(c.country);
      const arabic = c.culture === 'arab-gulf' || c.culture === 'arab-levant';
      if (
        c.region !== country.region ||
        !country.cities.some((city) => city.name === c.city) ||
        (c.displayNameAr !== undefined) !== arabic ||
        !/^[A-Z][^—]+ — \S/.test(c.headline) ||
        c.key !== `c-${String(c.index).padStart(6, '0')}`
      ) {
        problems.push(JSON.stringify(c));
      }
    }
    expect(problems).toEqual([]);
  });

  it('places a good share of candidates in the Gulf, mostly with Arabic or South Asian names', () => {
    const gulf = population.filter((c) => c.region === 'gulf');
    expect(gulf.length / population.length).toBeGreaterThan(0.2);
    const arabOrSouthAsian = gulf.filter((c) => c.culture.startsWith('arab-') || c.culture === 'south-asian');
    expect(arabOrSouthAsian.length / gulf.length).toBeGreaterThan(0.7);
  });
});

describe('candidate e-mail addresses', () => {
  it('are unique over 100,000 candidates and safe ASCII', () => {
    const emails = new Set<string>();
    const malformed: string[] = [];
    for (const c of generateCandidates({ seed: SEED, count: 100_000 })) {
      emails.add(c.email);
      if (!/^[a-z0-9-]+\.[a-z0-9-]+\.\d+@demo\.aitalenthub\.test$/.test(c.email)) malformed.push(c.email);
    }
    expect(malformed).toEqual([]);
    expect(emails.size).toBe(100_000);
  });
});
